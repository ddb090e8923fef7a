/**
 * Messages of the frontend API. Every refusal carries both languages, in the shape Payload's REST API
 * uses for errors: `{ errors: [{ message }] }`, with `message` as "<Arabic> — <English>".
 */
export type FrontendMessage = { readonly ar: string; readonly en: string }

export const FRONTEND_MESSAGES = {
  'article-not-found': { ar: 'لا يوجد مقال منشور بهذا المعرّف.', en: 'No published article has this slug.' },
  'section-not-found': { ar: 'لا يوجد قسم بهذا المعرّف.', en: 'No section has this slug.' },
  'invalid-integer': {
    ar: 'قيمة «{name}» يجب أن تكون عددًا صحيحًا موجبًا.',
    en: 'The value of "{name}" must be a positive whole number.',
  },
  'limit-too-large': {
    ar: 'قيمة «limit» يجب ألّا تتجاوز {max}.',
    en: 'The value of "limit" must not exceed {max}.',
  },
  'query-missing': {
    ar: 'أدخل نص البحث في المعامل «q».',
    en: 'Give the search text in the "q" parameter.',
  },
  'query-too-long': {
    ar: 'نص البحث أطول من {max} حرفًا.',
    en: 'The search text is longer than {max} characters.',
  },
  'unknown-format': {
    ar: 'الصيغة غير معروفة؛ الصيغ المتاحة: json و ninjs.',
    en: 'Unknown format; the formats are json and ninjs.',
  },
  'invalid-token': {
    ar: 'رابط المعاينة غير صالح أو انتهت صلاحيته.',
    en: 'The preview link is invalid or has expired.',
  },
  'article-not-found-any': { ar: 'المقال غير موجود.', en: 'Article not found.' },
  'share-unauthenticated': { ar: 'يجب تسجيل الدخول لإنشاء رابط مشاركة.', en: 'You must be signed in to make a share link.' },
  'share-forbidden': {
    ar: 'روابط المشاركة لمحرر القسم ورئيس التحرير والمدير فقط.',
    en: 'Only the section editor, the editor-in-chief and admins may make share links.',
  },
  'share-body': { ar: 'يجب أن يكون جسم الطلب كائن JSON.', en: 'The request body must be a JSON object.' },
  'share-label': {
    ar: 'اكتب لمن الرابط في الحقل «label» (حتى 200 حرف).',
    en: 'Say who the link is for in "label" (up to 200 characters).',
  },
  'share-hours': {
    ar: 'مدة الرابط «hours» يجب أن تكون عددًا موجبًا لا يتجاوز {max} ساعة.',
    en: 'The link\'s lifetime "hours" must be a positive number of at most {max}.',
  },
  'share-not-found': { ar: 'رابط المشاركة غير موجود.', en: 'This share link does not exist.' },
  'share-revoked': { ar: 'أُلغي رابط المشاركة هذا.', en: 'This share link has been revoked.' },
  'share-expired': { ar: 'انتهت صلاحية رابط المشاركة هذا.', en: 'This share link has expired.' },
  'sitemap-part-not-found': { ar: 'لا يوجد جزء بهذا الرقم في خريطة الموقع.', en: 'The sitemap has no part with this number.' },
} as const satisfies Record<string, FrontendMessage>

export type FrontendMessageCode = keyof typeof FRONTEND_MESSAGES

/** The message for `code`, its `{name}` placeholders filled. */
export function frontendMessage(code: FrontendMessageCode, params: Readonly<Record<string, string | number>> = {}): FrontendMessage {
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])))
  const template: FrontendMessage = FRONTEND_MESSAGES[code]
  return { ar: fill(template.ar), en: fill(template.en) }
}

/** A refusal with a status below 500: `{ errors: [{ message, code, ar, en }] }`, never cached by shared caches. */
export class FrontendError extends Error {
  readonly status: number
  readonly code: FrontendMessageCode
  readonly bilingual: FrontendMessage

  constructor(status: number, code: FrontendMessageCode, params: Readonly<Record<string, string | number>> = {}) {
    const bilingual = frontendMessage(code, params)
    super(`${bilingual.ar} — ${bilingual.en}`)
    this.status = status
    this.code = code
    this.bilingual = bilingual
  }

  toResponse(): Response {
    return Response.json(
      { errors: [{ message: this.message, code: this.code, ar: this.bilingual.ar, en: this.bilingual.en }] },
      { status: this.status, headers: { 'Cache-Control': 'no-store' } },
    )
  }
}
