import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Records who uploaded an image (`uploadedBy`) when it is created by a signed-in staff member; the field
 * cannot be written through the API (its create and update access are closed), so it names the uploader
 * for as long as the image exists. Trusted server code that creates media without a user leaves it empty.
 */
export const recordUploaderBeforeChange =
  ({ usersSlug, field }: { usersSlug: string; field: string }): CollectionBeforeChangeHook =>
  ({ data, operation, req }) => {
    if (operation !== 'create') return data
    if (req.user?.collection !== usersSlug) return data
    return { ...data, [field]: req.user.id }
  }
