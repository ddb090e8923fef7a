/**
 * Every text the plugin shows or answers with, Arabic and English side by side: workflow refusals, the
 * server integration's errors, upload refusals and field validation. Pure: no Payload import.
 */

/** A text in both newsroom languages. */
export interface Bilingual {
  readonly ar: string
  readonly en: string
}

/** Values substituted into `{name}` placeholders, one per language or shared. */
export type MessageParams = Readonly<Record<string, string | number | Bilingual>>

function fill(template: string, params: MessageParams, lang: keyof Bilingual): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    return typeof value === 'object' ? value[lang] : String(value)
  })
}

function filled(template: Bilingual, params: MessageParams): Bilingual {
  return { ar: fill(template.ar, params, 'ar'), en: fill(template.en, params, 'en') }
}

/** Both languages in one line, Arabic first, as carried by an API error. */
export function bilingualText(message: Bilingual): string {
  return `${message.ar} — ${message.en}`
}

// ── The workflow's rules ────────────────────────────────────────────────────────────────────────────

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

/** The workflow message for `code` with its placeholders filled from `params`. */
export function formatMessage(code: MessageCode, params: MessageParams = {}): Bilingual {
  return filled(MESSAGES[code], params)
}

// ── The workflow's server integration ───────────────────────────────────────────────────────────────

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
  'section-move-forbidden': {
    ar: 'لا يمكنك نقل المقال إلا إلى قسم تنتمي إليه.',
    en: 'You can only move an article into a section you belong to.',
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

/** The integration message for `code` with its `{name}` placeholders filled. */
export function integrationMessage(code: IntegrationMessageCode, params: MessageParams = {}): Bilingual {
  return filled(INTEGRATION_MESSAGES[code], params)
}

// ── Uploads ─────────────────────────────────────────────────────────────────────────────────────────

/** Every reason an upload is refused, by code. `{name}` placeholders are filled by `mediaMessage`. */
export const MEDIA_MESSAGES = {
  'file-empty': {
    ar: 'الملف «{name}» فارغ (0 بايت).',
    en: 'The file “{name}” is empty (0 bytes).',
  },
  'file-too-large': {
    ar: 'حجم الملف «{name}» ({size}) يتجاوز الحد المسموح به ({limit}).',
    en: 'The file “{name}” ({size}) is larger than the {limit} limit.',
  },
  'type-unknown': {
    ar: 'محتوى الملف «{name}» ليس صورة معروفة، أيًّا كان امتداده. الأنواع المقبولة: {allowed}.',
    en: 'The content of “{name}” is not a recognised image, whatever its extension. Accepted types: {allowed}.',
  },
  'type-not-allowed': {
    ar: 'صور {type} غير مقبولة هنا. الأنواع المقبولة: {allowed}.',
    en: '{type} images are not accepted here. Accepted types: {allowed}.',
  },
  'svg-refused': {
    ar: 'ملفات SVG مرفوضة لأنها قد تحمل شيفرة برمجية («{name}»).',
    en: 'SVG files are refused because they can carry scripts (“{name}”).',
  },
  'too-many-pixels': {
    ar: 'أبعاد الصورة «{name}» ({width}×{height}، أي {megapixels} ميغابكسل) تتجاوز الحد المسموح به ({limit} ميغابكسل).',
    en: 'The image “{name}” is {width}×{height} ({megapixels} megapixels), above the {limit}-megapixel limit.',
  },
  'image-unreadable': {
    ar: 'تعذّرت قراءة الصورة «{name}»: الملف تالف أو ناقص ({reason}).',
    en: 'The image “{name}” could not be read: the file is damaged or incomplete ({reason}).',
  },
  'upload-cut-off': {
    ar: 'حجم الملف يتجاوز الحد المسموح به للرفع ({limit}).',
    en: 'The file is larger than the {limit} upload limit.',
  },
  'remote-refused': {
    ar: 'ارفع ملف الصورة نفسه؛ لا تُجلب الصور من روابط خارجية.',
    en: 'Upload the image file itself; images are not fetched from URLs.',
  },
} as const satisfies Record<string, Bilingual>

export type MediaMessageCode = keyof typeof MEDIA_MESSAGES

/** The upload message for `code` with its `{name}` placeholders filled. */
export function mediaMessage(code: MediaMessageCode, params: MessageParams = {}): Bilingual {
  return filled(MEDIA_MESSAGES[code], params)
}

/** A byte count for people: `20 MB`, `512 KB`, `0 B` (powers of 1024, as upload limits are usually meant). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB'] as const
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  const rounded = value >= 10 || Number.isInteger(value) ? Math.round(value) : Math.round(value * 10) / 10
  return `${rounded} ${units[unit]}`
}

/** Pixels as megapixels for people: `50`, `12.5`. */
export function formatMegapixels(pixels: number): string {
  const megapixels = pixels / 1_000_000
  return String(megapixels >= 10 ? Math.round(megapixels) : Math.round(megapixels * 10) / 10)
}

// ── Field validation ────────────────────────────────────────────────────────────────────────────────

export const CONTENT_MESSAGES = {
  titleTooShort: (min: number, got: number): Bilingual => ({
    ar: `العنوان قصير جدًا: ${got} من ${min} أحرف على الأقل`,
    en: `The title is too short: ${got} of at least ${min} characters`,
  }),
  titleTooLong: (max: number, got: number): Bilingual => ({
    ar: `العنوان طويل جدًا: ${got} والحد الأقصى ${max} حرفًا`,
    en: `The title is too long: ${got} characters, at most ${max}`,
  }),
  titleNotArabic: (percent: number, required: number): Bilingual => ({
    ar: `يجب أن يكون العنوان العربي مكتوبًا بالحروف العربية في معظمه (${percent}٪ والمطلوب ${required}٪ على الأقل)`,
    en: `An Arabic title must be mostly in Arabic script (${percent}% of its letters, at least ${required}% required)`,
  }),
  dateInvalid: (): Bilingual => ({
    ar: 'وقت النشر ليس تاريخًا صحيحًا',
    en: 'The publication time is not a valid date',
  }),
  dateTooFar: (days: number): Bilingual => ({
    ar: `لا يمكن أن يتجاوز وقت النشر ${days} يومًا من الآن إلا إذا جُدول النشر`,
    en: `The publication time cannot be more than ${days} days ahead unless the article is scheduled`,
  }),
  linkUnsafe: (url: string): Bilingual => ({
    ar: `رابط غير مسموح به في النص: «${url.slice(0, 80)}». الروابط المقبولة: http و https و mailto والروابط النسبية`,
    en: `A link in the text is not allowed: "${url.slice(0, 80)}". Links may be http, https, mailto or relative`,
  }),
  richTextMalformed: (where: string): Bilingual => ({
    ar: `النص المنسّق غير صالح البنية (عند ${where})`,
    en: `The rich text is malformed (at ${where})`,
  }),
  richTextUnknownNode: (type: string, where: string): Bilingual => ({
    ar: `النص المنسّق يحوي عنصرًا من نوع «${type}» لا يعرفه المحرّر (عند ${where})`,
    en: `The rich text holds a "${type}" node the editor does not have (at ${where})`,
  }),
  richTextTooDeep: (limit: number): Bilingual => ({
    ar: `النص المنسّق متداخل أكثر من المسموح به (${limit} مستوى)`,
    en: `The rich text is nested deeper than ${limit} levels`,
  }),
  richTextTooLarge: (limit: number): Bilingual => ({
    ar: `النص المنسّق يتجاوز ${limit} عقدة`,
    en: `The rich text has more than ${limit} nodes`,
  }),
  slugInvalid: (): Bilingual => ({
    ar: 'المعرّف في الرابط لا يحتوي على حروف أو أرقام صالحة',
    en: 'The slug has no usable letters or digits',
  }),
  slugExhausted: (slug: string): Bilingual => ({
    ar: `تعذّر إيجاد معرّف فريد في الرابط انطلاقًا من «${slug}»`,
    en: `Could not find a unique slug starting from "${slug}"`,
  }),
} as const

// ── The frontend API ────────────────────────────────────────────────────────────────────────────────

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
} as const satisfies Record<string, Bilingual>

