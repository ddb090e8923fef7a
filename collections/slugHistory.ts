import type { CollectionConfig } from 'payload'

import type { ResolvedNewsroomOptions } from '../src/types'

import { staffOnly } from '../src/access'

/**
 * Every slug a document has held, one row per `collection:slug` key. The unique index on `key` is what
 * keeps slugs unique under concurrent saves; rows of published slugs stay after a rename, so old links
 * still resolve. Written only by the plugin's hooks: no API may create, change or delete rows.
 */
export function createSlugHistoryCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  return {
    slug: options.slugs.slugHistory,
    labels: {
      singular: { ar: 'معرّف سابق', en: 'Slug record' },
      plural: { ar: 'سجل المعرّفات', en: 'Slug history' },
    },
    admin: {
      useAsTitle: 'key',
      defaultColumns: ['key', 'document', 'current', 'published', 'updatedAt'],
      group: { ar: 'الإدارة', en: 'Admin' },
      hidden: ({ user }) => !user,
    },
    access: {
      read: staffOnly(options.slugs.users),
      create: () => false,
      update: () => false,
      delete: () => false,
    },
    fields: [
      { name: 'key', type: 'text', required: true, unique: true, index: true, label: { ar: 'المفتاح', en: 'Key' } },
      { name: 'collection', type: 'text', required: true, index: true, label: { ar: 'المجموعة', en: 'Collection' } },
      { name: 'slug', type: 'text', required: true, index: true, label: { ar: 'المعرّف', en: 'Slug' } },
      { name: 'document', type: 'text', index: true, label: { ar: 'المستند', en: 'Document' } },
      { name: 'current', type: 'checkbox', defaultValue: false, label: { ar: 'الحالي', en: 'Current' } },
      { name: 'published', type: 'checkbox', defaultValue: false, label: { ar: 'نُشر', en: 'Published' } },
    ],
  }
}
