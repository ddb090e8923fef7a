import type { CollectionConfig, Field } from 'payload'

import type { ResolvedNewsroomOptions } from '../src/types'

import { anyone, staffOnly } from '../src/access'
import { mergeCollection } from '../src/mergeCollection'

/** The `media` upload collection: photos processed by sharp, with Arabic alt text and a credit. */
export function createMediaCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  const { slugs } = options

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
  ]

  const base: CollectionConfig = {
    slug: slugs.media,
    labels: { singular: { ar: 'صورة', en: 'Image' }, plural: { ar: 'الوسائط', en: 'Media' } },
    admin: { useAsTitle: 'alt', group: { ar: 'غرفة الأخبار', en: 'Newsroom' } },
    access: {
      read: anyone,
      create: staffOnly(slugs.users),
      update: staffOnly(slugs.users),
      delete: staffOnly(slugs.users),
    },
    upload: {
      mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
      focalPoint: true,
      imageSizes: [{ name: 'thumbnail', width: 320 }],
      adminThumbnail: 'thumbnail',
    },
    fields: options.collections.media.fields({ defaultFields }),
  }

  return mergeCollection(base, options.collections.media.overrides)
}
