import type { PayloadRequest } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'
import type { Id } from '../workflow/ids'

/** The job task that publishes a scheduled article when its time comes. */
export const FIRE_SCHEDULE_TASK = 'newsroom-fire-schedule'

/** Payload's jobs collection. */
const JOBS_COLLECTION = 'payload-jobs'

/** The input stored with a scheduled-publish job. */
export type FireScheduleInput = {
  /** The article id, as a string (Payload stores job input as JSON). */
  article: string
  /** The time the article was scheduled for (ISO); a job whose time no longer matches does nothing. */
  publishAt: string
}

/**
 * Queues the job that fires the schedule, in the request's transaction, on the plugin's schedule queue,
 * due at `publishAt` (`waitUntil`). The queue picks jobs whose `waitUntil` is before its current time,
 * so a `publishAt` on a whole minute fires at that minute's tick.
 */
export async function queueScheduledPublish(
  req: PayloadRequest,
  options: ResolvedNewsroomOptions,
  id: Id,
  publishAt: string,
): Promise<Id> {
  const input: FireScheduleInput = { article: String(id), publishAt }
  const job = await req.payload.jobs.queue({
    task: FIRE_SCHEDULE_TASK as never,
    queue: options.scheduleQueue,
    waitUntil: new Date(publishAt),
    input: input as never,
    req,
  })
  return (job as { id: Id }).id
}

/**
 * Deletes the article's pending scheduled-publish jobs (a cancelled schedule, or an edit that sent the
 * article back to draft). Returns how many were removed. A job that escapes (e.g. already picked up) still
 * does nothing: the task checks that the article is scheduled for the job's time before publishing.
 */
export async function cancelScheduledPublish(
  req: PayloadRequest,
  options: ResolvedNewsroomOptions,
  id: Id,
): Promise<number> {
  const pending = await req.payload.find({
    collection: JOBS_COLLECTION as never,
    where: {
      and: [
        { taskSlug: { equals: FIRE_SCHEDULE_TASK } },
        { queue: { equals: options.scheduleQueue } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
      ],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const mine = pending.docs.filter((job) => {
    const input = (job as { input?: Partial<FireScheduleInput> }).input
    return String(input?.article) === String(id)
  })
  if (mine.length === 0) return 0
  await req.payload.delete({
    collection: JOBS_COLLECTION as never,
    where: { id: { in: mine.map((job) => (job as unknown as { id: number | string }).id) } },
    overrideAccess: true,
    req,
  })
  return mine.length
}
