import type { EmailAdapter } from 'payload'

import type { NotificationsOptions } from 'payload-newsroom'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import path from 'node:path'
import nodemailer from 'nodemailer'

import { dataDirectory } from './environment'
import { createOutboxTransport } from './outboxTransport'

/** `EMAIL_FROM` as `Name <address>` or a bare address. */
export function parseFrom(value: string | undefined): { name: string; address: string } {
  const fallback = { name: 'غرفة الأخبار', address: 'newsroom@localhost' }
  if (!value?.trim()) return fallback
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value)
  if (match) return { name: match[1]?.trim() || fallback.name, address: (match[2] ?? '').trim() }
  return { name: fallback.name, address: value.trim() }
}

/**
 * The email adapter of the host app. `SMTP_URL` (for example `smtp://user:pass@mail.example.com:587`)
 * selects a pooled SMTP transport; without it, outside production, every message is written as an `.eml`
 * file under `.data/outbox/` so the app works offline. `EMAIL_FROM` is the sender.
 */
export function emailAdapter(env: NodeJS.ProcessEnv = process.env): Promise<EmailAdapter> | undefined {
  const from = parseFrom(env.EMAIL_FROM)
  const base = { defaultFromAddress: from.address, defaultFromName: from.name, skipVerify: true }
  if (env.SMTP_URL) {
    return nodemailerAdapter({ ...base, transport: nodemailer.createTransport({ url: env.SMTP_URL, pool: true }) })
  }
  if (env.NODE_ENV === 'production') return undefined
  return nodemailerAdapter({ ...base, transport: createOutboxTransport(path.join(dataDirectory(), 'outbox')) })
}

/**
 * Notification options of the host app from the environment: `NEWSROOM_SITE_URL` (the public site, for
 * article links: `<site>/<section slug>/<article slug>`), and one webhook endpoint from
 * `NEWSROOM_WEBHOOK_URL` and `NEWSROOM_WEBHOOK_SECRET`.
 */
export function notificationOptions(env: NodeJS.ProcessEnv = process.env): NotificationsOptions {
  const site = env.NEWSROOM_SITE_URL?.replace(/\/+$/, '')
  const webhookUrl = env.NEWSROOM_WEBHOOK_URL
  const webhookSecret = env.NEWSROOM_WEBHOOK_SECRET
  if (webhookUrl && !webhookSecret) {
    throw new Error('[payload-newsroom] NEWSROOM_WEBHOOK_URL is set but NEWSROOM_WEBHOOK_SECRET is not: set both.')
  }
  return {
    articleUrl: site
      ? (article) =>
          article.slug
            ? `${site}/${[article.sectionSlug, article.slug].filter(Boolean).map((part) => encodeURIComponent(String(part))).join('/')}`
            : null
      : undefined,
    webhooks: webhookUrl && webhookSecret ? [{ url: webhookUrl, secret: webhookSecret }] : [],
  }
}
