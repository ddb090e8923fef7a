import { describe, expect, test } from 'vitest'

import type { NotificationEvent, NotificationLanguage } from '../../../src/notifications/types'

import { NOTIFICATION_EVENTS } from '../../../src/notifications/events'
import { cleanInline, escapeHtml, isolate, renderEmail, safeLink } from '../../../src/notifications/templates'

const cases = NOTIFICATION_EVENTS.flatMap((event) =>
  (['ar', 'en'] as NotificationLanguage[]).map((language) => [event, language] as [NotificationEvent, NotificationLanguage]),
)

describe('renderEmail', () => {
  test.each(cases)('%s in %s: direction, isolated title, escaped markup, plain-text part', (event, language) => {
    const email = renderEmail({
      event,
      language,
      title: 'Apple <b>تطلق</b> iPhone 17 & "more"',
      sectionName: 'اقتصاد',
      actorName: "O'Brien",
      recipientName: 'سارة',
      comment: 'سطر <i>أول</i>\nسطر ثانٍ',
      adminLink: 'https://cms.test/admin/collections/articles/7',
      articleLink: 'https://site.test/economy/apple',
    })
    const dir = language === 'ar' ? 'rtl' : 'ltr'
    expect(email.html).toContain(`<html dir="${dir}" lang="${language}">`)
    expect(email.subject).toContain('\u2068Apple <b>تطلق</b> iPhone 17 & "more"\u2069')
    expect(email.subject).not.toMatch(/[\r\n]/)
    expect(email.html).toContain('<bdi>Apple &lt;b&gt;تطلق&lt;/b&gt; iPhone 17 &amp; &quot;more&quot;</bdi>')
    expect(email.html).toContain('<bdi>O&#39;Brien</bdi>')
    expect(email.html).toContain('سطر &lt;i&gt;أول&lt;/i&gt;<br>سطر ثانٍ')
    expect(email.html).not.toMatch(/<(b|i)>/)
    expect(email.text).toContain('\u2068سارة\u2069')
    expect(email.text).toContain('https://site.test/economy/apple')
    expect(email.text).not.toMatch(/<\/?(p|a|bdi|html)\b/)
  })

  test('Arabic and English subjects', () => {
    expect(renderEmail({ event: 'published', language: 'ar', title: 'خبر 2025' }).subject).toBe('نُشر المقال: \u2068خبر 2025\u2069')
    expect(renderEmail({ event: 'submitted', language: 'en', title: 'خبر' }).subject).toBe('Submitted for review: \u2068خبر\u2069')
  })

  test('an empty title reads "untitled"; missing parts are left out', () => {
    const email = renderEmail({ event: 'approved', language: 'ar', title: '   ' })
    expect(email.subject).toBe('اعتُمد المقال: \u2068بلا عنوان\u2069')
    expect(email.text).not.toContain('القسم')
    expect(email.html).not.toContain('<a ')
  })

  test('links other than http(s) are dropped', () => {
    const email = renderEmail({ event: 'published', language: 'en', title: 'x', articleLink: 'javascript:alert(1)' })
    expect(email.html).not.toContain('javascript:')
    expect(email.text).not.toContain('javascript:')
  })
})

describe('text helpers', () => {
  test.each([
    ['embedding and override controls are removed', 'a\u202Eb\u202Dc\u2066d\u2069', 'abcd'],
    ['line breaks become spaces', 'سطر\r\nثانٍ', 'سطر ثانٍ'],
    ['spaces are collapsed', '  a   b ', 'a b'],
  ])('cleanInline: %s', (_title, input, output) => {
    expect(cleanInline(input)).toBe(output)
  })

  test('isolate wraps in FSI…PDI', () => {
    expect(isolate('John 2')).toBe('\u2068John 2\u2069')
  })

  test('escapeHtml escapes the five characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;')
  })

  test.each([
    ['https://a.test/x?y=1', 'https://a.test/x?y=1'],
    ['http://a.test', 'http://a.test/'],
    ['ftp://a.test', null],
    ['data:text/html,x', null],
    ['/relative', null],
    [null, null],
  ])('safeLink(%s)', (input, output) => {
    expect(safeLink(input)).toBe(output)
  })
})
