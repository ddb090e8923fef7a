import type { Id, IdRef } from './ids'

/**
 * Newsroom staff roles, from the narrowest to the broadest.
 * A user may hold several roles; permissions are the union of what each grants.
 */
export const ROLES = ['writer', 'reviewer', 'section-editor', 'editor-in-chief', 'admin'] as const

/** One staff role. */
export type Role = (typeof ROLES)[number]

/** Type guard for role values read from the database or a request. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/**
 * A signed-in staff member (a Payload `req.user` fits as is). `sections` lists
 * the sections the user belongs to, as ids or populated documents.
 */
export interface UserActor {
  readonly id: Id
  readonly roles: readonly Role[]
  readonly sections?: readonly (IdRef | null | undefined)[] | null
}

/** The scheduler (or any other server-side job) acting on its own authority. */
export interface SystemActor {
  readonly system: true
}

/** Whoever asks for a workflow action. */
export type Actor = UserActor | SystemActor

/** `true` for the system actor. */
export function isSystemActor(actor: Actor | null | undefined): actor is SystemActor {
  return typeof actor === 'object' && actor !== null && 'system' in actor && actor.system === true
}

/** `true` for a user actor with a usable id (roles are not checked). */
export function isUserActor(actor: Actor | null | undefined): actor is UserActor {
  if (typeof actor !== 'object' || actor === null || isSystemActor(actor)) return false
  const id: unknown = (actor as { id?: unknown }).id
  return (typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id))
}

/** The known roles of a user actor (unknown role strings are ignored). */
export function rolesOf(actor: Actor | null | undefined): readonly Role[] {
  if (!isUserActor(actor) || !Array.isArray(actor.roles)) return []
  return actor.roles.filter(isRole)
}

/** `true` when the actor is a user holding at least one of `roles`. */
export function hasRole(actor: Actor | null | undefined, ...roles: readonly Role[]): boolean {
  const own = rolesOf(actor)
  return roles.some((role) => own.includes(role))
}

/** `true` when the actor is a user holding any staff role. */
export function isStaff(actor: Actor | null | undefined): actor is UserActor {
  return rolesOf(actor).length > 0
}

/**
 * What an actor may be to a particular article. Transitions name capabilities,
 * not roles, so that "reviewer of THIS section" and "author of THIS article"
 * are expressed as data.
 *
 * - `author`: a staff member listed in the article's `authors` or its `createdBy`;
 * - `section-reviewer`: a staff member listed in the section's `reviewers`, or a
 *   user with role `reviewer` whose `sections` include the article's section;
 * - `section-editor`: a user with role `section-editor` whose `sections` include
 *   the article's section, or who is listed in the section's `editors`;
 * - `editor-in-chief`, `admin`: users with that role, for every article;
 * - `system`: the system actor (the scheduler).
 */
export const CAPABILITIES = [
  'author',
  'section-reviewer',
  'section-editor',
  'editor-in-chief',
  'admin',
  'system',
] as const

/** One capability. */
export type Capability = (typeof CAPABILITIES)[number]

/**
 * Reach of a capability: `own` (articles the user authored), `section`
 * (articles of the user's sections), `any` (every article), `system`.
 */
export type CapabilityScope = 'own' | 'section' | 'any' | 'system'

/** The reach of each capability. */
export const CAPABILITY_SCOPE: Readonly<Record<Capability, CapabilityScope>> = {
  author: 'own',
  'section-reviewer': 'section',
  'section-editor': 'section',
  'editor-in-chief': 'any',
  admin: 'any',
  system: 'system',
}

/**
 * The capabilities each role can hold (subject to the scope conditions above).
 * Every staff role can be an author. Being listed in a section's `reviewers`
 * additionally grants `section-reviewer` for that section to any staff member.
 */
export const ROLE_CAPABILITIES: Readonly<Record<Role, readonly Capability[]>> = {
  writer: ['author'],
  reviewer: ['author', 'section-reviewer'],
  'section-editor': ['author', 'section-editor'],
  'editor-in-chief': ['author', 'editor-in-chief'],
  admin: ['author', 'admin'],
}
