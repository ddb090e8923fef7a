import type { TaskConfig } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'
import type { DispatchInput } from './outbox'

import { retriesConfig } from './backoff'
import { TASKS } from './context'
import { deliverEmail, deliverWebhook } from './deliver'
import { dispatchNotification } from './dispatch'

type DeliveryIO = { input: { deliveryId: string | number }; output: { status: string } }
type DispatchIO = { input: DispatchInput; output: { planned: number; created: number } }

/**
 * The job tasks of publish notifications: `newsroom-dispatch-notification` turns an event into one
 * delivery per recipient and endpoint; `newsroom-send-email` and `newsroom-send-webhook` send one each.
 * Every task retries with exponential backoff up to the configured number of attempts.
 */
export function createNotificationTasks(options: ResolvedNewsroomOptions): TaskConfig[] {
  const { attempts, backoffDelayMs } = options.notifications
  const retries = retriesConfig(attempts, backoffDelayMs)

  const dispatch: TaskConfig<DispatchIO> = {
    slug: TASKS.dispatch,
    label: 'Newsroom: dispatch notifications',
    retries,
    handler: async ({ input, req }) => ({ output: await dispatchNotification(req, input, options) }),
  }
  const email: TaskConfig<DeliveryIO> = {
    slug: TASKS.email,
    label: 'Newsroom: send notification email',
    retries,
    handler: async ({ input, req }) => ({ output: { status: (await deliverEmail(req, options, input.deliveryId)).status } }),
  }
  const webhook: TaskConfig<DeliveryIO> = {
    slug: TASKS.webhook,
    label: 'Newsroom: send webhook',
    retries,
    handler: async ({ input, req }) => ({
      output: { status: (await deliverWebhook(req, options, input.deliveryId)).status },
    }),
  }
  return [dispatch, email, webhook] as unknown as TaskConfig[]
}
