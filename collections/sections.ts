import type { CollectionConfig, Field } from 'payload'

import type { ResolvedNewsroomOptions } from '../src/types'

import { anyone, staffOnly } from '../src/access'
import { mergeCollection } from '../src/mergeCollection'
import { generateSlugBeforeValidate } from '../hooks/generateSlugBeforeValidate'

/** The `sections` collection: the desks of the paper («عرب وعالم», «اقتصاد»…), nested through `parent`. */
export function createSectionsCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  const { slugs } = options

  const defaultFields: Field[] = [
    { name: 'name', type: 'text', label: { ar: 'الاسم', en: 'Name' }, required: true, localized: true },
    {
      name: 'slug',
      type: 'text',
      label: { ar: 'المعرّف في الرابط', en: 'Slug' },
      unique: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    { name: 'description', type: 'textarea', label: { ar: 'الوصف', en: 'Description' }, localized: true },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: slugs.sections,
      label: { ar: 'القسم الأعلى', en: 'Parent section' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'order',
      type: 'number',
      label: { ar: 'الترتيب', en: 'Order' },
      defaultValue: 0,
      admin: { position: 'sidebar' },
    },
    {
      name: 'reviewers',
      type: 'relationship',
      relationTo: slugs.users,
      hasMany: true,
      label: { ar: 'المراجعون', en: 'Reviewers' },
    },
  ]

  const base: CollectionConfig = {
    slug: slugs.sections,
    labels: { singular: { ar: 'قسم', en: 'Section' }, plural: { ar: 'الأقسام', en: 'Sections' } },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'slug', 'parent', 'order'],
      group: { ar: 'غرفة الأخبار', en: 'Newsroom' },
    },
    defaultSort: 'order',
    access: {
      read: anyone,
      create: staffOnly(slugs.users),
      update: staffOnly(slugs.users),
      delete: staffOnly(slugs.users),
    },
    hooks: options.disabled ? {} : { beforeValidate: [generateSlugBeforeValidate({ sourceField: 'name' })] },
    fields: options.collections.sections.fields({ defaultFields }),
  }

  return mergeCollection(base, options.collections.sections.overrides)
}
