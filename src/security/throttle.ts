/**
 * Pure helpers of the login throttle (no Payload import, the clock passed in); the attempts themselves
 * are counted in the database (src/security/attempts.ts).
 */

/**
 * Seconds until a key may try again, from the times of its attempts inside the window, newest first
 * (at least `limit` of them when it is blocked): 0 when it may try now.
 *
 * @example
 * retryAfterSeconds([300, 200, 100], 3, 1000, 300) // 1: the oldest of the three leaves the window at 1100
 * retryAfterSeconds([300, 200], 3, 1000, 300) // 0
 */
export function retryAfterSeconds(newestFirst: readonly number[], limit: number, windowMs: number, now: number): number {
  const recent = newestFirst.filter((time) => now - time < windowMs)
  if (recent.length < limit) return 0
  return Math.max(1, Math.ceil((recent[limit - 1]! + windowMs - now) / 1000))
}

/**
 * The client's address from an `X-Forwarded-For` header: the entry `proxyHops` places from its end (each
 * trusted proxy appends the address it saw; what a client wrote itself comes before). `null` when the
 * header is missing, has too few entries, or `proxyHops` is 0.
 *
 * @example
 * clientAddress('203.0.113.7, 10.0.0.2', 1) // '10.0.0.2'
 * clientAddress('203.0.113.7, 10.0.0.2', 2) // '203.0.113.7'
 */
export function clientAddress(forwardedFor: string | null | undefined, proxyHops: number): string | null {
  if (!forwardedFor || proxyHops < 1) return null
  const entries = forwardedFor
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  const address = entries[entries.length - proxyHops]
  return address && address.length <= 64 ? address.toLowerCase() : null
}

/** An account's key: the address or username as Payload compares it (lower case, trimmed). */
export function accountKey(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const key = value.trim().toLowerCase()
  return key === '' || key.length > 320 ? null : key
}
