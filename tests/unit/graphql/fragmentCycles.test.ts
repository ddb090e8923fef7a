import { buildSchema, parse, specifiedRules, validate } from 'graphql'
import { describe, expect, test } from 'vitest'

import { fragmentCycleRule, fragmentCycles } from '../../../src/graphql/fragmentCycles'

const schema = buildSchema('type Article { id: ID, title: String, related: Article } type Query { article: Article }')

describe('fragmentCycles', () => {
  test.each([
    ['no fragments', 'query { article { id } }', {}],
    ['an acyclic chain', 'query { article { ...A } } fragment A on Article { id ...B } fragment B on Article { title }', {}],
    ['A → B → A', 'query { article { ...A } } fragment A on Article { id ...B } fragment B on Article { title ...A }', { A: 'B', B: 'A' }],
    ['A → A', 'query { article { ...A } } fragment A on Article { id ...A }', { A: 'A' }],
    [
      'a cycle through a nested field',
      'query { article { ...A } } fragment A on Article { related { ...B } } fragment B on Article { ... on Article { ...A } }',
      { A: 'B', B: 'A' },
    ],
  ])('%s', (_title, query, expected) => {
    expect(Object.fromEntries(fragmentCycles(parse(query)))).toEqual(expected)
  })
})

describe('fragmentCycleRule', () => {
  test('reports the cycle in Arabic and English with status 400, and leaves a finite document behind', () => {
    const document = parse('query { article { ...A } } fragment A on Article { id ...B } fragment B on Article { title ...A }')
    const errors = validate(schema, document, [...specifiedRules, fragmentCycleRule])
    const ours = errors.filter((error) => error.extensions.statusCode === 400)
    expect(ours.map((error) => error.message).join(' ')).toMatch(/[\u0600-\u06FF].*fragment "A"/)
    expect(fragmentCycles(document).size).toBe(0)
  })

  test('leaves valid documents alone', () => {
    const document = parse('query { article { ...A } } fragment A on Article { id related { id } }')
    expect(validate(schema, document, [...specifiedRules, fragmentCycleRule])).toEqual([])
  })
})
