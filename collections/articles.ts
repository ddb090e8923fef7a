import type { CollectionConfig, Field, FieldAccess } from 'payload'

import { validations } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'

import type { ResolvedNewsroomOptions } from '../src/types'

import { isStaff, publishedOrStaff, staffOnly } from '../src/access'
import { workflowAdminComponents } from '../src/admin/paths'
import { workflowActionEndpoint, workflowStatusEndpoint } from '../src/workflow-server/workflowEndpoint'
import { normalizedText, slugBehaviour, slugField } from '../src/content/fields'
import { BodyEditorFeature } from '../src/content/bodyEditor'
import { checkedWhenPublished } from '../src/content/draftSave'
import { validatePublishedAt, validateTitle } from '../src/content/validators'
import { mergeCollection } from '../src/mergeCollection'
import { ADMIN_DATE_FORMAT, STATE_LABELS, WORKFLOW_STATES } from '../src/workflow'
import { articleDeleteAccess } from '../src/access/articleDeleteAccess'
import { articleUpdateAccess } from '../src/access/articleUpdateAccess'
import { checkRichTextBeforeValidate } from '../hooks/checkRichTextBeforeValidate'
import { checkDateBeforeValidate, checkReferenceBeforeValidate } from '../hooks/checkValueShapeBeforeValidate'
import { computeSearchKeyBeforeChange } from '../hooks/computeSearchKeyBeforeChange'
import { assignArabicSlugBeforeChange } from '../hooks/assignArabicSlugBeforeChange'
import { markDraftSaveBeforeOperation } from '../hooks/markDraftSaveBeforeOperation'
import { foldDateDigitsBeforeValidate } from '../hooks/normalizeTextBeforeValidate'
import { workflowGuardBeforeChange } from '../hooks/workflowGuardBeforeChange'
import { claimTransitionBeforeChange, releaseClaimAfterError } from '../hooks/claimTransitionBeforeChange'
import { workflowGuardBeforeOperation } from '../hooks/workflowGuardBeforeOperation'
import { workflowSyncAfterChange } from '../hooks/workflowSyncAfterChange'

/** The id of the first section the user belongs to, if any. */
function firstSectionOf(user: unknown): number | string | undefined {
  const sections: unknown = (user as { sections?: unknown } | null | undefined)?.sections
  const first: unknown = Array.isArray(sections) ? sections[0] : undefined
  const id: unknown = typeof first === 'object' && first !== null ? (first as { id?: unknown }).id : first
  return typeof id === 'number' || typeof id === 'string' ? id : undefined
}

/**
 * The `articles` collection: a news story with its title, topic line (kicker), section, source,
 * publication time, body and image. Drafts, versions and autosave are Payload's.
 * Localized text fields follow the locale's direction (`ar` is right to left).
 */
