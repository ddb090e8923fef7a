import type { Transport, Transporter } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'

export type OutboxInfo = { envelope: unknown; messageId: string; path: string }

/**
 * A nodemailer transport that writes each message, exactly as it would go over SMTP, to an `.eml` file in
 * `directory` instead of sending it. Used in development when no SMTP server is configured; the worker
 * logs the file's path.
 */
export function createOutboxTransport(directory: string): Transporter {
  const transport: Transport<OutboxInfo> = {
    name: 'newsroom-outbox',
    version: '1.0.0',
    send(mail: MailMessage, callback: (error: Error | null, info: OutboxInfo) => void) {
      mail.message.build((buildError, raw) => {
        if (buildError) return callback(buildError, undefined as never)
        const messageId = mail.message.messageId()
        const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`
        const file = path.join(directory, name)
        mkdir(directory, { recursive: true })
          .then(() => writeFile(file, raw))
          .then(
            () => callback(null, { envelope: mail.message.getEnvelope(), messageId, path: file }),
            (error: Error) => callback(error, undefined as never),
          )
      })
    },
  }
  return nodemailer.createTransport(transport)
}
