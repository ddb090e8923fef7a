import { describe, expect, test } from 'vitest'

import { AttemptCounter, accountKey, clientAddress } from '../../../src/security/throttle'

describe('AttemptCounter', () => {
  test('blocks a key after `limit` attempts inside the window, and lets it go once they age out', () => {
    const counter = new AttemptCounter(3, 1000)
    for (const time of [0, 100, 200]) {
      expect(counter.isBlocked('ip:a', time)).toBe(false)
      counter.record('ip:a', time)
    }
    expect(counter.isBlocked('ip:a', 300)).toBe(true)
    expect(counter.retryAfterSeconds('ip:a', 300)).toBe(1)
    expect(counter.isBlocked('ip:b', 300)).toBe(false)
    expect(counter.isBlocked('ip:a', 1000)).toBe(false)
  })

  test('a forgiven attempt does not count', () => {
    const counter = new AttemptCounter(2, 1000)
    counter.record('k', 0)
    counter.record('k', 1)
    counter.forgive('k')
    expect(counter.isBlocked('k', 2)).toBe(false)
  })

  test('stays bounded: keys whose attempts left the window are dropped', () => {
    const counter = new AttemptCounter(1, 10)
    for (let index = 0; index < 20_000; index++) counter.record(`k${index}`, index < 15_000 ? 0 : 100)
    expect((counter as unknown as { attempts: Map<string, number[]> }).attempts.size).toBeLessThanOrEqual(10_001)
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
