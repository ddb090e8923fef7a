/**
 * Counting attempts per key (a client address, an account) over a sliding window, in memory. Pure: no
 * Payload import, the clock passed in.
 */

/** Keys kept at most; past it, keys whose attempts have all left the window are dropped. */
const SWEEP_ABOVE = 10_000

export class AttemptCounter {
  private readonly attempts = new Map<string, number[]>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  private recent(key: string, now: number): number[] {
    const times = (this.attempts.get(key) ?? []).filter((time) => now - time < this.windowMs)
    if (times.length === 0) this.attempts.delete(key)
    else this.attempts.set(key, times)
    return times
  }

  /** `true` when `key` has used up its attempts in the window ending at `now`. */
  isBlocked(key: string, now: number): boolean {
    return this.recent(key, now).length >= this.limit
  }

  /** Seconds until `key` may try again (0 when it may now). */
  retryAfterSeconds(key: string, now: number): number {
    const times = this.recent(key, now)
    if (times.length < this.limit) return 0
    return Math.max(1, Math.ceil((times[times.length - this.limit]! + this.windowMs - now) / 1000))
  }

  /** Counts an attempt by `key` at `now`. */
  record(key: string, now: number): void {
    if (this.attempts.size >= SWEEP_ABOVE) {
      for (const stale of [...this.attempts.keys()]) this.recent(stale, now)
    }
    this.attempts.set(key, [...this.recent(key, now), now])
  }

  /** Takes back the latest attempt by `key` (a login that turned out right). */
  forgive(key: string): void {
    const times = this.attempts.get(key)
    if (!times) return
    times.pop()
    if (times.length === 0) this.attempts.delete(key)
  }
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
