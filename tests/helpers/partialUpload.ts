import { request as httpRequest } from 'node:http'

export type PartialUploadAnswer = { status: number; body: string; sent: number }

/**
 * Starts a multipart upload of a file to `url` that declares `declared` bytes in its Content-Length, sends
 * only the start of the body (the part's headers and 64 KB) and holds back the rest. Resolves with the
 * answer and the bytes sent by then; rejects when no answer comes within `timeout` ms, since a server that
 * waits for the rest of the body never answers.
 */
export function sendStartOfUpload(url: string, declared: number, authorization: string, timeout: number): Promise<PartialUploadAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, {
      method: 'POST',
      headers: { authorization, 'content-type': 'multipart/form-data; boundary=newsroom', 'content-length': String(declared) },
    })
    const timer = setTimeout(() => {
      request.destroy()
      reject(new Error(`no answer within ${timeout} ms while the rest of the body was held back`))
    }, timeout)
    let sent = 0
    request.on('response', (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => {
        clearTimeout(timer)
        request.destroy()
        resolve({ status: response.statusCode ?? 0, body, sent })
      })
    })
    request.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    const head = Buffer.from('--newsroom\r\ncontent-disposition: form-data; name="file"; filename="huge.jpg"\r\ncontent-type: image/jpeg\r\n\r\n')
    for (const part of [head, Buffer.alloc(64 * 1024)]) {
      request.write(part)
      sent += part.length
    }
  })
}
