import { describe, expect, test } from 'vitest'
import { arabicScriptRatio, graphemeLength } from '../../../src/text/index'

describe('graphemeLength', () => {
  test.each([
    ['empty', '', 0],
    ['ASCII', 'hello', 5],
    ['CRLF is one grapheme', 'a\r\nb', 3],
    ['Arabic letters', 'مرحبا', 5],
    ['harakat belong to their letter', 'مَرْحَبًا', 5],
    ['family emoji with ZWJ', '👨‍👩‍👧', 1],
    ['flag', '🇪🇬', 1],
    ['lone surrogate does not crash', 'a\uD800b', 2],
  ])('%s', (_title, input, expected) => {
    expect(graphemeLength(input)).toBe(expected)
  })
})

describe('arabicScriptRatio', () => {
  test.each([
    ['all Arabic', 'مرحبا بكم', 1],
    ['all Latin', 'hello', 0],
    ['half and half', 'كوفيد COVID', 0.5],
    ['digits and punctuation ignored', 'مصر 2024!', 1],
    ['no letters', '2024 !?', 0],
    ['empty', '', 0],
    ['harakat ignored', 'مَرْحَبًا abc', 5 / 8],
    ['Persian letters count as Arabic script', 'پاکستان', 1],
  ])('%s', (_title, input, expected) => {
    expect(arabicScriptRatio(input)).toBeCloseTo(expected, 10)
  })
})
