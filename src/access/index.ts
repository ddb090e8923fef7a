import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import type { Role, UserActor } from '../workflow/roles'

import { hasRole as actorHasRole, isRole, isStaff as actorIsStaff } from '../workflow/roles'

type MaybeUser = PayloadRequest['user'] | null | undefined

/**
 * The workflow's view of a Payload user: a `UserActor` when the user belongs to the staff collection,
 * otherwise `null`. Unknown role strings are dropped; `sections` is passed as stored (ids or documents).
 */
export function toActor(user: MaybeUser, usersSlug: string): UserActor | null {
  if (!user || user.collection !== usersSlug) return null
  const roles: unknown = (user as { roles?: unknown }).roles
  const sections: unknown = (user as { sections?: unknown }).sections
  return {
    id: user.id,
    roles: Array.isArray(roles) ? roles.filter(isRole) : [],
    sections: Array.isArray(sections) ? (sections as UserActor['sections']) : [],
  }
}

/** The newsroom roles a user holds; unknown values are ignored. */
export function rolesOf(user: unknown): Role[] {
  if (!user || typeof user !== 'object') return []
  const roles: unknown = (user as { roles?: unknown }).roles
  return Array.isArray(roles) ? roles.filter(isRole) : []
}

/** A logged-in member of the newsroom staff: a user of the staff collection with at least one role. */
export function isStaff(user: MaybeUser, usersSlug: string): boolean {
  return actorIsStaff(toActor(user, usersSlug))
}

/** `true` when the user belongs to the staff collection and holds at least one of `roles`. */
export function hasRole(user: MaybeUser, usersSlug: string, ...roles: Role[]): boolean {
  return actorHasRole(toActor(user, usersSlug), ...roles)
}

/** Staff only. */
export const staffOnly =
  (usersSlug: string): Access =>
  ({ req }) =>
    isStaff(req.user, usersSlug)

/** Anyone may read; used for reference data such as sections, sources and media. */
export const anyone: Access = () => true

const PUBLISHED_ONLY: Where = { _status: { equals: 'published' } }

/**
 * Staff read everything; everyone else reads published documents only. On a drafts-enabled collection a
 * plain `() => true` would hand drafts to anonymous readers (`?draft=true`), so the constraint is explicit.
 */
export const publishedOrStaff =
  (usersSlug: string): Access =>
  ({ req }) =>
    isStaff(req.user, usersSlug) ? true : PUBLISHED_ONLY

/** Admins only: used for fields that grant authority, such as roles. */
export const adminOnlyField =
  (usersSlug: string): FieldAccess =>
  ({ req }) =>
    hasRole(req.user, usersSlug, 'admin')

/** A field of a user record readable by its owner and admins only (an email address). */
export const adminOrSelfField =
  (usersSlug: string): FieldAccess =>
  ({ req, id, doc }) => {
    if (hasRole(req.user, usersSlug, 'admin')) return true
    if (!req.user || req.user.collection !== usersSlug) return false
    const owner = (doc as { id?: unknown } | undefined)?.id ?? id
    return owner !== undefined && String(owner) === String(req.user.id)
  }

/** Admins manage any user; everyone else may read and update only themselves. */
export const adminOrSelf =
  (usersSlug: string): Access =>
  ({ req }) => {
    if (hasRole(req.user, usersSlug, 'admin')) return true
    if (!req.user || req.user.collection !== usersSlug) return false
    return { id: { equals: req.user.id } }
  }

/** Staff may see their colleagues (for author and reviewer pickers); only admins see nothing hidden. */
export const staffOrSelf =
  (usersSlug: string): Access =>
  ({ req }) => {
    if (isStaff(req.user, usersSlug)) return true
    if (!req.user || req.user.collection !== usersSlug) return false
    return { id: { equals: req.user.id } }
  }

export const adminOnly =
  (usersSlug: string): Access =>
  ({ req }) =>
    hasRole(req.user, usersSlug, 'admin')

/** Access for the plugin's internal collections: no door at all; only the plugin (overrideAccess) reads and writes them. */
export const NO_DOOR = {
  read: () => false,
  create: () => false,
  update: () => false,
  delete: () => false,
} as const
