/** Validation messages, Arabic first then English, so an API client sees both. */
export type Bilingual = { ar: string; en: string }

export const bilingual = ({ ar, en }: Bilingual): string => `${ar} — ${en}`

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
  slugInvalid: (): Bilingual => ({
    ar: 'المعرّف في الرابط لا يحتوي على حروف أو أرقام صالحة',
    en: 'The slug has no usable letters or digits',
  }),
  slugExhausted: (slug: string): Bilingual => ({
    ar: `تعذّر إيجاد معرّف فريد في الرابط انطلاقًا من «${slug}»`,
    en: `Could not find a unique slug starting from "${slug}"`,
  }),
} as const
