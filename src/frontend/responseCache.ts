/**
 * A small in-memory cache of the frontend API's answers, per Payload instance. Every change to the
 * content an answer is made of (an article, section, source, image or staff name) empties it at once
 * through the plugin's hooks; entries also expire after a short time, which bounds how stale an answer
 * can be when the change happened in another server process. Pure: no Payload import.
 */
import type { CachedBody } from './http'

import { etagOf } from './http'

export type StoredAnswer = CachedBody & { etag: string }

export class ResponseCache {
  #entries = new Map<string, { answer: StoredAnswer; expires: number }>()
  #generation = 0

  constructor(
    readonly ttlMs: number,
    readonly maxEntries = 1000,
  ) {}

  /** Changes on every invalidation; an answer computed across one is not stored. */
  get generation(): number {
    return this.#generation
  }

  invalidate(): void {
    this.#generation += 1
    this.#entries.clear()
  }

  get(key: string, now = Date.now()): StoredAnswer | null {
    const entry = this.#entries.get(key)
    if (!entry) return null
    if (entry.expires <= now) {
      this.#entries.delete(key)
      return null
    }
    return entry.answer
  }

  /** Stores `answer` unless the content changed since `generation` was read; returns it with its ETag. */
  set(key: string, answer: CachedBody, generation: number, now = Date.now()): StoredAnswer {
    const stored = { ...answer, etag: etagOf(answer.body) }
    if (this.ttlMs <= 0 || generation !== this.#generation) return stored
    if (this.#entries.size >= this.maxEntries) {
      const oldest = this.#entries.keys().next().value
      if (oldest !== undefined) this.#entries.delete(oldest)
    }
    this.#entries.set(key, { answer: stored, expires: now + this.ttlMs })
    return stored
  }
}

const caches = new WeakMap<object, ResponseCache>()

/** The cache of one Payload instance, created on first use. */
export function responseCacheOf(owner: object, ttlMs: number): ResponseCache {
  let cache = caches.get(owner)
  if (!cache) {
    cache = new ResponseCache(ttlMs)
    caches.set(owner, cache)
  }
  return cache
}

/** Empties the cache of one Payload instance, if it has one. */
export function invalidateResponseCache(owner: object): void {
  caches.get(owner)?.invalidate()
}
