import { describe, expect, test } from 'vitest'

import { accountKey, clientAddress, retryAfterSeconds } from '../../../src/security/throttle'

describe('retryAfterSeconds', () => {
  test('blocks a key after `limit` attempts inside the window, and lets it go once they age out', () => {
    expect(retryAfterSeconds([200, 100], 3, 1000, 300)).toBe(0)
    expect(retryAfterSeconds([200, 100, 0], 3, 1000, 300)).toBe(1)
    expect(retryAfterSeconds([200, 100, 0], 3, 10_000, 300)).toBe(10)
    // The oldest of the last three left the window: two remain.
    expect(retryAfterSeconds([200, 100, 0], 3, 1000, 1000)).toBe(0)
  })

  test('only the newest `limit` attempts matter, and attempts outside the window are ignored', () => {
    expect(retryAfterSeconds([5000, 4000, 3000, 2000, 1000], 2, 10_000, 5000)).toBe(9)
    expect(retryAfterSeconds([5000, -20_000, -30_000], 2, 10_000, 5000)).toBe(0)
  })
})

describe('clientAddress', () => {
  test.each([
    ['203.0.113.7', 1, '203.0.113.7'],
    ['198.51.100.1, 203.0.113.7', 1, '203.0.113.7'],
    ['198.51.100.1, 203.0.113.7', 2, '198.51.100.1'],
    ['203.0.113.7', 2, null],
    ['203.0.113.7', 0, null],
    [null, 1, null],
    ['', 1, null],
  ] as const)('%j with %i proxies is %j', (header, hops, expected) => {
    expect(clientAddress(header, hops)).toBe(expected)
  })
})

describe('accountKey', () => {
  test.each([
    [' Writer@Newsroom.TEST ', 'writer@newsroom.test'],
    ['', null],
    [42, null],
    [{ $ne: '' }, null],
  ] as const)('%j is %j', (value, expected) => expect(accountKey(value)).toBe(expected))
})
