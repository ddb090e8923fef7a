import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { buildDictionary, dictionarySource } from '../../../dev/slugs/dictionary'
import { dictionaryWords, readPairs } from '../../../dev/slugs/train'
import { NameDictionary, NO_STATE } from '../../../src/text/name-dictionary'
import { NAME_DICTIONARY } from '../../../src/text/tables/name-dictionary'

describe('dictionary of names', () => {
  test('a small automaton accepts its words and nothing else', () => {
    const packed = buildDictionary(['anna', 'anne', 'hanna', 'bob', 'x', 'Bad', 'a-b', 'anna'])
    expect(packed.words).toBe(4)
    const names = new NameDictionary(packed)
    for (const word of ['anna', 'anne', 'hanna', 'bob']) expect(names.has(word)).toBe(true)
    for (const word of ['ann', 'annas', 'x', 'bad', 'a', '', 'hann', 'zzz']) expect(names.has(word)).toBe(false)
    // Shared endings are merged: «anna» and «hanna» end in one state.
    expect(names.step(names.step(0, 'a'), 'nna')).toBe(names.step(0, 'hanna'))
    expect(names.step(0, 'anq')).toBe(NO_STATE)
    expect(names.step(NO_STATE, 'a')).toBe(NO_STATE)
    expect(names.accepts(NO_STATE)).toBe(false)
  })

  test('the committed dictionary holds common spellings of names and not the model\'s misreadings', () => {
    const names = new NameDictionary(NAME_DICTIONARY)
    for (const word of ['einstein', 'iqbal', 'augustin', 'mohammed', 'lavrov', 'warnock']) expect(names.has(word)).toBe(true)
    for (const word of ['aynstein', 'eqbal', 'wzr', 'einsteinn']) expect(names.has(word)).toBe(false)
    expect(NAME_DICTIONARY.words).toBeGreaterThan(200_000)
  })

  test('the committed file is what npm run train:slugs builds from the name lists and the training pairs, byte for byte', () => {
    const path = fileURLToPath(new URL('../../../src/text/tables/name-dictionary.ts', import.meta.url))
    expect(dictionarySource(buildDictionary(dictionaryWords(readPairs())))).toBe(readFileSync(path, 'utf8'))
  })
})
