import type { ParsedMail } from 'mailparser'
import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { parsed: ParsedMail; raw: Buffer; recipients: string[] }

export type TestSmtp = {
  host: string
  port: number
  received: ReceivedMail[]
  /** Stops listening: new connections are refused and open ones are closed. */
  stop: () => Promise<void>
  /** Listens again on the same port. */
  start: () => Promise<void>
  /** Holds every message's DATA answer until the returned function is called. */
  stall: () => () => void
  /** Messages whose DATA was received but not yet answered (stalled). */
  pending: () => number
  /** Resolves when `count` messages have been received. */
  waitFor: (count: number, timeoutMs?: number) => Promise<void>
}

/** A real SMTP server on a loopback port (no TLS, no auth) that parses what it receives with mailparser. */
export async function startSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = []
  let gate: Promise<void> | null = null
  let pending = 0
  let server: SMTPServer | null = null
  let port = 0
  const host = '127.0.0.1'

  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 50,
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const raw = Buffer.concat(chunks)
          const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address)
          pending++
          void (async () => {
            if (gate) await gate
            const parsed = await simpleParser(raw)
            pending--
            received.push({ parsed, raw, recipients })
            callback()
          })().catch((error: Error) => {
            pending--
            callback(error)
          })
        })
      },
    })

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = create()
      server.on('error', () => {})
      const onError = (error: Error) => reject(error)
      server.server.once('error', onError)
      server.listen(port, host, () => {
        server?.server.off('error', onError)
        port = (server?.server.address() as AddressInfo).port
        resolve()
      })
    })

  await listen()

  return {
    host,
    get port() {
      return port
    },
    received,
    stop: () =>
      new Promise<void>((resolve) => {
        const current = server
        server = null
        if (!current) return resolve()
        current.close(() => resolve())
      }),
    start: listen,
    stall: () => {
      let release = () => {}
      gate = new Promise<void>((resolve) => {
        release = () => {
          gate = null
          resolve()
        }
      })
      return release
    },
    pending: () => pending,
    waitFor: async (count, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`Expected ${count} messages, received ${received.length}`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    },
  }
}
