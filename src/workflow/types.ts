import type { DigitStyle } from './time'
import type { Id, IdRef } from './ids'
import type { WorkflowState } from './states'

import type { Bilingual } from '../messages'

export type { Bilingual } from '../messages'

/** A problem with one field, addressed by its dotted path in the document or request. */
export interface Problem {
  readonly path: string
  readonly message: Bilingual
}

/** A date as stored by Payload (ISO string) or as a `Date`. */
export type DateInput = string | Date

/** The populated featured image, or just its id. */
export type FeaturedImageRef = Id | { readonly id?: Id; readonly alt?: string | null }

/**
 * The article fields the workflow reads. Every field is optional so that a
 * partial document (e.g. `originalDoc` in a hook) can be passed as is.
 */
export interface ArticleLike {
  readonly id?: Id
  readonly workflowStatus?: WorkflowState | null
  readonly _status?: 'draft' | 'published' | null
  readonly section?: IdRef | null
  readonly authors?: readonly (IdRef | null | undefined)[] | null
  readonly createdBy?: IdRef | null
  readonly embargoUntil?: DateInput | null
  readonly publishedAt?: DateInput | null
  /** Time at which a scheduled article is due (set by the `schedule` action). */
  readonly publishAt?: DateInput | null
  readonly slug?: string | null
  /** Lexical editor state (object or its JSON string). */
  readonly body?: unknown
  readonly featuredImage?: FeaturedImageRef | null
}

/** The section fields the workflow reads. */
export interface SectionLike {
  readonly id: Id
  /** Users who review this section's articles, whatever their role. */
  readonly reviewers?: readonly (IdRef | null | undefined)[] | null
}

/** Newsroom-wide workflow settings. */
export interface WorkflowOptions {
  /**
   * When `true` (the default) every article goes through review: nobody may
   * publish or schedule an article that is not `approved`. When `false`, the
   * editor-in-chief and admins may publish or schedule straight from `draft`,
   * `in_review` or `changes_requested`.
   */
  readonly requireReview?: boolean
  /** IANA time zone used in messages. Default `'Africa/Cairo'`. */
  readonly timeZone?: string
  /** Digits of the times in messages. Default `'latin'`. */
  readonly digits?: DigitStyle
}

/** The default newsroom time zone. */
export const DEFAULT_TIME_ZONE = 'Africa/Cairo'
