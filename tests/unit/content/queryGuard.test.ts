import { describe, expect, test } from 'vitest'

import type { FieldKind } from '../../../src/content/queryGuard'

import { MAX_BODY_DEPTH, isKnownTimeZone, isStrictDate, isValidId, plainTextProblem, tooDeepPath, whereProblem } from '../../../src/content/queryGuard'

const kinds: Record<string, FieldKind> = { id: 'id', section: 'id', authors: 'id', publishedAt: 'date', location: 'point' }
const kindOf = (path: string) => kinds[path] ?? 'other'

describe('isStrictDate', () => {
  test.each(['2027-02-28', '2027-02-28T10:00', '2027-02-28T10:00:00.000Z', '2028-02-29T00:00:00+02:00'])('accepts %s', (value) => {
    expect(isStrictDate(value)).toBe(true)
  })
  test.each(['garbage', '0000-00-00', '2027-02-30T10:00', '2027-02-29', '2027-13-01', '2027-01-01T25:00', '1e20', '99999-01-01', 1e20, {}, [], true])(
    'refuses %j',
    (value) => {
      expect(isStrictDate(value)).toBe(false)
    },
  )
})

describe('isValidId', () => {
  test.each([1, '42', 2147483647])('accepts numeric id %j', (value) => expect(isValidId(value, 'number')).toBe(true))
  test.each(['abc', -1, 0, 1.5, 1e20, '1e20', '', null, {}, [1], 2147483648])('refuses numeric id %j', (value) =>
    expect(isValidId(value, 'number')).toBe(false),
  )
  test('text ids accept strings', () => expect(isValidId('665f1c0a9b', 'text')).toBe(true))
  test.each(['665f1c0a9b2e4d0012a3b4c5', '665F1C0A9B2E4D0012A3B4C5'])('accepts ObjectId %j', (value) =>
    expect(isValidId(value, 'objectId')).toBe(true),
  )
  test.each(['abc', '665f1c0a9b2e4d0012a3b4c', '665f1c0a9b2e4d0012a3b4cz', 'abcdefghijkl', 42, '', null, {}])(
    'refuses ObjectId %j',
    (value) => expect(isValidId(value, 'objectId')).toBe(false),
  )
  test('regression: on MongoDB a where on a relationship refuses "abc" (it reached the database and answered 500)', () =>
    expect(whereProblem({ section: { in: 'abc,def' } }, () => 'id', () => 'objectId')?.expected).toBe('id'))
})

describe('whereProblem', () => {
  test('accepts well-formed queries', () => {
    expect(whereProblem({ and: [{ section: { in: [1, 2] } }, { publishedAt: { greater_than: '2027-01-01' } }] }, kindOf, 'number')).toBeNull()
    expect(whereProblem({ section: { in: '1,2' }, title: { like: 'abc' }, publishedAt: { exists: true } }, kindOf, 'number')).toBeNull()
    expect(whereProblem({ location: { near: '1,2' } }, kindOf, 'number')).toBeNull()
  })
  test.each([
    [{ id: { equals: 'abc' } }, 'id'],
    [{ section: { in: 'abc,def' } }, 'id'],
    [{ authors: { contains: 'abc' } }, 'id'],
    [{ id: { in: [{ $gt: '' }] } }, 'id'],
    [{ publishedAt: { greater_than: 'notadate' } }, 'date'],
    [{ or: [{ publishedAt: { equals: '0000-00-00' } }] }, 'date'],
    [{ title: { near: '1,2' } }, 'operator'],
    [{ title: 'x' }, 'where'],
  ])('refuses %j (%s)', (where, expected) => {
    expect(whereProblem(where, kindOf, 'number')?.expected).toBe(expected)
  })
})

describe('tooDeepPath', () => {
  const nested = (depth: number): unknown => {
    let value: unknown = 1
    for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { a: value }
    return value
  }
  test('accepts flat and moderately nested bodies', () => {
    expect(tooDeepPath({ title: 'x', tags: ['a'], body: nested(50) })).toBeNull()
    expect(tooDeepPath('text')).toBeNull()
    expect(tooDeepPath(null)).toBeNull()
  })
  test('names the top-level field that nests too deep', () => {
    expect(tooDeepPath({ title: 'x', body: nested(MAX_BODY_DEPTH) })).toBe('body')
    expect(tooDeepPath({ a: [[[1]]] }, 3)).toBe('a')
    expect(tooDeepPath([[[[1]]]], 3)).toBe('0')
  })
  test('regression: a body nested 100,000 deep is measured without overflowing the stack (it answered 500)', () => {
    expect(tooDeepPath({ title: nested(100_000) })).toBe('title')
  })
})

describe('plainTextProblem', () => {
  test.each([
    ['عنوان', false, null],
    ['سطر\nوسطر\tثان', false, null],
    ['😀 رمز', false, null],
    [null, false, null],
    [['وسم', 'آخر'], true, null],
    [{ html: '<b>x</b>' }, false, 'type'],
    [['x'], false, 'type'],
    [42, false, 'type'],
    ['وسم', true, 'type'],
    [[{ $gt: '' }], true, 'type'],
    ['عنوان\u0000', false, 'character'],
    ['\u001b[31m', false, 'character'],
    ['\u0085', false, 'character'],
    ['عنوان\ud800', false, 'character'],
    ['\udc00', false, 'character'],
    [['وسم', 'x\u0007'], true, 'character'],
  ] as const)('%j (many: %s) is %j', (value, hasMany, expected) => {
    expect(plainTextProblem(value, hasMany)).toBe(expected)
  })
})

describe('isKnownTimeZone', () => {
  test.each(['Africa/Cairo', 'UTC', 'Asia/Riyadh'])('knows %s', (zone) => expect(isKnownTimeZone(zone)).toBe(true))
  test.each(['Mars/Olympus', '', 42, null, 'x'.repeat(100)])('does not know %j', (zone) => expect(isKnownTimeZone(zone)).toBe(false))
})
