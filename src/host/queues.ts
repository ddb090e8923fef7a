import type { Config } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'

type JobsConfig = NonNullable<Config['jobs']>
type AutoRun = NonNullable<JobsConfig['autoRun']>
type AutoRunEntries = Exclude<AutoRun, (...args: never[]) => unknown>

/**
 * Runs the plugin's own queues unless the host leaves them to a worker (`jobs: { autoRun: false }`):
 * notification delivery every second and scheduled publication on every whole minute, added beside the
 * host's own `autoRun` entries (a list or a function). A queue nobody runs would keep its jobs forever.
 * SQLite takes one writer at a time, so there a tick delivers one message.
 */
export function withPluginQueues(jobs: JobsConfig, options: ResolvedNewsroomOptions, databaseName: string | undefined): JobsConfig {
  if (options.disabled || !options.jobs.autoRun) return jobs
  const ours: AutoRunEntries = [
    { cron: options.jobs.notificationsCron, queue: options.notifications.queue, limit: databaseName === 'sqlite' ? 1 : 50 },
    { cron: options.jobs.scheduleCron, queue: options.scheduleQueue, limit: 10 },
  ]
  const mine = new Set(ours.map((entry) => entry.queue))
  const merge = (theirs: AutoRunEntries): AutoRunEntries => [...theirs.filter((entry) => !mine.has(entry.queue ?? 'default')), ...ours]
  const existing = jobs.autoRun
  const autoRun: AutoRun =
    typeof existing === 'function' ? async (payload) => merge(await existing(payload)) : merge(existing ?? [])
  return { ...jobs, autoRun }
}
