import type { Bilingual } from '../workflow/types'

/**
 * Messages of the server integration (the workflow rules' own messages live in `src/workflow/messages`).
 * Every refusal carries both languages.
 */
export const INTEGRATION_MESSAGES = {
  'not-found': {
    ar: 'المقال غير موجود.',
    en: 'Article not found.',
  },
  'malformed-body': {
    ar: 'يجب أن يكون جسم الطلب كائن JSON فيه الحقل «action».',
    en: 'The request body must be a JSON object with an "action" field.',
  },
  'invalid-field': {
    ar: 'قيمة الحقل غير صالحة: يجب أن تكون نصًا.',
    en: 'Invalid value: this field must be a string.',
  },
  conflict: {
    ar: 'تغيّرت حالة المقال أثناء تنفيذ طلبك (نفّذ شخص آخر إجراءً عليه). أعد تحميل الصفحة ثم حاول مجددًا.',
    en: 'The article changed state while your request was running (someone else acted on it). Reload and try again.',
  },
  'publish-via-workflow': {
    ar: 'لا يُنشر المقال ولا يُلغى نشره بالحفظ المباشر؛ استخدم إجراءات سير العمل («نشر»، «إلغاء النشر»).',
    en: 'Articles are not published or unpublished by a plain save; use the workflow actions (Publish, Unpublish).',
  },
  'workflow-field-locked': {
    ar: 'لا يتغيّر الحقل «{field}» إلا عبر إجراءات سير العمل.',
    en: 'The field "{field}" only changes through workflow actions.',
  },
  'edit-forbidden': {
    ar: 'ليست لديك صلاحية تعديل هذا المقال في حالته الحالية («{state}»).',
    en: 'You may not edit this article while it is “{state}”.',
  },
  'create-forbidden': {
    ar: 'لا يمكنك إنشاء مقال إلا في الأقسام التي تنتمي إليها.',
    en: 'You can only create articles in the sections you belong to.',
  },
  'delete-forbidden': {
    ar: 'ليست لديك صلاحية حذف هذا المقال.',
    en: 'You may not delete this article.',
  },
  'events-append-only': {
    ar: 'سجل سير العمل للإضافة فقط: لا يمكن تعديل أحداثه أو حذفها.',
    en: 'The workflow history is append-only: its events cannot be changed or deleted.',
  },
} as const satisfies Record<string, Bilingual>

export type IntegrationMessageCode = keyof typeof INTEGRATION_MESSAGES

/** The message for `code` with its `{name}` placeholders filled (one value per language, or shared). */
export function integrationMessage(
  code: IntegrationMessageCode,
  params: Readonly<Record<string, string | Bilingual>> = {},
): Bilingual {
  const fill = (template: string, lang: keyof Bilingual) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name]
      if (value === undefined) return whole
      return typeof value === 'string' ? value : value[lang]
    })
  const template: Bilingual = INTEGRATION_MESSAGES[code]
  return { ar: fill(template.ar, 'ar'), en: fill(template.en, 'en') }
}