export type FrontendMessageCode = keyof typeof FRONTEND_MESSAGES

/** The frontend API's message for `code`, its `{name}` placeholders filled. */
export function frontendMessage(code: FrontendMessageCode, params: MessageParams = {}): Bilingual {
  return filled(FRONTEND_MESSAGES[code], params)
}

// ── The admin's own texts ───────────────────────────────────────────────────────────────────────────

/** Texts of the workflow's admin components (buttons, dialog, notices). */
export const ADMIN_MESSAGES = {
  /** When the server gave no reason (a network failure, an unexpected answer). */
  actionFailed: (status: number): Bilingual =>
    status === 0
      ? { ar: 'تعذّر الاتصال بالخادم؛ لم يُنفَّذ الإجراء.', en: 'The server could not be reached; nothing was done.' }
      : { ar: `تعذّر تنفيذ الإجراء (رمز ${status}).`, en: `The action failed (status ${status}).` },
  /** The names of the fields a refusal can point at. */
  fieldLabels: {
    title: { ar: 'العنوان', en: 'Title' },
    body: { ar: 'نص المقال', en: 'Body' },
    featuredImage: { ar: 'الصورة الرئيسية', en: 'Featured image' },
    section: { ar: 'القسم', en: 'Section' },
    slug: { ar: 'المعرّف في الرابط', en: 'Slug' },
    publishedAt: { ar: 'وقت النشر', en: 'Published at' },
    embargoUntil: { ar: 'محظور النشر حتى', en: 'Embargoed until' },
    comment: { ar: 'ملاحظات للكاتب', en: 'Comments for the writer' },
    publishAt: { ar: 'موعد النشر', en: 'Publication time' },
  } as Readonly<Record<string, Bilingual>>,
  comment: { ar: 'ملاحظات للكاتب', en: 'Comments for the writer' },
  publishAt: { ar: 'موعد النشر (بتوقيت غرفة الأخبار)', en: 'Publication time (newsroom time zone)' },
  confirm: { ar: 'تأكيد', en: 'Confirm' },
  cancel: { ar: 'إلغاء', en: 'Cancel' },
  dialogHint: { ar: 'اضغط Escape للإغلاق دون تنفيذ.', en: 'Press Escape to close without acting.' },
  state: { ar: 'الحالة', en: 'State' },
  editResets: {
    ar: 'أي تعديل في المحتوى يعيد المقال إلى «مسودة» (ويُلغي الجدولة)، فيحتاج إلى مراجعة جديدة.',
    en: 'Any content edit sends the article back to “Draft” (and drops a schedule): it then needs a new review.',
  },
  slugPreview: { ar: 'سيكون المعرّف:', en: 'The slug will be:' },
  newArticle: { ar: 'مقال جديد لم يُحفظ بعد', en: 'New article, not saved yet' },
} as const

