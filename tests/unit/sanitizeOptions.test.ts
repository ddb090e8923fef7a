import { describe, expect, test } from 'vitest'

import { sanitizeOptions } from '../../src/sanitizeOptions'

describe('sanitizeOptions', () => {
  test('defaults', () => {
    const options = sanitizeOptions()
    expect(options.disabled).toBe(false)
    expect(options.slugs).toEqual({ articles: 'articles', sections: 'sections', sources: 'sources', media: 'media', users: 'users' })
    expect(options.timezone).toBe('Africa/Cairo')
    expect(options.supportedTimezones[0]).toBe('Africa/Cairo')
    expect(options.localization).toBe(true)
  })

  test('the newsroom time zone is always offered, once', () => {
    const options = sanitizeOptions({ timezone: 'Asia/Dubai', supportedTimezones: ['UTC', 'Asia/Dubai'] })
    expect(options.supportedTimezones).toEqual(['Asia/Dubai', 'UTC'])
  })

  test.each([
    ['an unknown time zone', { timezone: 'Nowhere/Land' }, /Unknown time zone "Nowhere\/Land"/],
    ['an invalid slug', { collections: { articles: { slug: 'My Articles' } } }, /slug "My Articles"/],
    ['two collections with one slug', { collections: { sections: { slug: 'media' } } }, /share a slug/],
  ])('refuses %s', (_title, input, message) => {
    expect(() => sanitizeOptions(input)).toThrow(message)
  })
})
