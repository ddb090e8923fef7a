/**
 * Arabic text utilities: storage normalisation, search folding, readable
 * romanisation, Latin and Arabic URL slugs, and measurements for validation.
 * Pure functions; no Payload imports.
 */
export { normalizeArabic, foldDigits, hasBidiControls, BIDI_CONTROLS } from './normalize'
export type { NormalizeOptions } from './normalize'
export { searchKey } from './search'
export { transliterate } from './transliterate'
export type { TransliterateOptions } from './transliterate'
export { slugify, fallbackSlug, SLUG_PATTERN, DEFAULT_MAX_LENGTH } from './slugify'
export type { SlugifyOptions } from './slugify'
export { arabicSlug } from './arabic-slug'
export type { ArabicSlugOptions } from './arabic-slug'
export { graphemeLength, arabicScriptRatio } from './measure'
