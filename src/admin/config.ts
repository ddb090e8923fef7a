import type { Config } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'

import { REVIEW_QUEUE_PATH, workflowAdminComponents } from './paths'

type AdminConfig = NonNullable<Config['admin']>

/**
 * The workflow's place in the admin: the «قيد المراجعة» review queue as a view of its own, linked from
 * the navigation and summarised on the dashboard. The host's own components are kept, ours come after.
 */
export function withWorkflowAdmin(admin: AdminConfig, options: ResolvedNewsroomOptions): AdminConfig {
  if (options.disabled) return admin
  const paths = workflowAdminComponents()
  const components = admin.components ?? {}
  const { articles, sections, users, workflowEvents } = options.slugs
  const serverProps = { newsroom: { articles, sections, users, workflowEvents, timezone: options.timezone, digits: options.digits } }
  return {
    ...admin,
    components: {
      ...components,
      afterNavLinks: [...(components.afterNavLinks ?? []), paths.reviewQueueLink],
      beforeDashboard: [...(components.beforeDashboard ?? []), { path: paths.reviewQueueWidget, serverProps }],
      views: {
        ...components.views,
        newsroomReviewQueue: {
          Component: { path: paths.reviewQueueView, serverProps },
          path: REVIEW_QUEUE_PATH,
          exact: true,
        },
      },
    },
  }
}
