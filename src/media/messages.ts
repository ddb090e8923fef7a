import type { Bilingual } from '../workflow/types'

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
    ar: 'الملف أكبر من الحد المسموح به للرفع.',
    en: 'The file is larger than the upload limit.',
  },
  'remote-refused': {
    ar: 'ارفع ملف الصورة نفسه؛ لا تُجلب الصور من روابط خارجية.',
    en: 'Upload the image file itself; images are not fetched from URLs.',
  },
} as const satisfies Record<string, Bilingual>

export type MediaMessageCode = keyof typeof MEDIA_MESSAGES

/** The message for `code` with its `{name}` placeholders filled, in both languages. */
export function mediaMessage(code: MediaMessageCode, params: Readonly<Record<string, string | number>> = {}): Bilingual {
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole))
  const template: Bilingual = MEDIA_MESSAGES[code]
  return { ar: fill(template.ar), en: fill(template.en) }
}

/** Both languages in one line, Arabic first, as carried by an API error. */
export function bilingualText(message: Bilingual): string {
  return `${message.ar} — ${message.en}`
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
