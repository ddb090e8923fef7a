import type { Access, CollectionConfig } from 'payload'

import type { ResolvedNewsroomOptions } from '../src/types'

import { hasRole } from '../src/access'
import { NOTIFICATION_EVENTS } from '../src/notifications/events'

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

const EVENT_LABELS = {
  submitted: { ar: 'أُرسل للمراجعة', en: 'Submitted for review' },
  'changes-requested': { ar: 'طُلبت تعديلات', en: 'Changes requested' },
  approved: { ar: 'اعتُمد', en: 'Approved' },
  published: { ar: 'نُشر', en: 'Published' },
  unpublished: { ar: 'أُلغي نشره', en: 'Unpublished' },
  updated: { ar: 'حُدّث بعد النشر', en: 'Updated while published' },
} as const

const STATUS_LABELS = {
  pending: { ar: 'بانتظار الإرسال', en: 'Pending' },
  sent: { ar: 'أُرسل', en: 'Sent' },
  failed: { ar: 'فشل', en: 'Failed' },
} as const

/**
 * The delivery log of publish notifications: one row per (event, article version, recipient or endpoint),
 * keyed by a unique idempotency key. The worker reads it before sending and records the outcome, so a
 * retried job or a repeated save never sends twice, and failures stay visible with their error.
 * Rows are written by the plugin only; administrators and the editor-in-chief can read them.
 */
export function createNotificationDeliveriesCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  const { slugs } = options
  const canRead: Access = ({ req }) => hasRole(req.user, slugs.users, 'admin', 'editor-in-chief')

  return {
    slug: options.notifications.deliveriesSlug,
    labels: {
      singular: { ar: 'إشعار مرسل', en: 'Notification delivery' },
      plural: { ar: 'سجل الإشعارات', en: 'Notification deliveries' },
    },
    admin: {
      useAsTitle: 'subject',
      defaultColumns: ['subject', 'recipient', 'event', 'status', 'attempts', 'lastError', 'updatedAt'],
      group: { ar: 'غرفة الأخبار', en: 'Newsroom' },
      description: {
        ar: 'كل رسالة بريد أو طلب ويب هوك أُرسل عند تغيّر حالة مقال، مع عدد المحاولات وآخر خطأ.',
        en: 'Every email and webhook sent when an article changed state, with its attempts and last error.',
      },
    },
    defaultSort: '-createdAt',
    access: {
      read: canRead,
      create: () => false,
      update: () => false,
      delete: ({ req }) => hasRole(req.user, slugs.users, 'admin'),
    },
    fields: [
      {
        name: 'key',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        label: { ar: 'مفتاح عدم التكرار', en: 'Idempotency key' },
        admin: { readOnly: true },
      },
      {
        name: 'channel',
        type: 'select',
        required: true,
        label: { ar: 'القناة', en: 'Channel' },
        options: [
          { value: 'email', label: { ar: 'بريد إلكتروني', en: 'Email' } },
          { value: 'webhook', label: { ar: 'ويب هوك', en: 'Webhook' } },
        ],
        admin: { readOnly: true, position: 'sidebar' },
      },
      {
        name: 'event',
        type: 'select',
        required: true,
        index: true,
        label: { ar: 'الحدث', en: 'Event' },
        options: NOTIFICATION_EVENTS.map((value) => ({ value, label: EVENT_LABELS[value] })),
        admin: { readOnly: true, position: 'sidebar' },
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'pending',
        index: true,
        label: { ar: 'الحالة', en: 'Status' },
        options: DELIVERY_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
        admin: { readOnly: true, position: 'sidebar' },
      },
      {
        name: 'article',
        type: 'relationship',
        relationTo: slugs.articles,
        index: true,
        label: { ar: 'المقال', en: 'Article' },
        admin: { readOnly: true, position: 'sidebar' },
      },
      {
        name: 'recipient',
        type: 'text',
        required: true,
        label: { ar: 'المستلم', en: 'Recipient' },
        admin: { readOnly: true, description: { ar: 'عنوان البريد أو رابط الويب هوك', en: 'Email address or webhook URL' } },
      },
      { name: 'recipientName', type: 'text', label: { ar: 'اسم المستلم', en: 'Recipient name' }, admin: { readOnly: true } },
      {
        name: 'language',
        type: 'select',
        label: { ar: 'اللغة', en: 'Language' },
        options: [
          { value: 'ar', label: { ar: 'العربية', en: 'Arabic' } },
          { value: 'en', label: { ar: 'الإنجليزية', en: 'English' } },
        ],
        admin: { readOnly: true },
      },
      { name: 'subject', type: 'text', label: { ar: 'الموضوع', en: 'Subject' }, admin: { readOnly: true } },
      {
        name: 'attempts',
        type: 'number',
        defaultValue: 0,
        label: { ar: 'المحاولات', en: 'Attempts' },
        admin: { readOnly: true, position: 'sidebar' },
      },
      { name: 'lastError', type: 'textarea', label: { ar: 'آخر خطأ', en: 'Last error' }, admin: { readOnly: true } },
      { name: 'sentAt', type: 'date', label: { ar: 'وقت الإرسال', en: 'Sent at' }, admin: { readOnly: true, position: 'sidebar' } },
      {
        name: 'message',
        type: 'json',
        label: { ar: 'الرسالة', en: 'Message' },
        admin: { readOnly: true, description: { ar: 'نص الرسالة كما أُرسل', en: 'The message as sent' } },
      },
    ],
  }
}
