import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { buildVocabulary, vocabularyKeys, vocabularySource } from '../../../dev/slugs/vocabulary'
import { lexiconKey } from '../../../src/text/search'
import { inArabicVocabulary, Vocabulary } from '../../../src/text/vocabulary'
import { ARABIC_VOCABULARY } from '../../../src/text/tables/arabic-vocabulary'

describe('Arabic vocabulary', () => {
  test('a filter holds every word put in, and few others', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `كلمة${i}`)
    const filter = new Vocabulary(buildVocabulary(words))
    for (const word of words) expect(filter.has(word)).toBe(true)
    const others = Array.from({ length: 2000 }, (_, i) => `اسم${i}`).filter((word) => filter.has(word))
    // About 1 % at 10 bits a word; 3 % leaves room for chance.
    expect(others.length).toBeLessThan(60)
  })

  test.each(['كتاب', 'اتفاق', 'جيش', 'وزير', 'حكومة', 'إتفاق'])('the committed vocabulary knows %s (folded)', (word) => {
    expect(inArabicVocabulary(lexiconKey(word))).toBe(true)
  })

  test.each(['سونيا', 'غود', 'موور', 'وينيبيج', 'كلينتون', 'ميشيل'])('the committed vocabulary does not know the name %s', (word) => {
    expect(inArabicVocabulary(lexiconKey(word))).toBe(false)
  })

  test('the committed file is what npm run train:slugs builds from the word list, byte for byte', () => {
    const path = fileURLToPath(new URL('../../../src/text/tables/arabic-vocabulary.ts', import.meta.url))
    expect(vocabularySource(buildVocabulary(vocabularyKeys()))).toBe(readFileSync(path, 'utf8'))
    expect(ARABIC_VOCABULARY.words).toBeGreaterThan(90_000)
  })
})
