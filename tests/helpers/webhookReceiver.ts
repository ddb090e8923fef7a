import type { AddressInfo } from 'node:net'

import { createServer } from 'node:http'

export type ReceivedRequest = {
  method: string
  path: string
  headers: Record<string, string | string[] | undefined>
  body: string
  /** The status this request was answered with. */
  status: number
}

export type WebhookReceiver = {
  url: string
  requests: ReceivedRequest[]
  /** Statuses for the next requests, in order; once used up, requests are answered 200. */
  respondWith: (...statuses: number[]) => void
  close: () => Promise<void>
}

/** A real HTTP server on a loopback port that records every request and answers the statuses it is told. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const requests: ReceivedRequest[] = []
  const queue: number[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const status = queue.shift() ?? 200
      requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        status,
      })
      res.writeHead(status, { 'content-type': 'text/plain' })
      res.end(status >= 400 ? 'receiver error' : 'ok')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/revalidate`,
    requests,
    respondWith: (...statuses) => queue.push(...statuses),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
