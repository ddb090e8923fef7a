import type { Bilingual } from './types'

/**
 * Every message the workflow produces, by code. Codes double as the `code` of
 * a refused transition. `{name}` placeholders are filled by `formatMessage`.
 */
export const MESSAGES = {
  unauthenticated: {
    ar: 'يجب تسجيل الدخول لتنفيذ هذا الإجراء.',
    en: 'You must be signed in to perform this action.',
  },
  'unknown-action': {
    ar: 'الإجراء المطلوب غير معروف.',
    en: 'Unknown workflow action.',
  },
  forbidden: {
    ar: 'ليست لديك صلاحية تنفيذ «{action}» على هذا المقال.',
    en: 'You are not allowed to perform “{action}” on this article.',
  },
  'invalid-transition': {
    ar: 'لا يمكن تنفيذ «{action}» في الحالة الحالية للمقال («{state}»).',
    en: '“{action}” is not available while the article is “{state}”.',
  },
  'unknown-state': {
    ar: 'حالة المقال غير معروفة، ولا يمكن تنفيذ أي إجراء عليه قبل تصحيحها.',
    en: 'The article has an unknown workflow state; fix it before acting on it.',
  },
  'review-required': {
    ar: 'يجب أن يُراجَع المقال ويُعتمد قبل نشره أو جدولته.',
    en: 'The article must be reviewed and approved before it is published or scheduled.',
  },
  'comment-required': {
    ar: 'يرجى كتابة ملاحظة توضّح التعديلات المطلوبة.',
    en: 'Please add a comment describing the changes you are asking for.',
  },
  'publish-at-required': {
    ar: 'يرجى تحديد موعد النشر.',
    en: 'Please choose a publication time.',
  },
  'publish-at-invalid': {
    ar: 'موعد النشر غير صالح.',
    en: 'The publication time is not a valid date.',
  },
  'publish-at-past': {
    ar: 'يجب أن يكون موعد النشر في المستقبل.',
    en: 'The publication time must be in the future.',
  },
  'schedule-not-due': {
    ar: 'لم يحن موعد نشر المقال المجدول بعد ({time}).',
    en: 'The scheduled article is not due yet ({time}).',
  },
  embargo: {
    ar: 'المقال محظور النشر حتى {time}.',
    en: 'This article is under embargo until {time}.',
  },
  'embargo-schedule': {
    ar: 'موعد النشر المحدد يسبق رفع الحظر عن المقال في {time}.',
    en: 'The chosen publication time is before the embargo lifts at {time}.',
  },
  'embargo-invalid': {
    ar: 'تاريخ رفع الحظر غير صالح؛ يرجى تصحيحه قبل النشر.',
    en: 'The embargo date is not a valid date; fix it before publishing.',
  },
  'publish-checks-failed': {
    ar: 'المقال غير جاهز للنشر؛ يرجى استكمال الحقول المطلوبة.',
    en: 'The article is not ready to be published; please complete the required fields.',
  },
  'section-required': {
    ar: 'يجب اختيار قسم للمقال.',
    en: 'Choose a section for the article.',
  },
  'body-required': {
    ar: 'نص المقال فارغ.',
    en: 'The article body is empty.',
  },
  'featured-image-required': {
    ar: 'يجب إضافة صورة رئيسية للمقال.',
    en: 'Add a featured image.',
  },
  'featured-image-alt-required': {
    ar: 'يجب إضافة نص بديل للصورة الرئيسية.',
    en: 'The featured image needs alternative text.',
  },
  'slug-required': {
    ar: 'يجب تحديد الرابط المختصر للمقال (slug).',
    en: 'Set the slug used in the article URL.',
  },
  'published-at-required': {
    ar: 'يجب تحديد تاريخ نشر صالح.',
    en: 'Set a valid publication date.',
  },
} as const satisfies Record<string, Bilingual>

/** A message code. */
export type MessageCode = keyof typeof MESSAGES

/** Values substituted into `{name}` placeholders, one per language or shared. */
export type MessageParams = Readonly<Record<string, string | Bilingual>>

function fill(template: string, params: MessageParams, lang: keyof Bilingual): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    return typeof value === 'string' ? value : value[lang]
  })
}

/** The message for `code` with its placeholders filled from `params`. */
export function formatMessage(code: MessageCode, params: MessageParams = {}): Bilingual {
  const template: Bilingual = MESSAGES[code]
  return { ar: fill(template.ar, params, 'ar'), en: fill(template.en, params, 'en') }
}