// ── Access and hostile input ────────────────────────────────────────────────────────────────────────

export const SECURITY_MESSAGES = {
  lockNotOwn: {
    ar: 'لا يمكنك حجز مستند للتحرير إلا باسمك.',
    en: 'You can only lock a document for editing in your own name.',
  },
  invalidId: (id: string): Bilingual => ({
    ar: `المعرّف «${id}» غير صالح`,
    en: `"${id}" is not a valid id`,
  }),
  invalidQueryId: (path: string): Bilingual => ({
    ar: `قيمة البحث في «${path}» يجب أن تكون معرّفًا صالحًا`,
    en: `The query on "${path}" needs a valid id`,
  }),
  invalidQueryDate: (path: string): Bilingual => ({
    ar: `قيمة البحث في «${path}» يجب أن تكون تاريخًا صحيحًا بصيغة ISO 8601`,
    en: `The query on "${path}" needs a real date in ISO 8601 form`,
  }),
  invalidQuery: (path: string): Bilingual => ({
    ar: `شرط البحث في «${path}» غير صالح`,
    en: `The query condition on "${path}" is not valid`,
  }),
  bodyTooDeep: (field: string, limit: number): Bilingual => ({
    ar: `الحقل «${field}» متداخل بعمق يتجاوز ${limit} مستوى`,
    en: `"${field}" is nested deeper than ${limit} levels`,
  }),
  fragmentCycle: (fragment: string, through: string): Bilingual => ({
    ar: `الجزء «${fragment}» في استعلام GraphQL يستدعي نفسه عبر «${through}»؛ لا يجوز أن يحتوي جزء على نفسه`,
    en: `The GraphQL fragment "${fragment}" spreads itself through "${through}"; a fragment cannot contain itself`,
  }),
  tooManyLogins: (minutes: number): Bilingual => ({
    ar: `محاولات دخول فاشلة كثيرة؛ أعد المحاولة بعد ${minutes} دقيقة`,
    en: `Too many failed logins; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
  }),
  tooManyResets: (minutes: number): Bilingual => ({
    ar: `طلبات كثيرة لإعادة تعيين كلمة المرور؛ أعد المحاولة بعد ${minutes} دقيقة`,
    en: `Too many password-reset requests; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
  }),
  internalError: {
    ar: 'حدث خطأ في الخادم',
    en: 'Something went wrong on the server',
  },
  textNotString: (field: string): Bilingual => ({
    ar: `قيمة الحقل «${field}» يجب أن تكون نصًا`,
    en: `"${field}" must be text`,
  }),
  textForbiddenCharacter: (field: string): Bilingual => ({
    ar: `الحقل «${field}» يحتوي على محارف تحكّم غير مسموح بها`,
    en: `"${field}" contains control characters that are not allowed`,
  }),
  unknownTimeZone: (field: string): Bilingual => ({
    ar: `المنطقة الزمنية في «${field}» غير معروفة؛ استخدم اسمًا مثل Africa/Cairo`,
    en: `The time zone in "${field}" is unknown; use a name such as Africa/Cairo`,
  }),
  malformedMultipart: {
    ar: 'جسم الطلب متعدد الأجزاء (رفع ملف) تالف أو مبتور',
    en: 'The multipart (file upload) body is malformed or truncated',
  },
  bodyNotObject: (): Bilingual => ({
    ar: 'يجب أن يكون جسم الطلب كائن JSON',
    en: 'The request body must be a JSON object',
  }),
  invalidReference: (field: string): Bilingual => ({
    ar: `قيمة الحقل «${field}» يجب أن تكون معرّفًا صالحًا (أو قائمة معرّفات)`,
    en: `"${field}" must be a valid id (or a list of ids)`,
  }),
  invalidDate: (field: string): Bilingual => ({
    ar: `قيمة الحقل «${field}» ليست تاريخًا صحيحًا؛ استخدم صيغة ISO 8601 مثل 2027-02-28T10:00`,
    en: `"${field}" is not a real date; use ISO 8601, such as 2027-02-28T10:00`,
  }),
  duplicateForbidden: {
    ar: 'لا يمكنك نسخ مقال زميل؛ انسخ مقالاتك أنت فقط.',
    en: 'You cannot duplicate a colleague’s article; only your own.',
  },
} as const satisfies Record<string, Bilingual | ((...args: never[]) => Bilingual)>
