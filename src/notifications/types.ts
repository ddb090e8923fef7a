import type { CollectionSlug, PayloadRequest } from 'payload'

/** What happened to an article. `updated` means: a published article was saved again and is still live. */
export type NotificationEvent = 'submitted' | 'changes-requested' | 'approved' | 'published' | 'unpublished' | 'updated'

/** Events that are sent to webhook endpoints (frontend cache revalidation). */
export type WebhookEvent = 'published' | 'unpublished' | 'updated'

/** The languages notification templates exist in. */
export type NotificationLanguage = 'ar' | 'en'

/** Groups of people an event can be addressed to. */
export type Audience = 'authors' | 'reviewers' | 'editors' | 'subscribers'

/** One person (or mailbox) to notify. */
export type Recipient = {
  email: string
  name?: string | null
  language: NotificationLanguage
}

/** A recipient as written in the options: an address, or an address with a name and language. */
export type RecipientInput = string | { email: string; name?: string; language?: NotificationLanguage }

/** A loose view of an article document, as hooks and endpoints hold it. */
export type ArticleDocument = {
  id: string | number
  title?: unknown
  slug?: string | null
  section?: unknown
  authors?: unknown
  createdBy?: unknown
  _status?: string | null
  workflowStatus?: string | null
  updatedAt?: string | null
  [key: string]: unknown
}

/** A person who acted on the article (the one who submitted, approved, published…). */
export type Actor = { id?: string | number | null; email?: string | null; name?: string | null } | null

/** What a custom recipient resolver receives. */
export type ResolveRecipientsArgs = {
  event: NotificationEvent
  article: ArticleDocument
  /** The article's section (depth 0), when it has one. */
  section: Record<string, unknown> | null
  /** The recipients the plugin would notify on its own. */
  defaultRecipients: Recipient[]
  actor: Actor
  req: PayloadRequest
}

/** Settings of one event. */
export type EventOptions = {
  /**
   * Switches email for this event off (webhooks are configured per endpoint).
   * @default false
   */
  disabled?: boolean
  /**
   * Who is notified, before extra recipients and the custom resolver.
   * @default submitted: ['reviewers']; changes-requested, approved: ['authors'];
   * published: ['authors', 'reviewers', 'subscribers']; unpublished: ['authors', 'editors']; updated: []
   */
  audiences?: Audience[]
  /**
   * Addresses always notified of this event.
   * @default []
   */
  recipients?: RecipientInput[]
  /**
   * Returns the final list of recipients; receives the plugin's own list as `defaultRecipients`.
   * @default undefined (the plugin's list is used)
   */
  resolveRecipients?: (args: ResolveRecipientsArgs) => Recipient[] | Promise<Recipient[]>
}

/** One webhook endpoint. */
export type WebhookEndpoint = {
  /** Receives a POST with a JSON body. */
  url: string
  /** Shared secret for the `X-Newsroom-Signature` HMAC. At least 16 characters. */
  secret: string
  /**
   * Events sent to this endpoint.
   * @default ['published', 'unpublished', 'updated']
   */
  events?: WebhookEvent[]
}

/** The `notifications` options group of `newsroomPlugin`. */
export type NotificationsOptions = {
  /**
   * Keeps the delivery log collection and the job tasks but queues nothing.
   * @default false
   */
  disabled?: boolean
  /** Per-event settings. */
  events?: Partial<Record<NotificationEvent, EventOptions>>
  /**
   * Endpoints notified on publish, unpublish and update of a published article.
   * @default []
   */
  webhooks?: WebhookEndpoint[]
  /**
   * The article's public address, used in emails and in the webhook body. Return `null` when it has none.
   * @default () => null
   */
  articleUrl?: (article: ArticleDocument) => string | null | undefined
  /**
   * Base address of the admin panel, for links to the article's edit view.
   * @default the config's `serverURL` followed by its admin route
   */
  adminUrl?: string
  /**
   * Sender of notification emails. A string is an address; the display name then comes from the email adapter.
   * @default the email adapter's default sender
   */
  from?: string | { address: string; name?: string }
  /**
   * Delivery attempts per message, the first one included.
   * @default 5
   */
  attempts?: number
  /**
   * Wait before the second attempt, in milliseconds; each following wait doubles.
   * @default 30000
   */
  backoffDelayMs?: number
  /**
   * Time allowed for a webhook endpoint to answer, in milliseconds.
   * @default 10000
   */
  webhookTimeoutMs?: number
  /**
   * The jobs queue the delivery jobs are placed in. Run it with `jobs.autoRun` or `payload.jobs.run({ queue })`.
   * @default 'newsroom-notifications'
   */
  queue?: string
  /**
   * Also notify the person who acted (for example the editor who published).
   * @default false
   */
  notifyActor?: boolean
  /**
   * The template language for a user document.
   * @default (user) => (user.language === 'en' ? 'en' : 'ar')
   */
  languageOf?: (user: Record<string, unknown>) => NotificationLanguage
}

/** Notification options after defaults are applied. */
export type ResolvedNotificationsOptions = {
  disabled: boolean
  events: Record<NotificationEvent, Required<Pick<EventOptions, 'disabled' | 'audiences'>> & {
    recipients: Recipient[]
    resolveRecipients?: EventOptions['resolveRecipients']
  }>
  webhooks: Required<WebhookEndpoint>[]
  articleUrl: (article: ArticleDocument) => string | null | undefined
  adminUrl: string | null
  from: { address: string; name?: string } | null
  attempts: number
  backoffDelayMs: number
  webhookTimeoutMs: number
  queue: string
  notifyActor: boolean
  languageOf: (user: Record<string, unknown>) => NotificationLanguage
  /** Slug of the delivery log collection. */
  deliveriesSlug: CollectionSlug
  /** Slug of the collection of claims on delivery attempts. */
  claimsSlug: CollectionSlug
}
