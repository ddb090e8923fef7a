/**
 * Length and script measurements used by validation hooks.
 */
import { assertString, stripLoneSurrogates } from './guards'

let segmenter: Intl.Segmenter | undefined

const LETTER = /\p{L}/u
const ARABIC_LETTER = /\p{Script=Arabic}/u
const ASCII_ONLY = /^[\x00-\x7F]*$/

/**
 * Number of user-perceived characters (extended grapheme clusters).
 *
 * @example
 * graphemeLength('مَرْحَبًا') // → 5
 * graphemeLength('👨‍👩‍👧') // → 1
 */
export function graphemeLength(input: string): number {
  assertString(input)
  if (ASCII_ONLY.test(input)) {
    // CR LF is one grapheme cluster.
    let n = input.length
    for (let i = input.indexOf('\r\n'); i !== -1; i = input.indexOf('\r\n', i + 2)) n -= 1
    return n
  }
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  let count = 0
  for (const _ of segmenter.segment(stripLoneSurrogates(input))) count += 1
  return count
}

/**
 * Share of letters that belong to the Arabic script, from 0 to 1. Spaces,
 * digits, punctuation and combining marks are ignored; text without letters
 * gives 0.
 *
 * @example
 * arabicScriptRatio('مرحبا') // → 1
 * arabicScriptRatio('كوفيد COVID') // → 0.5
 * arabicScriptRatio('2024!') // → 0
 */
export function arabicScriptRatio(input: string): number {
  assertString(input)
  let letters = 0
  let arabic = 0
  for (const ch of input) {
    if (!LETTER.test(ch)) continue
    letters += 1
    if (ARABIC_LETTER.test(ch)) arabic += 1
  }
  return letters === 0 ? 0 : arabic / letters
}
