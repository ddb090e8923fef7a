import type { CollectionConfig, Field } from 'payload'

import type { ResolvedNewsroomOptions } from '../src/types'

import { anyone } from '../src/access'
import { sectionChiefsAccess, sectionManagersField, sectionUpdateAccess } from '../src/access/sectionAccess'
import { normalizedText, slugBehaviour, slugField } from '../src/content/fields'
import { mergeCollection } from '../src/mergeCollection'

/** The `sections` collection: the desks of the paper («عرب وعالم», «اقتصاد»…), nested through `parent`. */
export function createSectionsCollection(options: ResolvedNewsroomOptions): CollectionConfig {
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
      name: 'description',
      type: 'textarea',
      label: { ar: 'الوصف', en: 'Description' },
      localized: true,
      hooks: normalizedText(options, true),
    },
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
    {
      name: 'subscribers',
      type: 'array',
      label: { ar: 'المشتركون في إشعارات النشر', en: 'Publication subscribers' },
      // Subscriber addresses are personal data: readable only by those who manage the section.
      access: { read: sectionManagersField(slugs.users) },
      labels: { singular: { ar: 'مشترك', en: 'Subscriber' }, plural: { ar: 'المشتركون', en: 'Subscribers' } },
      admin: {
        initCollapsed: true,
        description: {
          ar: 'عناوين بريد تُبلَّغ بكل مقال يُنشر في هذا القسم',
          en: 'Email addresses told about every article published in this section',
        },
      },
      fields: [
        { name: 'email', type: 'email', required: true, label: { ar: 'البريد الإلكتروني', en: 'Email' } },
        {
          name: 'language',
          type: 'select',
          defaultValue: 'ar',
          label: { ar: 'اللغة', en: 'Language' },
          options: [
            { value: 'ar', label: { ar: 'العربية', en: 'Arabic' } },
            { value: 'en', label: { ar: 'الإنجليزية', en: 'English' } },
          ],
        },
      ],
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
      create: sectionChiefsAccess(slugs.users),
      update: sectionUpdateAccess(slugs.users),
      delete: sectionChiefsAccess(slugs.users),
    },
    ...slugBehaviour(options, { collection: slugs.sections, sourceField: 'name', hasDrafts: false }),
    fields: options.collections.sections.fields({ defaultFields }),
  }

  return mergeCollection(base, options.collections.sections.overrides)
}
