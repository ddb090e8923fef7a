import type { Config } from 'payload'

/** The shortest secret accepted in production: 32 characters (a 128-bit value written in hex). */
export const MIN_SECRET_LENGTH = 32

/** Secrets copied from templates and examples, which anyone can read. */
const KNOWN_DEFAULTS: ReadonlySet<string> = new Set([
  'YOUR_SECRET_HERE',
  'your-secret-here',
  'secret',
  'changeme',
  'change-me',
  'payload',
  'test',
  'dev',
])

/**
 * The reason a production config's secret is unsafe, or `null`. Payload signs sessions and password
 * reset tokens with it: a missing, short or published secret lets anyone forge a login.
 */
export function secretProblem(secret: unknown): string | null {
  if (typeof secret !== 'string' || secret.trim() === '') return 'is missing'
  if (KNOWN_DEFAULTS.has(secret.trim()) || KNOWN_DEFAULTS.has(secret.trim().toLowerCase())) return 'is a published default'
  if (secret.length < MIN_SECRET_LENGTH) return `is ${secret.length} characters long, shorter than ${MIN_SECRET_LENGTH}`
  if (new Set(secret).size < 8) return 'repeats too few characters to be random'
  return null
}

/** Refuses to start in production (`NODE_ENV=production`) with an unsafe secret. */
export function requireProductionSecret(config: Config, environment: string | undefined = process.env.NODE_ENV): void {
  if (environment !== 'production') return
  const problem = secretProblem(config.secret)
  if (problem === null) return
  throw new Error(
    `[payload-newsroom] The Payload secret ${problem}. Set PAYLOAD_SECRET to a random value of at least ${MIN_SECRET_LENGTH} characters (for example the output of \`openssl rand -hex 32\`) and pass it as the config's secret.`,
  )
}
