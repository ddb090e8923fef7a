import type { Access, CollectionBeforeChangeHook, Config, Payload, Where } from 'payload'

import { APIError } from 'payload'

import { hasRole } from './index'
import { bilingualText, SECURITY_MESSAGES } from '../messages'

type JobsConfig = NonNullable<Config['jobs']>

/** The slug of Payload's own edit-lock collection. */
export const LOCKED_DOCUMENTS_SLUG = 'payload-locked-documents'

/**
 * Payload lets every signed-in user run, queue and cancel jobs (`/api/payload-jobs/run` and the jobs
 * Local API with `overrideAccess: false`). Jobs publish scheduled articles and send mail, so only admins
 * may trigger them; the plugin's own runners and trusted server code are not affected. A host's own
 * `jobs.access` rules are kept.
 */
export function withAdminOnlyJobs(jobs: JobsConfig, usersSlug: string): JobsConfig {
  const adminOnly = ({ req }: { req: Parameters<Access>[0]['req'] }) => hasRole(req.user, usersSlug, 'admin')
  return { ...jobs, access: { run: adminOnly, queue: adminOnly, cancel: adminOnly, ...jobs.access } }
}

type LockRef = { relationTo?: unknown; value?: unknown } | null | undefined

function lockOwner(data: unknown): LockRef {
  if (!data || typeof data !== 'object') return undefined
  return (data as { user?: LockRef }).user
}

function isSelf(ref: LockRef, req: Parameters<Access>[0]['req'], usersSlug: string): boolean {
  if (!req.user || req.user.collection !== usersSlug || !ref || typeof ref !== 'object') return false
  const value = typeof ref.value === 'object' && ref.value !== null ? (ref.value as { id?: unknown }).id : ref.value
  return ref.relationTo === usersSlug && String(value) === String(req.user.id)
}

/**
 * Edit locks (`payload-locked-documents`) through the API: a user creates and updates locks only in their
 * own name and removes only their own, except admins and the editor-in-chief, who may clear anyone's.
 * Payload's admin writes locks with its database adapter directly, so the editing UI is not affected.
 *
 * Payload adds the collection while it sanitizes the config, after plugins have run, so the rules are
 * applied to the running instance from `onInit`.
 */
export function secureLockedDocuments(payload: Payload, usersSlug: string): void {
  const collection = payload.collections[LOCKED_DOCUMENTS_SLUG as never] as { config: { access: Record<string, Access>; hooks: { beforeChange: CollectionBeforeChangeHook[] } } } | undefined
  if (!collection) return
  const chiefs = (req: Parameters<Access>[0]['req']) => hasRole(req.user, usersSlug, 'admin', 'editor-in-chief')
  const signedIn: Access = ({ req }) => req.user?.collection === usersSlug
  const own: Access = ({ req }) => {
    if (!req.user || req.user.collection !== usersSlug) return false
    const where: Where = { and: [{ 'user.relationTo': { equals: usersSlug } }, { 'user.value': { equals: req.user.id } }] }
    return where
  }
  collection.config.access = {
    ...collection.config.access,
    read: signedIn,
    create: ({ req, data }) => isSelf(lockOwner(data), req, usersSlug),
    update: own,
    delete: (args) => (chiefs(args.req) ? true : own(args)),
  }
  const inOwnName: CollectionBeforeChangeHook = ({ data, req, operation, originalDoc }) => {
    if (!req.user) return data
    const owner = lockOwner(data) ?? (operation === 'update' ? lockOwner(originalDoc) : undefined)
    if (!isSelf(owner, req, usersSlug)) {
      throw new APIError(bilingualText(SECURITY_MESSAGES.lockNotOwn), 403, undefined, true)
    }
    return data
  }
  collection.config.hooks.beforeChange = [inOwnName, ...(collection.config.hooks.beforeChange ?? [])]
}
