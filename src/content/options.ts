/** Options for slugs and text validation, with their defaults, resolved once at start-up. */
export type SlugOptions = {
  /**
   * Longest slug, in characters; slugs are cut at a word boundary.
   * @default 80
   */
  maxLength?: number
  /**
   * Assimilate the article before sun letters («الشمس» → ash-shams instead of al-shams).
   * @default false
   */
  sunLetters?: boolean
  /**
   * Also keep a canonical Arabic slug (`slugAr`) on articles, for Arabic-language URLs.
   * @default false
   */
  arabicSlug?: boolean
}

export type ValidationOptions = {
  /**
   * Shortest and longest title, in grapheme clusters (what a reader counts as characters).
   * @default { min: 8, max: 160 }
   */
  titleLength?: { min?: number; max?: number }
  /**
   * Share of a title's letters that must be Arabic script in the `ar` locale (0 turns the check off).
   * @default 0.6
   */
  arabicTitleRatio?: number
  /**
   * How far ahead a publication time may lie unless the article is scheduled, in days.
   * @default 365
   */
  maxFutureDays?: number
}

export type ResolvedSlugOptions = Required<SlugOptions>
export type ResolvedValidationOptions = {
  titleLength: { min: number; max: number }
  arabicTitleRatio: number
  maxFutureDays: number
}

export const DEFAULT_SLUG_OPTIONS: ResolvedSlugOptions = { maxLength: 80, sunLetters: false, arabicSlug: false }
export const DEFAULT_VALIDATION_OPTIONS: ResolvedValidationOptions = {
  titleLength: { min: 8, max: 160 },
  arabicTitleRatio: 0.6,
  maxFutureDays: 365,
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`[payload-newsroom] ${name} must be a positive whole number; got ${String(value)}.`)
  }
  return value
}

export function resolveSlugOptions(options: SlugOptions | undefined): ResolvedSlugOptions {
  return {
    maxLength: positiveInteger('slug.maxLength', options?.maxLength ?? DEFAULT_SLUG_OPTIONS.maxLength),
    sunLetters: options?.sunLetters ?? DEFAULT_SLUG_OPTIONS.sunLetters,
    arabicSlug: options?.arabicSlug ?? DEFAULT_SLUG_OPTIONS.arabicSlug,
  }
}

export function resolveValidationOptions(options: ValidationOptions | undefined): ResolvedValidationOptions {
  const min = positiveInteger('validation.titleLength.min', options?.titleLength?.min ?? DEFAULT_VALIDATION_OPTIONS.titleLength.min)
  const max = positiveInteger('validation.titleLength.max', options?.titleLength?.max ?? DEFAULT_VALIDATION_OPTIONS.titleLength.max)
  if (min > max) throw new Error(`[payload-newsroom] validation.titleLength.min (${min}) is larger than max (${max}).`)
  const ratio = options?.arabicTitleRatio ?? DEFAULT_VALIDATION_OPTIONS.arabicTitleRatio
  if (!(ratio >= 0 && ratio <= 1)) {
    throw new Error(`[payload-newsroom] validation.arabicTitleRatio must be between 0 and 1; got ${String(ratio)}.`)
  }
  return {
    titleLength: { min, max },
    arabicTitleRatio: ratio,
    maxFutureDays: positiveInteger('validation.maxFutureDays', options?.maxFutureDays ?? DEFAULT_VALIDATION_OPTIONS.maxFutureDays),
  }
}
