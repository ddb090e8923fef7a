/**
 * Input guards shared by every entry point of the text module.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const ANY_SURROGATE = /[\uD800-\uDFFF]/

/** A readable name for the type of a value, for error messages. */
function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

/**
 * Throws unless `value` is a string.
 *
 * @example
 * assertString(42) // throws TypeError('Expected a string, got number')
 */
export function assertString(value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new TypeError(`Expected a string, got ${typeName(value)}`)
}

/**
 * Removes unpaired UTF-16 surrogates, which cannot be normalised or encoded.
 *
 * @example
 * stripLoneSurrogates('a\uD800b') // → 'ab'
 */
export function stripLoneSurrogates(input: string): string {
  return ANY_SURROGATE.test(input) ? input.replace(LONE_SURROGATE, '') : input
}
