import type { CollectionConfig, Field } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'

import type { ResolvedNewsroomOptions } from '../src/types'

import { publishedOrStaff, staffOnly } from '../src/access'
import { mergeCollection } from '../src/mergeCollection'
import { generateSlugBeforeValidate } from '../hooks/generateSlugBeforeValidate'

/**
 * The `articles` collection: a news story with its title, topic line (kicker), section, source,
 * publication time, body and image. Drafts, versions and autosave are Payload's.
 * Localized text fields follow the locale's direction (`ar` is right to left).
 */
export function createArticlesCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  const { slugs } = options

  const defaultFields: Field[] = [
    {
      name: 'title',
      type: 'text',
      label: { ar: 'العنوان', en: 'Title' },
      required: true,
      localized: true,
    },
    {
      name: 'kicker',
      type: 'text',
      label: { ar: 'السطر التمهيدي', en: 'Topic line' },
      localized: true,
      admin: { description: { ar: 'مثل: الصين وروسيا', en: 'For example: China and Russia' } },
    },
    {
      name: 'excerpt',
      type: 'textarea',
      label: { ar: 'الموجز', en: 'Excerpt' },
      localized: true,
    },
    {
      name: 'body',
      type: 'richText',
      label: { ar: 'نص المقال', en: 'Body' },
      localized: true,
      editor: lexicalEditor(),
    },
    {
      name: 'featuredImage',
      type: 'upload',
      relationTo: slugs.media,
      label: { ar: 'الصورة الرئيسية', en: 'Featured image' },
    },
    {
      name: 'slug',
      type: 'text',
      label: { ar: 'المعرّف في الرابط', en: 'Slug' },
      unique: true,
      index: true,
      admin: {
        position: 'sidebar',
        description: {
          ar: 'يُنشأ من العنوان بحروف لاتينية إن تُرك فارغًا',
          en: 'Made from the title in Latin letters when left empty',
        },
      },
    },
    {
      name: 'section',
      type: 'relationship',
      relationTo: slugs.sections,
      required: true,
      index: true,
      label: { ar: 'القسم', en: 'Section' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'source',
      type: 'relationship',
      relationTo: slugs.sources,
      label: { ar: 'المصدر', en: 'Source' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { ar: 'وقت النشر', en: 'Published at' },
      timezone: {
        defaultTimezone: options.timezone,
        supportedTimezones: options.supportedTimezones.map((zone) => ({ label: zone, value: zone })),
      },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm', displayFormat: 'd-M-yyyy | HH:mm' },
      },
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: slugs.users,
      hasMany: true,
      label: { ar: 'الكتّاب', en: 'Authors' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'tags',
      type: 'text',
      hasMany: true,
      label: { ar: 'الوسوم', en: 'Tags' },
      admin: { position: 'sidebar', rtl: true },
    },
  ]

  const base: CollectionConfig = {
    slug: slugs.articles,
    labels: {
      singular: { ar: 'مقال', en: 'Article' },
      plural: { ar: 'المقالات', en: 'Articles' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'section', 'publishedAt', '_status'],
      group: { ar: 'غرفة الأخبار', en: 'Newsroom' },
    },
    access: {
      read: publishedOrStaff(slugs.users),
      readVersions: staffOnly(slugs.users),
      create: staffOnly(slugs.users),
      update: staffOnly(slugs.users),
      delete: staffOnly(slugs.users),
    },
    versions: {
      maxPerDoc: 100,
      drafts: { autosave: { interval: 2000 } },
    },
    hooks: options.disabled ? {} : { beforeValidate: [generateSlugBeforeValidate({ sourceField: 'title' })] },
    fields: options.collections.articles.fields({ defaultFields }),
  }

  return mergeCollection(base, options.collections.articles.overrides)
}
