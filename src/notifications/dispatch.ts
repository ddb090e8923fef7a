import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'
import type { DispatchInput } from './outbox'
import type { AudienceMembers, UserLike } from './recipients'
import type { ArticleDocument, Audience, NotificationLanguage, Recipient } from './types'
import type { WebhookPayload } from './webhooks'

import { toActor } from '../access'
import { runsInTransaction } from '../transactions'
import { idOf, includesId } from '../workflow/ids'
import { hasRole } from '../workflow/roles'
import { editsSection, reviewsSection } from '../workflow/sectionAuthority'
import { TASKS } from './context'
import { isWebhookEvent } from './events'
import { deliveryKey, messageIdFor } from './keys'
import { recipientFromUser, resolveRecipients } from './recipients'
import { renderEmail } from './templates'

type Id = string | number
type Row = Record<string, unknown>

/** One delivery the dispatcher wants to exist: its log row and the task that sends it. */
type PlannedDelivery = { key: string; task: string; data: Row }

function textIn(value: unknown, language: NotificationLanguage): string | null {
  if (typeof value === 'string') return value || null
  if (value && typeof value === 'object') {
    const byLocale = value as Record<string, unknown>
    const preferred = byLocale[language]
    if (typeof preferred === 'string' && preferred) return preferred
    const other = Object.values(byLocale).find((entry): entry is string => typeof entry === 'string' && entry !== '')
    return other ?? null
  }
  return null
}

