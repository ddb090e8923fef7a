import type { Role } from './roles'
import type { WorkflowState } from './states'
import type { HistoryAction, WorkflowAction } from './transitions'
import type { Bilingual } from './types'

/** Display labels of the workflow states (admin badges, filters, messages). */
export const STATE_LABELS: Readonly<Record<WorkflowState, Bilingual>> = {
  draft: { ar: 'مسودة', en: 'Draft' },
  in_review: { ar: 'قيد المراجعة', en: 'In review' },
  changes_requested: { ar: 'مطلوب تعديلات', en: 'Changes requested' },
  approved: { ar: 'معتمد', en: 'Approved' },
  scheduled: { ar: 'مجدول', en: 'Scheduled' },
  published: { ar: 'منشور', en: 'Published' },
  unpublished: { ar: 'أُلغي نشره', en: 'Unpublished' },
  archived: { ar: 'مؤرشف', en: 'Archived' },
}

/** Display labels of the workflow actions (admin buttons, history entries). */
export const ACTION_LABELS: Readonly<Record<WorkflowAction, Bilingual>> = {
  submit: { ar: 'إرسال للمراجعة', en: 'Submit for review' },
  approve: { ar: 'اعتماد', en: 'Approve' },
  'request-changes': { ar: 'طلب تعديلات', en: 'Request changes' },
  publish: { ar: 'نشر', en: 'Publish' },
  schedule: { ar: 'جدولة النشر', en: 'Schedule' },
  'cancel-schedule': { ar: 'إلغاء الجدولة', en: 'Cancel schedule' },
  unpublish: { ar: 'إلغاء النشر', en: 'Unpublish' },
  archive: { ar: 'أرشفة', en: 'Archive' },
  reopen: { ar: 'إعادة فتح', en: 'Reopen' },
  'fire-schedule': { ar: 'النشر في الموعد المجدول', en: 'Publish on schedule' },
}

/** Display labels of the history events: the actions, and `edit` (a save that changed the state). */
export const HISTORY_ACTION_LABELS: Readonly<Record<HistoryAction, Bilingual>> = {
  ...ACTION_LABELS,
  edit: { ar: 'تعديل', en: 'Edit' },
}

/** What happened to a share link, as the article's history shows it. */
export type ShareHistoryAction = 'share-created' | 'share-used' | 'share-revoked'

/** Display labels of the share-link entries of an article's history. */
export const SHARE_HISTORY_LABELS: Readonly<Record<ShareHistoryAction, Bilingual>> = {
  'share-created': { ar: 'رابط مشاركة أُنشئ', en: 'Share link made' },
  'share-used': { ar: 'فُتح رابط المشاركة', en: 'Share link opened' },
  'share-revoked': { ar: 'أُلغي رابط المشاركة', en: 'Share link revoked' },
}

/** Display labels of the staff roles. */
export const ROLE_LABELS: Readonly<Record<Role, Bilingual>> = {
  writer: { ar: 'كاتب', en: 'Writer' },
  reviewer: { ar: 'مراجع', en: 'Reviewer' },
  'section-editor': { ar: 'محرر قسم', en: 'Section editor' },
  'editor-in-chief': { ar: 'رئيس التحرير', en: 'Editor-in-chief' },
  admin: { ar: 'مدير النظام', en: 'Administrator' },
}
