import type { Payload } from 'payload'

type Listener = (...args: never[]) => void
type Emitter = { on?: (event: string, listener: Listener) => unknown; listenerCount?: (event: string) => number }
type Pool = Emitter & { _clients?: Emitter[] }

/**
 * node-postgres emits `error` when the server cuts a connection (a PostgreSQL restart or failover, a proxy
 * closing idle connections): on the pool for an idle connection, on the client itself for one checked out
 * (a transaction holds one between its queries). Node ends a process when such an `error` has no listener.
 * The query that was running fails on its own and the pool opens a new connection for the next one, so
 * the error is logged and the app keeps serving. A host's own listeners are left alone.
 */
export function keepPoolErrorsNonFatal(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool || typeof pool.on !== 'function') return
  const log = (error: Error) => {
    payload.logger.warn(`[payload-newsroom] A database connection was lost (${error?.message ?? error}); the next query opens a new one.`)
  }
  const guard = (client: Emitter) => {
    if (typeof client?.on === 'function') client.on('error', log as Listener)
  }
  if (typeof pool.listenerCount !== 'function' || pool.listenerCount('error') === 0) pool.on('error', log as Listener)
  pool.on('connect', guard as Listener)
  for (const client of pool._clients ?? []) guard(client)
}
