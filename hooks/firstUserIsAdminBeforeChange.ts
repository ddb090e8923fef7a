import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

/**
 * The first account of a fresh installation (the admin's "create first user" screen) becomes an admin,
 * whatever roles the form sent: otherwise the only user could be locked out of user management.
 */
export const firstUserIsAdminBeforeChange =
  ({ usersSlug }: { usersSlug: CollectionSlug }): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create') return data
    const existing = await req.payload.count({ collection: usersSlug, req, overrideAccess: true })
    if (existing.totalDocs > 0) return data
    return { ...data, roles: ['admin'] }
  }
