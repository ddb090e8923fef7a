import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { DOCUMENTS, EXAMPLES, examplesTable, withExamples } from '../../../dev/slugs/examples'

describe('the examples table in the documentation is what the code gives', () => {
  test.each(DOCUMENTS)('%s (regenerate with npm run docs:examples)', (doc) => {
    const text = readFileSync(fileURLToPath(new URL(`../../../${doc}`, import.meta.url)), 'utf8')
    expect(withExamples(text)).toBe(text)
  })

  test('one row per example, every slug cell a valid slug', () => {
    const rows = examplesTable().slice(2)
    expect(rows).toHaveLength(EXAMPLES.length)
    for (const row of rows) {
      const [plain = '', sun = ''] = row.split(' | ').slice(1, 3).map((cell) => cell.replace(/`/g, ''))
      expect(plain).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(sun).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
  })
})