export function createArticlesCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  const { slugs } = options
  const timezone = {
    defaultTimezone: options.timezone,
    supportedTimezones: options.supportedTimezones.map((zone) => ({ label: zone, value: zone })),
  }
  const dateTime = { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm', displayFormat: ADMIN_DATE_FORMAT } as const
  /** Workflow bookkeeping is for the newsroom, not for readers. */
  const staffRead: { read: FieldAccess } = { read: ({ req }) => isStaff(req.user, slugs.users) }
  const components = workflowAdminComponents()
  // Shapes of references and dates are checked even when the plugin is disabled: they guard the database.
  const singleReference = checkReferenceBeforeValidate({ hasMany: false })
  const slug = slugBehaviour(options, { collection: slugs.articles, sourceField: 'title', hasDrafts: true })

  const workflowFields: Field[] = [
    {
      name: 'workflowStatus',
      type: 'select',
      index: true,
      label: { ar: 'حالة التحرير', en: 'Workflow status' },
      options: WORKFLOW_STATES.map((value) => ({ value, label: { ...STATE_LABELS[value] } })),
      access: staffRead,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          ar: 'تتغيّر بأزرار سير العمل فقط',
          en: 'Changes only through the workflow buttons',
        },
        components: { Cell: components.statusCell },
      },
    },
    {
      // The number of transitions the article has been through. Each transition claims the next number
      // with the unique `transitionKey` of its history event (see src/workflow-server/transitionClaim.ts).
      name: 'workflowSequence',
      type: 'number',
      defaultValue: 0,
      label: { ar: 'رقم الانتقال', en: 'Transition number' },
      access: staffRead,
      admin: { hidden: true },
    },
    {
      name: 'embargoUntil',
      type: 'date',
      hooks: { beforeValidate: [checkDateBeforeValidate] },
      label: { ar: 'محظور النشر حتى', en: 'Embargoed until' },
      timezone,
      access: staffRead,
      admin: {
        position: 'sidebar',
        date: dateTime,
        description: {
          ar: 'لا يُنشر المقال قبل هذا الموعد، ولا يُجدول لموعد يسبقه',
          en: 'The article cannot be published, or scheduled, before this time',
        },
      },
    },
    {
      name: 'publishAt',
      type: 'date',
      label: { ar: 'موعد النشر المجدول', en: 'Scheduled for' },
      timezone,
      access: staffRead,
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: dateTime,
        description: { ar: 'يُحدَّد بإجراء «جدولة النشر»', en: 'Set by the Schedule action' },
        condition: (data) => Boolean(data?.publishAt),
      },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: { ar: 'أنشأه', en: 'Created by' },
      access: staffRead,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'workflowPanel',
      type: 'ui',
      label: { ar: 'سير العمل', en: 'Workflow' },
      admin: { position: 'sidebar', components: { Field: components.timeline } },
    },
  ]

  const bodyLabel = { ar: 'نص المقال', en: 'Body' }

  const defaultFields: Field[] = [
    {
      name: 'title',
      type: 'text',
      label: { ar: 'العنوان', en: 'Title' },
      required: true,
      localized: true,
      hooks: normalizedText(options),
      validate: checkedWhenPublished(validateTitle(options.validation)),
    },
    {
      name: 'kicker',
      type: 'text',
      label: { ar: 'السطر التمهيدي', en: 'Topic line' },
      localized: true,
      hooks: normalizedText(options),
      admin: { description: { ar: 'مثل: الصين وروسيا', en: 'For example: China and Russia' } },
    },
    {
      name: 'excerpt',
      type: 'textarea',
      label: { ar: 'الموجز', en: 'Excerpt' },
      localized: true,
      hooks: normalizedText(options, true),
    },
    {
      name: 'body',
      type: 'richText',
      label: bodyLabel,
      localized: true,
      // Shape, nesting and link schemes are checked whether or not the plugin is disabled: they guard the server and readers.
      hooks: { beforeValidate: [checkRichTextBeforeValidate] },
      // Tab leaves the body for the next field (Lexical's tab indentation would keep it inside).
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [...defaultFeatures, BodyEditorFeature({ label: bodyLabel })],
      }),
    },
    {
      name: 'featuredImage',
      type: 'upload',
      relationTo: slugs.media,
      hooks: { beforeValidate: [singleReference] },
      label: { ar: 'الصورة الرئيسية', en: 'Featured image' },
      // Not `required`: a draft may be saved without it. The workflow asks for it (with its alt text) when
      // the article is submitted for review and when it goes live, and the form says so up front.
      admin: {
        description: {
          ar: 'مطلوبة للإرسال إلى المراجعة وللنشر، مع نص بديل يصف الصورة.',
          en: 'Required to submit for review and to publish, with alt text describing the image.',
        },
      },
    },
    slugField(options.disabled ? undefined : { slug: options.slug, sourceField: 'title' }),
    ...(options.slug.arabicSlug
      ? [
          {
            name: 'slugAr',
            type: 'text',
            label: { ar: 'المعرّف العربي في الرابط', en: 'Arabic slug' },
            index: true,
            admin: { position: 'sidebar', rtl: true },
          } satisfies Field,
        ]
      : []),
    {
      name: 'searchKey',
      type: 'text',
      localized: true,
      index: true,
      access: { update: () => false, create: () => false },
      admin: { hidden: true },
    },
    {
      name: 'section',
      type: 'relationship',
      relationTo: slugs.sections,
      required: true,
      hooks: { beforeValidate: [singleReference] },
      index: true,
      // A writer starts in their own section (the first one they belong to).
      defaultValue: ({ user }: { user?: unknown }) => firstSectionOf(user),
      validate: checkedWhenPublished(validations.relationship),
      label: { ar: 'القسم', en: 'Section' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'source',
      type: 'relationship',
      relationTo: slugs.sources,
      hooks: { beforeValidate: [singleReference] },
      label: { ar: 'المصدر', en: 'Source' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { ar: 'وقت النشر', en: 'Published at' },
      timezone,
      hooks: { beforeValidate: [...(options.disabled ? [] : [foldDateDigitsBeforeValidate]), checkDateBeforeValidate] },
      validate: checkedWhenPublished(validatePublishedAt(options.validation)),
      admin: {
        position: 'sidebar',
        date: dateTime,
      },
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: slugs.users,
      hasMany: true,
      maxRows: 50,
      hooks: { beforeValidate: [checkReferenceBeforeValidate({ hasMany: true })] },
      label: { ar: 'الكتّاب', en: 'Authors' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'tags',
      type: 'text',
      hasMany: true,
      maxRows: 50,
      label: { ar: 'الوسوم', en: 'Tags' },
      hooks: normalizedText(options),
      admin: { position: 'sidebar', rtl: true },
    },
    ...workflowFields,
  ]

  const base: CollectionConfig = {
    slug: slugs.articles,
    labels: {
      singular: { ar: 'مقال', en: 'Article' },
      plural: { ar: 'المقالات', en: 'Articles' },
    },
    admin: {
      useAsTitle: 'title',
      // One state column: the workflow's (Payload's `_status` would show a second, contradicting one).
      defaultColumns: ['title', 'section', 'workflowStatus', 'publishedAt'],
      group: { ar: 'غرفة الأخبار', en: 'Newsroom' },
      components: options.disabled ? {} : { edit: { PublishButton: components.buttons, Status: components.status } },
    },
    access: {
      read: publishedOrStaff(slugs.users),
      readVersions: staffOnly(slugs.users),
      create: staffOnly(slugs.users),
      update: articleUpdateAccess(options),
      delete: articleDeleteAccess(options),
    },
    versions: {
      maxPerDoc: 100,
      // Drafts are "validated" so that the admin's "create new" opens an empty form instead of saving a
      // blank draft first; the rules themselves hold only when an article goes live (checkedWhenPublished).
      drafts: { autosave: { interval: 2000 }, validate: true },
    },
    endpoints: options.disabled
      ? slug.endpoints
      : [workflowActionEndpoint(options), workflowStatusEndpoint(options), ...slug.endpoints],
    hooks: options.disabled
      ? { beforeOperation: [markDraftSaveBeforeOperation] }
      : {
          // After the guard, which turns every plain update into a draft save.
          beforeOperation: [workflowGuardBeforeOperation(options), markDraftSaveBeforeOperation],
          beforeChange: [
            workflowGuardBeforeChange(options),
            ...(slug.hooks.beforeChange ?? []),
            computeSearchKeyBeforeChange({ fields: ['title', 'kicker', 'excerpt'] }),
            ...(options.slug.arabicSlug ? [assignArabicSlugBeforeChange({ sourceField: 'title' })] : []),
            claimTransitionBeforeChange(options),
          ],
          afterChange: [workflowSyncAfterChange(options), ...(slug.hooks.afterChange ?? [])],
          afterError: [releaseClaimAfterError(options), ...(slug.hooks.afterError ?? [])],
        },
    fields: options.collections.articles.fields({ defaultFields }),
  }

  return mergeCollection(base, options.collections.articles.overrides)
}
