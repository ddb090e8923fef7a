import sharp from 'sharp'
import { describe, expect, test, vi } from 'vitest'

import type { Config } from 'payload'

import { newsroomPlugin } from '../../src/index'
import { requireProductionSecret, secretProblem } from '../../src/host/requireSecret'

const config = (secret: unknown) => ({ secret, collections: [] }) as unknown as Config
const RANDOM = '3f9c1a7e5b2d48c6a0e9f1b7d3c5a8e2'

describe('a production start refuses an unsafe PAYLOAD_SECRET', () => {
  test.each([
    ['missing', undefined],
    ['empty', ''],
    ['blank', '   '],
    ['short', 'abc123'],
    ['a template default', 'YOUR_SECRET_HERE'],
    ['a repeated character', 'a'.repeat(40)],
  ])('%s', (_title, secret) => {
    expect(secretProblem(secret)).not.toBeNull()
    expect(() => requireProductionSecret(config(secret), 'production')).toThrow(/^\[payload-newsroom\] .*PAYLOAD_SECRET/)
  })

  test('a random 32-character secret starts', () => {
    expect(secretProblem(RANDOM)).toBeNull()
    expect(() => requireProductionSecret(config(RANDOM), 'production')).not.toThrow()
  })

  test('development and tests are not held to it', () => {
    expect(() => requireProductionSecret(config('dev'), 'development')).not.toThrow()
    expect(() => requireProductionSecret(config(undefined), 'test')).not.toThrow()
  })

  test('the plugin runs the check on start-up', () => {
    vi.stubEnv('NODE_ENV', 'production')
    try {
      expect(() => newsroomPlugin()({ ...config('short'), sharp })).toThrow(/^\[payload-newsroom\] .*PAYLOAD_SECRET/)
      expect(() => newsroomPlugin()({ ...config(RANDOM), sharp })).not.toThrow()
    } finally {
      vi.unstubAllEnvs()
    }
  })
})
