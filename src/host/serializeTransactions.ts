import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/**
 * SQLite lets one connection write at a time, and its driver waits for a lock synchronously, so two
 * requests that each open a transaction make the second fail at once with SQLITE_BUSY. This wrapper
 * queues transactions inside the process instead: each waits (without blocking the event loop) for the one
 * before it to commit or roll back. A lock held by another process is retried for `busyMs`.
 */
const SERIALIZED = Symbol.for('payload-newsroom.serializeTransactions')

/**
 * The newsroom plugin applies this to a SQLite adapter by itself; it is exported for configs that build
 * their adapter elsewhere, and applying it twice changes nothing.
 *
 * @example
 * db: serializeTransactions(sqliteAdapter({ client: { url }, transactionOptions: {} }))
 */
export function serializeTransactions<T extends DatabaseAdapterObj>(
  adapterObj: T,
  { waitMs = 30_000, busyMs = 10_000, holdMs = 120_000 }: { waitMs?: number; busyMs?: number; holdMs?: number } = {},
): T {
  if ((adapterObj as { [SERIALIZED]?: true })[SERIALIZED]) return adapterObj
  return {
    ...adapterObj,
    [SERIALIZED]: true,
    init: (args) => {
      const adapter: BaseDatabaseAdapter = adapterObj.init(args)
      const begin = adapter.beginTransaction.bind(adapter)
      const commit = adapter.commitTransaction.bind(adapter)
      const rollback = adapter.rollbackTransaction.bind(adapter)
      const releases = new Map<number | string, () => void>()
      let tail: Promise<void> = Promise.resolve()

      adapter.beginTransaction = async (options) => {
        let release: () => void = () => {}
        const mine = new Promise<void>((resolve) => (release = resolve))
        const previous = tail
        tail = previous.then(() => mine)

        let timer: NodeJS.Timeout | undefined
        const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), waitMs)))
        const outcome = await Promise.race([previous.then(() => 'ready' as const), timedOut])
        clearTimeout(timer)
        if (outcome === 'timeout') {
          release()
          throw new Error(
            `[payload-newsroom] A database transaction waited ${waitMs / 1000} s for the one before it. A Local API call made inside a hook without passing \`req\` waits for its own request: pass \`req\`.`,
          )
        }

        try {
          const deadline = Date.now() + busyMs
          for (let attempt = 0; ; attempt += 1) {
            try {
              const id = await begin(options)
              if (id === null) {
                release()
                return id
              }
              // A transaction nobody ends would hold every later one forever: roll it back after holdMs.
              const watchdog = setTimeout(() => {
                if (!releases.has(id)) return
                adapter.payload.logger.error(`[payload-newsroom] A database transaction stayed open for ${holdMs / 1000} s and was rolled back.`)
                void adapter.rollbackTransaction(id)
              }, holdMs)
              watchdog.unref()
              releases.set(id, () => {
                clearTimeout(watchdog)
                release()
              })
              return id
            } catch (error) {
              if (!String((error as Error).message).includes('SQLITE_BUSY') || Date.now() > deadline) throw error
              await new Promise((resolve) => setTimeout(resolve, Math.min(100, 5 * 2 ** attempt)))
            }
          }
        } catch (error) {
          release()
          throw error
        }
      }

      const finishing =
        (finish: (id: number | Promise<number | string> | string) => Promise<void>) =>
        async (id: number | Promise<number | string> | string) => {
          const resolved = id instanceof Promise ? await id : id
          try {
            await finish(resolved)
          } finally {
            releases.get(resolved)?.()
            releases.delete(resolved)
          }
        }
      adapter.commitTransaction = finishing(commit)
      adapter.rollbackTransaction = finishing(rollback)
      return adapter
    },
  }
}