async function findById(payload: Payload, req: PayloadRequest, collection: CollectionSlug, id: Id | null): Promise<Row | null> {
  if (id === null) return null
  const doc = await payload.findByID({
    collection,
    id,
    locale: 'all',
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return (doc as Row | null) ?? null
}

/** Loads the members of the audiences an event needs, from the article's authors and its section. */
async function loadMembers(
  payload: Payload,
  req: PayloadRequest,
  options: ResolvedNewsroomOptions,
  input: DispatchInput,
  section: Row | null,
  audiences: readonly Audience[],
): Promise<AudienceMembers> {
  const languageOf = options.notifications.languageOf
  const members: AudienceMembers = { authors: [], reviewers: [], editors: [], subscribers: [] }
  const sectionId = section ? idOf(section.id as never) : null
  const authorIds = [...input.article.authors, ...(input.article.createdBy !== null ? [input.article.createdBy] : [])]
  const listed = (field: string): Id[] =>
    Array.isArray(section?.[field]) ? (section[field] as unknown[]).map((v) => idOf(v as never)).filter((v): v is Id => v !== null) : []

  const clauses: Where[] = []
  if (audiences.includes('authors') && authorIds.length > 0) clauses.push({ id: { in: authorIds } })
  if (audiences.includes('reviewers')) {
    if (listed('reviewers').length > 0) clauses.push({ id: { in: listed('reviewers') } })
    if (sectionId !== null) clauses.push({ and: [{ roles: { in: ['reviewer'] } }, { sections: { in: [sectionId] } }] })
  }
  if (audiences.includes('editors')) {
    clauses.push({ roles: { in: ['editor-in-chief'] } })
    if (sectionId !== null) clauses.push({ and: [{ roles: { in: ['section-editor'] } }, { sections: { in: [sectionId] } }] })
  }

  if (clauses.length > 0) {
    const users = await payload.find({
      collection: options.slugs.users,
      where: { or: clauses },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const usersSlug = options.slugs.users
    const sectionRef = section && sectionId !== null ? { id: sectionId, reviewers: listed('reviewers') } : null
    for (const doc of users.docs as unknown as UserLike[]) {
      const recipient = recipientFromUser(doc, languageOf)
      if (!recipient) continue
      const actor = toActor({ ...doc, collection: usersSlug } as never, usersSlug)
      if (includesId(authorIds, doc.id ?? null)) members.authors.push(recipient)
      if (reviewsSection(actor, sectionId, sectionRef)) members.reviewers.push(recipient)
      if (hasRole(actor, 'editor-in-chief') || editsSection(actor, sectionId)) members.editors.push(recipient)
    }
  }

  if (audiences.includes('subscribers') && Array.isArray(section?.subscribers)) {
    for (const row of section.subscribers as Row[]) {
      if (typeof row.email !== 'string') continue
      members.subscribers.push({ email: row.email, name: null, language: row.language === 'en' ? 'en' : 'ar' })
    }
  }
  return members
}

function adminBase(payload: Payload, options: ResolvedNewsroomOptions): string | null {
  if (options.notifications.adminUrl) return options.notifications.adminUrl
  const server = payload.config.serverURL?.replace(/\/+$/, '')
  return server ? `${server}${payload.config.routes.admin}` : null
}

function domainOf(address: string | undefined): string {
  const domain = address?.split('@')[1]
  return domain && /^[a-z0-9.-]+$/i.test(domain) ? domain : 'newsroom.invalid'
}

/** The deliveries one event amounts to: an email per recipient and a request per webhook endpoint. */
async function planDeliveries(
  req: PayloadRequest,
  input: DispatchInput,
  options: ResolvedNewsroomOptions,
): Promise<PlannedDelivery[]> {
  const { payload } = req
  const notifications = options.notifications
  const eventOptions = notifications.events[input.event]

  const current = await findById(payload, req, input.collection as CollectionSlug, input.article.id)
  const titles: unknown = current?.title ?? input.article.title
  const section = await findById(payload, req, options.slugs.sections, input.article.section)
  const article: ArticleDocument = { ...input.article, sectionSlug: (section?.slug as string | undefined) ?? null }
  const articleLink = notifications.articleUrl(article) ?? null
  const planned: PlannedDelivery[] = []
  const keyFor = (target: Parameters<typeof deliveryKey>[0]['target']) =>
    deliveryKey({ event: input.event, collection: input.collection, articleId: input.article.id, version: input.version, target })

  if (!eventOptions.disabled) {
    const members = await loadMembers(payload, req, options, input, section, eventOptions.audiences)
    let recipients: Recipient[] = resolveRecipients({
      audiences: eventOptions.audiences,
      members,
      extra: eventOptions.recipients,
      actor: input.actor,
      notifyActor: notifications.notifyActor,
    })
    if (eventOptions.resolveRecipients) {
      recipients = await eventOptions.resolveRecipients({
        event: input.event,
        article,
        section,
        defaultRecipients: recipients,
        actor: input.actor,
        req,
      })
    }
    const admin = adminBase(payload, options)
    const adminLink = admin ? `${admin}/collections/${input.collection}/${input.article.id}` : null
    const fromDomain = domainOf(notifications.from?.address ?? payload.email?.defaultFromAddress)
    for (const recipient of recipients) {
      const key = keyFor({ channel: 'email', email: recipient.email })
      const email = renderEmail({
        event: input.event,
        language: recipient.language,
        title: textIn(titles, recipient.language) ?? '',
        sectionName: textIn(section?.name, recipient.language),
        actorName: input.actor?.name ?? null,
        recipientName: recipient.name ?? null,
        comment: input.comment,
        adminLink,
        articleLink,
      })
      planned.push({
        key,
        task: TASKS.email,
        data: {
          key,
          channel: 'email',
          event: input.event,
          status: 'pending',
          article: input.article.id,
          recipient: recipient.email,
          recipientName: recipient.name ?? null,
          language: recipient.language,
          subject: email.subject,
          attempts: 0,
          message: { ...email, messageId: messageIdFor(key, fromDomain) },
        },
      })
    }
  }

  if (isWebhookEvent(input.event)) {
    const body: WebhookPayload = {
      event: input.event,
      articleId: input.article.id,
      slug: input.article.slug,
      sectionSlug: article.sectionSlug as string | null,
      status: input.article._status ?? 'draft',
      url: articleLink,
      time: input.time,
    }
    for (const endpoint of notifications.webhooks) {
      if (!endpoint.events.includes(input.event)) continue
      const key = keyFor({ channel: 'webhook', url: endpoint.url })
      planned.push({
        key,
        task: TASKS.webhook,
        data: {
          key,
          channel: 'webhook',
          event: input.event,
          status: 'pending',
          article: input.article.id,
          recipient: endpoint.url,
          subject: `${input.event} ${input.article.slug ?? input.article.id}`,
          attempts: 0,
          message: { body: JSON.stringify(body) },
        },
      })
    }
  }
  return planned
}

/**
 * Turns one queued event into deliveries. For each recipient or endpoint, the log row (under its unique
 * idempotency key) and its delivery job are written in one transaction; a key that already exists is
 * skipped, so running the dispatch again — a retry, or the same event queued twice — adds nothing.
 */
export async function dispatchNotification(
  req: PayloadRequest,
  input: DispatchInput,
  options: ResolvedNewsroomOptions,
): Promise<{ planned: number; created: number }> {
  const { payload } = req
  const slug = options.notifications.deliveriesSlug
  const planned = await planDeliveries(req, input, options)
  if (planned.length === 0) return { planned: 0, created: 0 }

  const existing = await payload.find({
    collection: slug,
    where: { key: { in: planned.map((delivery) => delivery.key) } },
    select: { key: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const known = new Set(existing.docs.map((doc) => String((doc as Row).key)))

  let created = 0
  for (const delivery of planned) {
    if (known.has(delivery.key)) continue
    const txReq = await createLocalReq({ context: req.context }, payload)
    await initTransaction(txReq)
    const transactional = await runsInTransaction(txReq)
    let rowId: Id | undefined
    try {
      const row = await payload.create({ collection: slug, data: delivery.data, depth: 0, overrideAccess: true, req: txReq })
      rowId = row.id
      await payload.jobs.queue({
        task: delivery.task as never,
        input: { deliveryId: row.id } as never,
        queue: options.notifications.queue,
        req: txReq,
      })
      await commitTransaction(txReq)
      known.add(delivery.key)
      created++
    } catch (error) {
      await killTransaction(txReq)
      // Without a transaction (MongoDB without a replica set) the row is already written: remove it, or
      // its key would keep the retried dispatch from ever queueing the delivery.
      if (rowId !== undefined && !transactional) {
        await payload.db.deleteOne({ collection: slug, where: { id: { equals: rowId } }, req })
      }
      // Another worker may have written the same key between the lookup and the insert: then it is done.
      const again = await payload.count({ collection: slug, where: { key: { equals: delivery.key } }, overrideAccess: true, req })
      if (again.totalDocs === 0) throw error
    }
  }
  return { planned: planned.length, created }
}
