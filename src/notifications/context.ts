import type { Payload } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'

/** Where the plugin keeps its resolved options in the (server-only) `config.custom`. */
export const CUSTOM_KEY = 'newsroomNotifications'

/** Task slugs of the delivery jobs. */
export const TASKS = {
  dispatch: 'newsroom-dispatch-notification',
  email: 'newsroom-send-email',
  webhook: 'newsroom-send-webhook',
} as const

/** `req.context` flag: a save made with it queues no notification (imports, seeds, migrations). */
export const SKIP_NOTIFICATIONS = 'newsroomSkipNotifications'

/** The resolved plugin options, or `null` when the newsroom plugin is not in this config. */
export function newsroomOptionsOf(payload: Payload): ResolvedNewsroomOptions | null {
  const stored = (payload.config.custom as Record<string, unknown> | undefined)?.[CUSTOM_KEY]
  if (!stored || typeof stored !== 'object' || !('options' in stored)) return null
  return (stored as { options: ResolvedNewsroomOptions }).options
}
