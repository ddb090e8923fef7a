/**
 * Signed, expiring preview tokens: `<payload>.<signature>`, both base64url, the signature an HMAC-SHA256
 * of the payload under a key derived from the Payload secret. Pure (node:crypto only).
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

export type PreviewClaims = {
  /** The article's id. */
  id: number | string
  /** Expiry, in seconds since the epoch. */
  exp: number
  /** The locale to read. */
  locale?: string
}

const keyOf = (secret: string) => createHmac('sha256', secret).update('payload-newsroom:preview').digest()

const sign = (secret: string, body: string) => createHmac('sha256', keyOf(secret)).update(body).digest('base64url')

/** A token for `claims`; anyone holding it may read that article's draft until it expires. */
export function signPreviewToken(secret: string, claims: PreviewClaims): string {
  const body = Buffer.from(JSON.stringify({ id: claims.id, exp: claims.exp, ...(claims.locale ? { locale: claims.locale } : {}) })).toString('base64url')
  return `${body}.${sign(secret, body)}`
}

/** The claims of a valid, unexpired token, or `null` (bad shape, bad signature, expired). */
export function verifyPreviewToken(secret: string, token: string, now: Date = new Date()): PreviewClaims | null {
  const [body, signature, ...rest] = token.split('.')
  if (!body || !signature || rest.length > 0) return null
  const expected = Buffer.from(sign(secret, body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<PreviewClaims>
    const idOk = typeof claims.id === 'number' || (typeof claims.id === 'string' && claims.id !== '')
    if (!idOk || typeof claims.exp !== 'number') return null
    if (claims.exp * 1000 <= now.getTime()) return null
    return { id: claims.id as PreviewClaims['id'], exp: claims.exp, ...(typeof claims.locale === 'string' ? { locale: claims.locale } : {}) }
  } catch {
    return null
  }
}
