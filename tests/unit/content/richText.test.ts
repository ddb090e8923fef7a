import { describe, expect, test } from 'vitest'

import { isSafeLinkUrl, MAX_RICH_TEXT_DEPTH, richTextProblem } from '../../../src/content/richText'

const text = { type: 'text', version: 1, text: 'نص' }
const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } })
const link = (url: string, type = 'link', linkType = 'custom') => body({ type: 'paragraph', children: [{ type, fields: { url, linkType }, children: [text] }] })

describe('isSafeLinkUrl', () => {
  test.each([
    'https://example.com/a?b=c',
    'http://example.com',
    'HTTPS://EXAMPLE.COM',
    'mailto:desk@example.com',
    '/ar/economy/budget',
    '#section-2',
    '?page=2',
    'budget-2027',
    '//cdn.example.com/x',
  ])('allows %s', (url) => {
    expect(isSafeLinkUrl(url)).toBe(true)
  })

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.com/1',
    'ftp://example.com',
  ])('refuses %j', (url) => {
    expect(isSafeLinkUrl(url)).toBe(false)
  })
})

describe('richTextProblem', () => {
  test('accepts empty values and a well-formed state with safe links', () => {
    expect(richTextProblem(null)).toBeNull()
    expect(richTextProblem(undefined)).toBeNull()
    expect(richTextProblem(link('https://example.com'))).toBeNull()
    expect(richTextProblem(link('/internal', 'link', 'internal'))).toBeNull()
  })

  test.each([
    ['a string', 'x'],
    ['no root', { children: [] }],
    ['root of another type', { root: { type: 'paragraph', children: [] } }],
    ['children a string', { root: { type: 'root', children: 'abc' } }],
    ['a null child', body(null)],
    ['a node without a type', body({ children: [] })],
    ['text that is not a string', body({ type: 'paragraph', children: [{ type: 'text', text: 5 }] })],
    ['a link url that is not a string', body({ type: 'link', fields: { url: {} }, children: [] })],
  ])('refuses a malformed state: %s', (_title, value) => {
    expect(richTextProblem(value)?.kind).toBe('malformed')
  })

  test.each(['link', 'autolink'])('refuses a javascript: URL in a %s node', (type) => {
    expect(richTextProblem(link('javascript:alert(1)', type))).toEqual({ kind: 'unsafe-link', url: 'javascript:alert(1)' })
  })

  test('refuses nesting beyond the limit without recursing (5,000 levels)', () => {
    let node: Record<string, unknown> = text
    for (let level = 0; level < 5000; level += 1) node = { type: 'paragraph', children: [node] }
    expect(richTextProblem(body(node))).toEqual({ kind: 'too-deep', limit: MAX_RICH_TEXT_DEPTH })
  })
})
