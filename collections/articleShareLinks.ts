import type { CollectionConfig } from 'payload'

import type { ResolvedNewsroomOptions } from '../src/types'

import { staffOnly } from '../src/access'

/**
 * Share links: a draft shown to someone without an account (a lawyer, a source checking a quote), until
 * the link expires or is revoked. Only the SHA-256 of each link's secret is stored; every use is
 * recorded on the link. Written only through the article endpoints (src/frontend/shareLinks.ts).
 */
export function createArticleShareLinksCollection(options: ResolvedNewsroomOptions, slug: string): CollectionConfig {
  const { slugs } = options
  return {
    slug,
    labels: {
      singular: { ar: 'رابط مشاركة', en: 'Share link' },
      plural: { ar: 'روابط المشاركة', en: 'Share links' },
    },
    admin: {
      useAsTitle: 'label',
      defaultColumns: ['label', 'article', 'expiresAt', 'revokedAt', 'createdBy'],
      group: { ar: 'غرفة الأخبار', en: 'Newsroom' },
      hidden: ({ user }) => !user,
    },
    access: {
      read: staffOnly(slugs.users),
      create: () => false,
      update: () => false,
      delete: () => false,
    },
    fields: [
      { name: 'article', type: 'relationship', relationTo: slugs.articles, required: true, index: true, label: { ar: 'المقال', en: 'Article' } },
      { name: 'label', type: 'text', required: true, label: { ar: 'لمن الرابط', en: 'Shared with' }, admin: { rtl: true } },
      { name: 'tokenHash', type: 'text', required: true, unique: true, index: true, access: { read: () => false }, admin: { hidden: true } },
      { name: 'expiresAt', type: 'date', required: true, label: { ar: 'ينتهي في', en: 'Expires at' } },
      { name: 'revokedAt', type: 'date', label: { ar: 'أُلغي في', en: 'Revoked at' } },
      { name: 'createdBy', type: 'relationship', relationTo: slugs.users, label: { ar: 'أنشأه', en: 'Created by' } },
      {
        name: 'uses',
        type: 'array',
        label: { ar: 'مرات الاستخدام', en: 'Uses' },
        admin: { readOnly: true },
        fields: [
          { name: 'at', type: 'date', required: true, label: { ar: 'الوقت', en: 'At' } },
          { name: 'userAgent', type: 'text', label: { ar: 'المتصفح', en: 'Browser' } },
        ],
      },
    ],
  }
}
