import type { CollectionConfig, Field } from 'payload'

import type { ResolvedNewsroomOptions } from '../src/types'

import { anyone, staffOnly } from '../src/access'
import { sourceEditorsAccess } from '../src/access/sourceAccess'
import { normalizedText, slugBehaviour, slugField } from '../src/content/fields'
import { mergeCollection } from '../src/mergeCollection'

/** Kinds of source a story can come from. */
export const SOURCE_KINDS = [
  { value: 'agency', label: { ar: 'وكالة أنباء', en: 'News agency' } },
  { value: 'newspaper', label: { ar: 'صحيفة', en: 'Newspaper' } },
  { value: 'website', label: { ar: 'موقع إلكتروني', en: 'Website' } },
  { value: 'correspondent', label: { ar: 'مراسل', en: 'Correspondent' } },
  { value: 'other', label: { ar: 'أخرى', en: 'Other' } },
]

/** The `sources` collection: news agencies, papers and correspondents a story is credited to. */
export function createSourcesCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  const { slugs } = options

  const defaultFields: Field[] = [
    {
      name: 'name',
      type: 'text',
      label: { ar: 'الاسم', en: 'Name' },
      required: true,
      localized: true,
      hooks: normalizedText(options),
    },
    slugField(),
    {
      name: 'kind',
      type: 'select',
      label: { ar: 'النوع', en: 'Kind' },
      required: true,
      defaultValue: 'agency',
      options: SOURCE_KINDS,
      admin: { position: 'sidebar' },
    },
    {
      name: 'url',
      type: 'text',
      label: { ar: 'الموقع', en: 'Website' },
      admin: { rtl: false },
      validate: (value: unknown) => {
        if (value === null || value === undefined || value === '') return true
        try {
          const url = new URL(String(value))
          if (url.protocol === 'http:' || url.protocol === 'https:') return true
        } catch {
          // fall through to the message below
        }
        return 'يجب أن يكون رابطًا يبدأ بـ http أو https — Must be a link starting with http or https'
      },
    },
    {
      name: 'creditLine',
      type: 'text',
      label: { ar: 'سطر النسبة', en: 'Credit line' },
      localized: true,
      hooks: normalizedText(options),
      admin: { description: { ar: 'كما يظهر تحت المقال، مثل: دار الهلال', en: 'As printed under the story' } },
    },
  ]

  const base: CollectionConfig = {
    slug: slugs.sources,
    labels: { singular: { ar: 'مصدر', en: 'Source' }, plural: { ar: 'المصادر', en: 'Sources' } },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'kind', 'url'],
      group: { ar: 'غرفة الأخبار', en: 'Newsroom' },
    },
    access: {
      read: anyone,
      create: staffOnly(slugs.users),
      update: sourceEditorsAccess(slugs.users),
      delete: sourceEditorsAccess(slugs.users),
    },
    ...slugBehaviour(options, { collection: slugs.sources, sourceField: 'name', hasDrafts: false }),
    fields: options.collections.sources.fields({ defaultFields }),
  }

  return mergeCollection(base, options.collections.sources.overrides)
}
