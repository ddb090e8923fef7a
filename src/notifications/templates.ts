import type { NotificationEvent, NotificationLanguage } from './types'

/** What a notification email says; every text is plain (unescaped) user data. */
export type TemplateData = {
  event: NotificationEvent
  language: NotificationLanguage
  title: string
  sectionName?: string | null
  actorName?: string | null
  recipientName?: string | null
  /** The reviewer's comment (changes requested), kept line by line. */
  comment?: string | null
  adminLink?: string | null
  articleLink?: string | null
}

export type RenderedEmail = { subject: string; html: string; text: string }

type Strings = {
  subject: Record<NotificationEvent, string>
  lead: Record<NotificationEvent, string>
  greeting: string
  section: string
  actor: string
  comment: string
  openAdmin: string
  openSite: string
  footer: string
  untitled: string
}

const STRINGS: Readonly<Record<NotificationLanguage, Strings>> = {
  ar: {
    subject: {
      submitted: 'مقال بانتظار المراجعة: {title}',
      'changes-requested': 'مطلوب تعديلات: {title}',
      approved: 'اعتُمد المقال: {title}',
      published: 'نُشر المقال: {title}',
      unpublished: 'أُلغي نشر المقال: {title}',
      updated: 'حُدّث المقال المنشور: {title}',
    },
    lead: {
      submitted: 'أُرسل المقال {title} للمراجعة.',
      'changes-requested': 'طُلبت تعديلات على المقال {title}.',
      approved: 'اعتُمد المقال {title} وصار جاهزًا للنشر.',
      published: 'نُشر المقال {title}.',
      unpublished: 'أُلغي نشر المقال {title} ولم يعد ظاهرًا للقرّاء.',
      updated: 'حُدّث المقال المنشور {title}.',
    },
    greeting: 'مرحبًا {name}،',
    section: 'القسم: {section}',
    actor: 'بواسطة: {actor}',
    comment: 'الملاحظات:',
    openAdmin: 'افتح المقال في لوحة التحرير',
    openSite: 'اقرأ المقال على الموقع',
    footer: 'رسالة آلية من غرفة الأخبار.',
    untitled: 'بلا عنوان',
  },
  en: {
    subject: {
      submitted: 'Submitted for review: {title}',
      'changes-requested': 'Changes requested: {title}',
      approved: 'Approved: {title}',
      published: 'Published: {title}',
      unpublished: 'Unpublished: {title}',
      updated: 'Updated: {title}',
    },
    lead: {
      submitted: 'The article {title} was submitted for review.',
      'changes-requested': 'Changes were requested to the article {title}.',
      approved: 'The article {title} was approved and is ready to publish.',
      published: 'The article {title} was published.',
      unpublished: 'The article {title} was unpublished and is no longer visible to readers.',
      updated: 'The published article {title} was updated.',
    },
    greeting: 'Hello {name},',
    section: 'Section: {section}',
    actor: 'By: {actor}',
    comment: 'Comment:',
    openAdmin: 'Open the article in the admin',
    openSite: 'Read the article on the site',
    footer: 'An automatic message from the newsroom.',
    untitled: 'Untitled',
  },
}

/** U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE. */
export const FSI = '\u2068'
export const PDI = '\u2069'

// Embedding, override and isolate controls inside user text could break out of the isolation around it.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g
// Other control characters (line breaks included) never belong in a title or a name.
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g

/** A single-line, control-free version of a title or a name. */
export function cleanInline(value: string): string {
  return value.replace(BIDI_CONTROLS, '').replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim()
}

/** Wraps text in FSI…PDI so a Latin name or a number inside Arabic text keeps its order (plain text). */
export function isolate(value: string): string {
  return `${FSI}${cleanInline(value)}${PDI}`
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character)
}

/** The link when it is an absolute http(s) address; anything else (javascript:, data:…) is dropped. */
export function safeLink(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null
  } catch {
    return null
  }
}

type Mode = 'text' | 'html'

