import type { Role } from './workflow/roles'

import { ROLES } from './workflow/roles'

/** Default collection slugs. Every one can be changed through the plugin options. */
export const DEFAULT_SLUGS = {
  articles: 'articles',
  sections: 'sections',
  sources: 'sources',
  media: 'media',
  users: 'users',
  workflowEvents: 'workflow-events',
  slugHistory: 'slug-history',
  authAttempts: 'auth-attempts',
} as const

/** The roles a newsroom user can hold, from least to most authority (defined by the workflow rules). */
export const ROLE_VALUES = ROLES
export type NewsroomRole = Role
