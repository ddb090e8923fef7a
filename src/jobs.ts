import type { Config, TaskConfig } from 'payload'

import { getCurrentDate } from 'payload'

import type { FireScheduleInput } from './workflow-server/scheduledPublish'
import type { ResolvedNewsroomOptions } from './types'

import { applyWorkflowAction } from './workflow-server/applyWorkflowAction'
import { FIRE_SCHEDULE_TASK, queueScheduledPublish } from './workflow-server/scheduledPublish'

type FireScheduleIO = {
  input: FireScheduleInput
  output: { status: number; code?: string; to?: string }
}

/**
 * The job task behind scheduled publishing. It runs the workflow's `fire-schedule` action as the system
 * actor at the queue's current time, so every rule holds at firing time: the article must still be
 * scheduled for this job's time, the embargo must have lifted, and the publish checks must pass.
 *
 * - published → output `{ status: 200, to: 'published' }`;
 * - ran early (the queue's clock was behind the article's time) → queued again for that time;
 * - anything else (cancelled or rescheduled, embargoed, incomplete) → nothing is written, a warning
 *   names the article and the reason, and the article stays `scheduled` for an editor to act on.
 */
export function createFireScheduleTask(options: ResolvedNewsroomOptions): TaskConfig<FireScheduleIO> {
  return {
    slug: FIRE_SCHEDULE_TASK,
    label: 'Newsroom: publish a scheduled article',
    inputSchema: [
      { name: 'article', type: 'text', required: true },
      { name: 'publishAt', type: 'text', required: true },
    ],
    outputSchema: [
      { name: 'status', type: 'number', required: true },
      { name: 'code', type: 'text' },
      { name: 'to', type: 'text' },
    ],
    handler: async ({ input, req }) => {
      const id = req.payload.db.defaultIDType === 'number' ? Number(input.article) : input.article
      const result = await applyWorkflowAction({
        req,
        options,
        actor: { system: true },
        input: { id, action: 'fire-schedule', scheduledFor: input.publishAt },
        now: getCurrentDate(),
      })
      if (result.ok) return { output: { status: 200, to: result.to } }
      if (result.code === 'schedule-not-due') {
        await queueScheduledPublish(req, options, id, input.publishAt)
      } else {
        req.payload.logger.warn(
          `[payload-newsroom] Scheduled publication of article ${input.article} refused (${result.status} ${result.code}): ${result.message.en}`,
        )
      }
      return { output: { status: result.status, code: result.code } }
    },
  }
}

/**
 * The plugin's part of the jobs config: the scheduled-publish task, added next to the host's own tasks.
 * Running the queue is the host's job (see docs/workflow.md, "Scheduled publishing").
 */
export function withWorkflowJobs(jobs: Config['jobs'], options: ResolvedNewsroomOptions): NonNullable<Config['jobs']> {
  const tasks = jobs?.tasks ?? []
  if (tasks.some((task) => task.slug === FIRE_SCHEDULE_TASK)) return { ...jobs, tasks }
  return { ...jobs, tasks: [...tasks, createFireScheduleTask(options) as unknown as TaskConfig] }
}
