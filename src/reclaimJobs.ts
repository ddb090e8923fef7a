import type { Payload, Where } from 'payload'

import { getCurrentDate } from 'payload'

/** Payload's jobs collection. */
const JOBS_COLLECTION = 'payload-jobs'

/**
 * Puts the plugin's jobs that a worker took and never finished back in their queue. Payload marks a job
 * `processing` when a worker takes it and never looks at it again, so a job whose worker was killed (a
 * deploy, a crash, an out-of-memory kill) would wait for ever. A job still `processing` `olderThanMs`
 * after its last update is taken to be abandoned and made runnable again; its task then runs once more,
 * and the plugin's own keys (the transition number, the delivery key) keep that from publishing or sending
 * twice. Returns how many were reclaimed.
 */
export async function reclaimAbandonedJobs(
  payload: Payload,
  { queues, olderThanMs, now = getCurrentDate() }: { queues: readonly string[]; olderThanMs: number; now?: Date },
): Promise<number> {
  const where: Where = {
    and: [
      { processing: { equals: true } },
      { completedAt: { exists: false } },
      { queue: { in: [...queues] } },
      { updatedAt: { less_than: new Date(now.getTime() - olderThanMs).toISOString() } },
    ],
  }
  const stale = await payload.find({ collection: JOBS_COLLECTION as never, where, depth: 0, limit: 0, pagination: false, overrideAccess: true })
  if (stale.docs.length === 0) return 0
  const ids = stale.docs.map((doc) => (doc as { id: number | string }).id)
  await payload.update({
    collection: JOBS_COLLECTION as never,
    where: { and: [{ id: { in: ids } }, { processing: { equals: true } }] },
    data: { processing: false } as never,
    depth: 0,
    overrideAccess: true,
  })
  payload.logger.warn(`[payload-newsroom] ${ids.length} job(s) left unfinished by a stopped worker were put back in their queue: ${ids.join(', ')}.`)
  return ids.length
}

/**
 * Reclaims abandoned jobs now and then every `everyMs` while the instance runs (the timer does not keep
 * the process alive and stops with `payload.destroy()`).
 */
export async function startReclaimingJobs(payload: Payload, options: { queues: readonly string[]; olderThanMs: number; everyMs?: number }): Promise<void> {
  const run = async () => {
    try {
      await reclaimAbandonedJobs(payload, options)
    } catch (error) {
      payload.logger.error({ err: error, msg: '[payload-newsroom] Reclaiming abandoned jobs failed.' })
    }
  }
  await run()
  const timer = setInterval(() => void run(), options.everyMs ?? 60_000)
  timer.unref()
  const destroy = payload.destroy.bind(payload)
  payload.destroy = async () => {
    clearInterval(timer)
    return destroy()
  }
}
