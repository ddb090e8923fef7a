import type { PayloadRequest } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'

import { claimRequest } from '../database/uniqueWrites'
import { retryAfterSeconds } from './throttle'

type Row = { id: number | string; createdAt?: string }

/** How often one process deletes attempts that have left the window. */
const SWEEP_EVERY_MS = 60_000
const lastSweep = new WeakMap<object, number>()

/**
 * The throttle's counts, in the `auth-attempts` collection: shared by every instance on the database.
 * Writes commit at once (outside the request's transaction on PostgreSQL and MongoDB, see
 * `claimRequest`), so an attempt that ends in an error still counts.
 */
export function attemptsOf(req: PayloadRequest, options: ResolvedNewsroomOptions, windowMs: number) {
  const collection = options.slugs.authAttempts
  const writeReq = claimRequest(req)

  return {
    /** Seconds until `key` may try again after `limit` attempts in the window (0: now). */
    async retryAfter(key: string, limit: number, now: number): Promise<number> {
      const { docs } = await req.payload.db.find<Row>({
        collection,
        where: { and: [{ key: { equals: key } }, { createdAt: { greater_than: new Date(now - windowMs).toISOString() } }] },
        sort: '-createdAt',
        limit,
        pagination: false,
        req: writeReq,
      })
      return retryAfterSeconds(
        docs.map((doc) => Date.parse(String(doc.createdAt))),
        limit,
        windowMs,
        now,
      )
    },

    /** Counts an attempt by `key`; returns its row's id, for `forgive`. */
    async record(key: string, now: number): Promise<number | string> {
      const at = new Date(now).toISOString()
      const row = (await req.payload.db.create({ collection, data: { key, createdAt: at, updatedAt: at }, req: writeReq })) as Row
      await this.sweep(now)
      return row.id
    },

    /** Takes back attempts (a login that turned out right). */
    async forgive(ids: readonly (number | string)[]): Promise<void> {
      if (ids.length === 0) return
      await req.payload.db.deleteMany({ collection, where: { id: { in: [...ids] } }, req: writeReq })
    },

    /** Deletes attempts that have left the window, at most once a minute per process. */
    async sweep(now: number): Promise<void> {
      if (now - (lastSweep.get(req.payload) ?? 0) < SWEEP_EVERY_MS) return
      lastSweep.set(req.payload, now)
      await req.payload.db.deleteMany({ collection, where: { createdAt: { less_than: new Date(now - windowMs).toISOString() } }, req: writeReq })
    },
  }
}
