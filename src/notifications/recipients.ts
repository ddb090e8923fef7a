import type { Actor, Audience, NotificationLanguage, Recipient, RecipientInput } from './types'

/** A loose view of a user document. */
export type UserLike = { id?: string | number; email?: unknown; name?: unknown; [key: string]: unknown }

/** The people connected to one article, grouped by audience. */
export type AudienceMembers = Record<Audience, Recipient[]>

const EMAIL_PATTERN = /^[^\s@<>",]+@[^\s@<>",]+\.[^\s@<>",]+$/

/** `true` for a plain mailbox address (no display name, no angle brackets, no spaces). */
export function isEmailAddress(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 254 && EMAIL_PATTERN.test(value)
}

/** Lower-cases the address so that the same mailbox is recognised however it was typed. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}

/** A user document as a recipient; `null` when it has no usable address. */
export function recipientFromUser(
  user: UserLike,
  languageOf: (user: Record<string, unknown>) => NotificationLanguage,
): Recipient | null {
  if (!isEmailAddress(user.email)) return null
  const name = typeof user.name === 'string' && user.name.trim() !== '' ? user.name.trim() : null
  return { email: user.email, name, language: languageOf(user) }
}

/** An option value (`'a@b.c'` or `{ email, name, language }`) as a recipient. */
export function recipientFromInput(input: RecipientInput): Recipient {
  if (typeof input === 'string') return { email: input.trim(), name: null, language: 'ar' }
  return { email: input.email.trim(), name: input.name ?? null, language: input.language ?? 'ar' }
}

/**
 * Merges recipient lists, keeping the first occurrence of each address (compared case-insensitively)
 * and dropping entries without a valid address.
 */
export function uniqueRecipients(...lists: readonly (readonly Recipient[])[]): Recipient[] {
  const seen = new Set<string>()
  const result: Recipient[] = []
  for (const list of lists) {
    for (const recipient of list) {
      if (!isEmailAddress(recipient.email)) continue
      const key = normalizeEmail(recipient.email)
      if (seen.has(key)) continue
      seen.add(key)
      result.push(recipient)
    }
  }
  return result
}

/**
 * The recipients of one event: the members of its audiences, then its extra recipients, each address
 * once; the actor is left out unless `notifyActor` is set.
 *
 * @example
 * resolveRecipients({ audiences: ['authors'], members, extra: [], actor: null, notifyActor: false })
 */
export function resolveRecipients(args: {
  audiences: readonly Audience[]
  members: AudienceMembers
  extra: readonly Recipient[]
  actor: Actor
  notifyActor: boolean
}): Recipient[] {
  const merged = uniqueRecipients(...args.audiences.map((audience) => args.members[audience]), args.extra)
  const actorEmail = args.actor && isEmailAddress(args.actor.email) ? normalizeEmail(args.actor.email) : null
  if (args.notifyActor || actorEmail === null) return merged
  return merged.filter((recipient) => normalizeEmail(recipient.email) !== actorEmail)
}
