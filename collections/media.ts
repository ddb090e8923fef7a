import type { CollectionConfig, Field } from 'payload'

import type { ResolvedNewsroomOptions } from '../src/types'

import { blurPlaceholderBeforeChange } from '../hooks/blurPlaceholderBeforeChange'
import { normalizeUploadBeforeOperation } from '../hooks/normalizeUploadBeforeOperation'
import { validateUploadBeforeOperation } from '../hooks/validateUploadBeforeOperation'
import { recordUploaderBeforeChange } from '../hooks/recordUploaderBeforeChange'
import { anyone, isStaff, staffOnly } from '../src/access'
import { mediaChangeAccess, UPLOADED_BY_FIELD } from '../src/access/mediaAccess'
import { mediaAdminComponents } from '../src/admin/paths'
import { MEDIA_SIZES, mediaImageSizes } from '../src/media/sizes'
import { oversizedUploadEndpoints } from '../src/media/uploadLimits'
import { mergeCollection } from '../src/mergeCollection'

/** The field that holds the blurred placeholder (a `data:` URL). */
export const BLUR_FIELD = 'blurDataURL'

/** The smallest width-only size: the placeholder is made from it. */
const PLACEHOLDER_SOURCE = [...MEDIA_SIZES].filter((size) => size.height === undefined).sort((a, b) => a.width - b.width)[0]

/**
 * The `media` upload collection: photos processed by sharp into responsive sizes (each also as WebP),
 * with Arabic alt text, caption, credit and photographer, and a blurred placeholder for frontends.
 * Uploads are checked from their bytes and stored upright and without metadata (see docs/media.md).
 */
export function createMediaCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  const { slugs, media } = options

  const defaultFields: Field[] = [
    {
      name: 'alt',
      type: 'text',
      label: { ar: 'النص البديل', en: 'Alt text' },
      required: true,
      admin: {
        rtl: true,
        description: { ar: 'وصف الصورة لمن لا يراها', en: 'Describes the image for readers who cannot see it' },
      },
    },
    { name: 'caption', type: 'textarea', label: { ar: 'التعليق', en: 'Caption' }, admin: { rtl: true } },
    {
      name: 'credit',
      type: 'relationship',
      relationTo: slugs.sources,
      label: { ar: 'حقوق الصورة', en: 'Credit' },
    },
    { name: 'photographer', type: 'text', label: { ar: 'المصوّر', en: 'Photographer' }, admin: { rtl: true } },
    {
      name: BLUR_FIELD,
      type: 'text',
      label: { ar: 'معاينة مموّهة', en: 'Blur placeholder' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          ar: 'صورة صغيرة جدًّا تُعرض مموّهة ريثما تُحمَّل الصورة، تُولَّد تلقائيًّا',
          en: 'A tiny image shown blurred while the real one loads; generated automatically',
        },
      },
    },
    {
      name: UPLOADED_BY_FIELD,
      type: 'relationship',
      relationTo: slugs.users,
      label: { ar: 'رفعها', en: 'Uploaded by' },
      // Set from the signed-in user when the image is created; nobody writes it through the API.
      access: { create: () => false, update: () => false, read: ({ req }) => isStaff(req.user, slugs.users) },
      admin: { position: 'sidebar', readOnly: true },
    },
  ]

  // Like the server's checks below, the admin's size check is not a default field a user may drop: it
  // holds the editor back from sending a file the server would only refuse once it had arrived whole.
  const sizeGuard: Field = {
    name: 'uploadSizeGuard',
    type: 'ui',
    admin: {
      disableListColumn: true,
      components: { Field: { path: mediaAdminComponents().uploadSizeGuard, clientProps: { maxFileSize: media.maxFileSize } } },
    },
  }

  // Upload checks guard the server, so they stay on when the plugin is disabled, like access control.
  const beforeOperation = [validateUploadBeforeOperation(media), normalizeUploadBeforeOperation(media)]
  // Recording the uploader is part of access control, so it stays on when the plugin is disabled.
  const beforeChange = [
    recordUploaderBeforeChange({ usersSlug: slugs.users, field: UPLOADED_BY_FIELD }),
    ...(options.disabled || !PLACEHOLDER_SOURCE
      ? []
      : [blurPlaceholderBeforeChange({ field: BLUR_FIELD, sourceSize: PLACEHOLDER_SOURCE.name })]),
  ]

  const base: CollectionConfig = {
    slug: slugs.media,
    labels: { singular: { ar: 'صورة', en: 'Image' }, plural: { ar: 'الوسائط', en: 'Media' } },
    admin: {
      useAsTitle: 'alt',
      // The file column shows each image's thumbnail, in the list and in the upload field's picker.
      defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
      group: { ar: 'غرفة الأخبار', en: 'Newsroom' },
    },
    access: {
      read: anyone,
      create: staffOnly(slugs.users),
      update: mediaChangeAccess(options),
      delete: mediaChangeAccess(options),
    },
    upload: {
      staticDir: media.staticDir,
      mimeTypes: [...media.allowedTypes],
      focalPoint: true,
      imageSizes: mediaImageSizes(),
      adminThumbnail: 'thumbnail',
      // Stored files carry no EXIF, GPS, XMP or ICC data (the upload is normalized before this runs).
      withMetadata: false,
    },
    // A request declaring a body too large for the limit is refused before it is read.
    endpoints: oversizedUploadEndpoints(slugs.media, media),
    hooks: { beforeOperation, beforeChange },
    fields: [sizeGuard, ...options.collections.media.fields({ defaultFields })],
  }

  return mergeCollection(base, options.collections.media.overrides)
}

/**
 * A host app that already has an upload collection under the media slug (Payload's blank template has
 * one) keeps a single media library: ours takes its place, with the host's extra fields and hooks kept.
 * Our access rules, upload limits and image processing apply, since articles depend on them.
 */
export function adoptMediaCollection(host: CollectionConfig, ours: CollectionConfig): CollectionConfig {
  const names = new Set(ours.fields.flatMap((field) => ('name' in field ? [field.name] : [])))
  const extraFields = host.fields.filter((field) => !('name' in field) || !names.has(field.name))
  const hooks: NonNullable<CollectionConfig['hooks']> = { ...ours.hooks }
  for (const [name, list] of Object.entries(host.hooks ?? {}) as [keyof typeof hooks, unknown[]][]) {
    ;(hooks as Record<string, unknown[]>)[name] = [...((hooks[name] ?? []) as unknown[]), ...(list ?? [])]
  }
  return { ...ours, fields: [...ours.fields, ...extraFields], hooks }
}
