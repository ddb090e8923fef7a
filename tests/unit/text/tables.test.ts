import { describe, expect, test } from 'vitest'
import { transliterate } from '../../../src/text/index'
import { CONJUNCTIONS, PREPOSITIONS, SUFFIXES } from '../../../src/text/tables/affixes'
import { CONSONANTS, DIGITS, LATIN_SPECIALS, PUNCTUATION, SUN_LETTERS, VOWEL_MARKS } from '../../../src/text/tables/letters'
import { LEXICON, LEXICON_SECTIONS } from '../../../src/text/tables/lexicon'
import { VOWEL_TEMPLATES } from '../../../src/text/tables/patterns'

const ASCII = /^[\x20-\x7E]*$/
const LEX_VALUE = /^[a-z0-9]+(-[a-z0-9]+)*$/

describe('letter tables', () => {
  test.each([
    ['CONSONANTS', CONSONANTS],
    ['VOWEL_MARKS', VOWEL_MARKS],
    ['DIGITS', DIGITS],
    ['PUNCTUATION', PUNCTUATION],
    ['LATIN_SPECIALS', LATIN_SPECIALS],
    ['CONJUNCTIONS', CONJUNCTIONS],
    ['PREPOSITIONS', PREPOSITIONS],
  ])('%s: every value is ASCII', (_name, table) => {
    for (const value of table.values()) expect(value).toMatch(ASCII)
  })

  test('suffix readings are lower-case ASCII', () => {
    for (const rule of SUFFIXES.values()) expect(rule.latin).toMatch(/^[a-z]+$/)
  })

  test('every sun letter is a consonant of the table', () => {
    for (const letter of SUN_LETTERS) expect(CONSONANTS.has(letter)).toBe(true)
  })

  test('conjunctions and prepositions do not overlap', () => {
    for (const key of CONJUNCTIONS.keys()) expect(PREPOSITIONS.has(key)).toBe(false)
  })

  test('every single Arabic letter transliterates to ASCII', () => {
    for (let code = 0x0621; code <= 0x064a; code += 1) {
      expect(transliterate(String.fromCharCode(code))).toMatch(ASCII)
    }
  })
})

describe('vowel templates', () => {
  test.each([...VOWEL_TEMPLATES])('%s → %s uses exactly its tokens', (key, template) => {
    const tokens = key.replace('+', '')
    const used = template.replace(/[^A-Z]/g, '')
    expect(used).toBe(tokens)
    expect(template).toMatch(/^[A-Za-z:]+$/)
  })
})

describe('lexicon', () => {
  test('no key appears twice across sections', () => {
    const seen = new Map<string, string>()
    const dupes: string[] = []
    for (const [section, entries] of LEXICON_SECTIONS) {
      for (const [key] of entries) {
        const other = seen.get(key)
        if (other !== undefined) dupes.push(`${key} in ${other} and ${section}`)
        seen.set(key, section)
      }
    }
    expect(dupes).toEqual([])
  })

  test('every value is a lower-case ASCII slug', () => {
    for (const value of LEXICON.values()) expect(value).toMatch(LEX_VALUE)
  })

  test('keys are Arabic words without harakat', () => {
    for (const key of LEXICON.keys()) {
      expect(key).toMatch(/^[\u0621-\u064A]+( [\u0621-\u064A]+)*$/)
    }
  })

  test('no common-word entry merely repeats what the rules produce', () => {
    const redundant: string[] = []
    for (const [section, entries] of LEXICON_SECTIONS) {
      if (section !== 'news-words') continue
      for (const [key, value] of entries) {
        // Redundant only when both the letter rules and the rules with the name model give it,
        // and give it the article too when the word stands alone with one (a name alone drops it).
        const readings = [transliterate(key, { lexicon: false }), transliterate(key, { lexicon: false, names: false })]
        const withArticle = key.includes(' ') || key.startsWith('\u0627\u0644') ? [] : [transliterate(`\u0627\u0644${key}`, { lexicon: false })]
        const same = readings.every((reading) => reading.replace(/ /g, '-') === value)
        if (same && withArticle.every((reading) => reading === `al-${value}`)) redundant.push(key)
      }
    }
    expect(redundant).toEqual([])
  })
})