/** Fills `{name}` slots: in text each value is isolated with FSI…PDI, in HTML escaped inside `<bdi>`. */
function fill(template: string, values: Readonly<Record<string, string>>, mode: Mode): string {
  return template
    .split(/(\{[a-z]+\})/)
    .map((part) => {
      const slot = /^\{([a-z]+)\}$/.exec(part)
      const value = slot ? values[slot[1] ?? ''] : undefined
      if (value === undefined) return mode === 'html' ? escapeHtml(part) : part
      return mode === 'html' ? `<bdi>${escapeHtml(cleanInline(value))}</bdi>` : isolate(value)
    })
    .join('')
}

function commentLines(comment: string | null | undefined): string[] {
  if (!comment) return []
  return comment
    .replace(BIDI_CONTROLS, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(CONTROL_CHARACTERS, ' ').trimEnd())
}

/**
 * The subject, HTML and plain-text parts of a notification email.
 * Arabic mail is `<html dir="rtl" lang="ar">`; English mail is left to right. User data (titles, names,
 * comments) is always escaped in HTML and isolated from the surrounding text direction.
 *
 * @example
 * renderEmail({ event: 'published', language: 'ar', title: 'Apple تطلق iPhone 17' }).subject
 * // 'نُشر المقال: \u2068Apple تطلق iPhone 17\u2069'
 */
export function renderEmail(data: TemplateData): RenderedEmail {
  const strings = STRINGS[data.language]
  const dir = data.language === 'ar' ? 'rtl' : 'ltr'
  const align = data.language === 'ar' ? 'right' : 'left'
  const title = cleanInline(data.title) || strings.untitled
  const values: Record<string, string> = { title }
  if (data.recipientName) values.name = data.recipientName
  if (data.sectionName) values.section = data.sectionName
  if (data.actorName) values.actor = data.actorName

  const subject = fill(strings.subject[data.event], values, 'text')
  const adminLink = safeLink(data.adminLink)
  const articleLink = safeLink(data.articleLink)
  const comment = commentLines(data.comment)

  const text: string[] = []
  const html: string[] = []
  const paragraph = (template: string) => {
    text.push(fill(template, values, 'text'))
    html.push(`<p style="margin:0 0 12px">${fill(template, values, 'html')}</p>`)
  }

  if (values.name) paragraph(strings.greeting)
  paragraph(strings.lead[data.event])
  if (values.section) paragraph(strings.section)
  if (values.actor) paragraph(strings.actor)
  if (comment.length > 0) {
    text.push(strings.comment, ...comment.map((line) => `  ${line}`))
    html.push(
      `<p style="margin:0 0 4px">${escapeHtml(strings.comment)}</p>`,
      `<blockquote dir="auto" style="margin:0 0 12px;padding:8px 12px;border-${align === 'right' ? 'right' : 'left'}:3px solid #ccc">${comment.map(escapeHtml).join('<br>')}</blockquote>`,
    )
  }
  for (const [label, link] of [
    [strings.openAdmin, adminLink],
    [strings.openSite, articleLink],
  ] as const) {
    if (!link) continue
    text.push(`${label}: ${link}`)
    html.push(`<p style="margin:0 0 12px"><a href="${escapeHtml(link)}" dir="ltr">${escapeHtml(label)}</a></p>`)
  }
  text.push('', strings.footer)
  html.push(`<p style="margin:24px 0 0;color:#666;font-size:12px">${escapeHtml(strings.footer)}</p>`)

  const document = [
    '<!doctype html>',
    `<html dir="${dir}" lang="${data.language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    `<title>${escapeHtml(subject)}</title></head>`,
    `<body dir="${dir}" style="margin:0;padding:16px;font-family:Tahoma,Arial,sans-serif;font-size:15px;line-height:1.6;text-align:${align}">`,
    ...html,
    '</body>',
    '</html>',
  ].join('\n')

  return { subject, html: document, text: `${text.join('\n')}\n` }
}
