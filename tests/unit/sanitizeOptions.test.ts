import { describe, expect, test } from 'vitest'

import { sanitizeOptions } from '../../src/sanitizeOptions'

describe('sanitizeOptions', () => {
  test('defaults', () => {
    const options = sanitizeOptions()
    expect(options.disabled).toBe(false)
    expect(options.slugs).toMatchObject({ articles: 'articles', sections: 'sections', sources: 'sources', media: 'media', users: 'users' })
    expect(options.slug).toEqual({ maxLength: 80, sunLetters: false, arabicSlug: false })
    expect(options.validation).toEqual({ titleLength: { min: 8, max: 160 }, arabicTitleRatio: 0.6, maxFutureDays: 365 })
    expect(options.timezone).toBe('Africa/Cairo')
    expect(options.supportedTimezones[0]).toBe('Africa/Cairo')
    expect(options.localization).toBe(true)
  })

  test('security defaults: throttling on, cookies Secure and error details hidden in production only', () => {
    const options = sanitizeOptions()
    expect(options.security.throttle).toEqual({
      windowMs: 900_000,
      maxFailedLoginsPerIp: 20,
      maxFailedLoginsPerAccount: 10,
      maxResetRequestsPerIp: 10,
      maxResetRequestsPerAccount: 3,
      proxyHops: 1,
    })
    expect(options.security.secureCookies).toBe(process.env.NODE_ENV === 'production')
    expect(options.security.hideErrorDetails).toBe(process.env.NODE_ENV === 'production')
    expect(options.security.allowedOrigins).toEqual([])
    expect(sanitizeOptions({ security: { throttle: false, allowedOrigins: ['https://desk.example.com/'] } }).security).toMatchObject({
      throttle: false,
      allowedOrigins: ['https://desk.example.com'],
    })
  })

  test('the newsroom time zone is always offered, once', () => {
    const options = sanitizeOptions({ timezone: 'Asia/Dubai', supportedTimezones: ['UTC', 'Asia/Dubai'] })
    expect(options.supportedTimezones).toEqual(['Asia/Dubai', 'UTC'])
  })

  test.each([
    ['an unknown time zone', { timezone: 'Nowhere/Land' }, /Unknown time zone "Nowhere\/Land"/],
    ['an invalid slug', { collections: { articles: { slug: 'My Articles' } } }, /slug "My Articles"/],
    ['two collections with one slug', { collections: { sections: { slug: 'media' } } }, /share a slug/],
    ['a title minimum above its maximum', { validation: { titleLength: { min: 50, max: 10 } } }, /larger than max/],
    ['an Arabic ratio above 1', { validation: { arabicTitleRatio: 1.5 } }, /between 0 and 1/],
    ['a zero slug length', { slug: { maxLength: 0 } }, /slug.maxLength/],
    ['an allowed origin with a path', { security: { allowedOrigins: ['https://desk.example.com/admin'] } }, /is not an origin/],
    ['an allowed origin that is no URL', { security: { allowedOrigins: ['desk.example.com'] } }, /is not an origin/],
    ['a zero login limit', { security: { throttle: { maxFailedLoginsPerIp: 0 } } }, /maxFailedLoginsPerIp/],
  ])('refuses %s', (_title, input, message) => {
    expect(() => sanitizeOptions(input)).toThrow(message)
  })
})
