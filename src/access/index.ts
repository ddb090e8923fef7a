import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import type { NewsroomRole } from '../slugs'

import { ROLE_VALUES } from '../slugs'

type MaybeUser = PayloadRequest['user'] | null | undefined

const ROLE_SET: ReadonlySet<string> = new Set(ROLE_VALUES)

/** The newsroom roles a user holds; unknown values are ignored. */
export function rolesOf(user: unknown): NewsroomRole[] {
  if (!user || typeof user !== 'object') return []
  const roles = (user as { roles?: unknown }).roles
  if (!Array.isArray(roles)) return []
  return roles.filter((role): role is NewsroomRole => typeof role === 'string' && ROLE_SET.has(role))
}

/** A logged-in member of the newsroom staff: a user of the staff collection with at least one role. */
export function isStaff(user: MaybeUser, usersSlug: string): boolean {
  return Boolean(user && user.collection === usersSlug && rolesOf(user).length > 0)
}

export function hasRole(user: MaybeUser, usersSlug: string, ...roles: NewsroomRole[]): boolean {
  if (!user || user.collection !== usersSlug) return false
  const held = rolesOf(user)
  return roles.some((role) => held.includes(role))
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
