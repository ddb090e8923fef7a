import { describe, expect, test } from 'vitest'

import { computeWebhookSignature, signWebhook, verifyWebhookSignature } from '../../../src/exports/webhooks'

const SECRET = 'whsec-0123456789abcdef'
const BODY = '{"event":"published","articleId":7}'
const TS = 1_700_000_000
const NOW = TS * 1000
// openssl: printf '%s' '1700000000.<body>' | openssl dgst -sha256 -hmac 'whsec-0123456789abcdef'
const KNOWN = '9bcb5f37af04282e4c25cdb77b7541cd1edbd3abdfcee34d0f7db7601981ed0c'

describe('webhook signatures', () => {
  test('the signature is the HMAC-SHA256 of "timestamp.body" (independent vector)', () => {
    expect(computeWebhookSignature(SECRET, TS, BODY)).toBe(KNOWN)
    expect(signWebhook(SECRET, BODY, TS)).toEqual({
      'X-Newsroom-Timestamp': String(TS),
      'X-Newsroom-Signature': `sha256=${KNOWN}`,
    })
  })

  test.each([
    ['a valid signature', String(TS), BODY, `sha256=${KNOWN}`, {}, { ok: true }],
    ['upper-case hex', String(TS), BODY, `sha256=${KNOWN.toUpperCase()}`, {}, { ok: true }],
    ['a changed body', String(TS), `${BODY} `, `sha256=${KNOWN}`, {}, { ok: false, reason: 'mismatch' }],
    ['a changed timestamp', String(TS + 1), BODY, `sha256=${KNOWN}`, {}, { ok: false, reason: 'mismatch' }],
    ['a missing signature', String(TS), BODY, undefined, {}, { ok: false, reason: 'missing-header' }],
    ['a missing timestamp', null, BODY, `sha256=${KNOWN}`, {}, { ok: false, reason: 'missing-header' }],
    ['a timestamp that is not a number', '17e8', BODY, `sha256=${KNOWN}`, {}, { ok: false, reason: 'malformed-timestamp' }],
    ['another algorithm', String(TS), BODY, `sha1=${KNOWN}`, {}, { ok: false, reason: 'malformed-signature' }],
    ['a truncated signature', String(TS), BODY, `sha256=${KNOWN.slice(2)}`, {}, { ok: false, reason: 'malformed-signature' }],
    ['a replay after the window', String(TS), BODY, `sha256=${KNOWN}`, { now: NOW + 301_000 }, { ok: false, reason: 'expired' }],
    ['a timestamp from the future', String(TS), BODY, `sha256=${KNOWN}`, { now: NOW - 301_000 }, { ok: false, reason: 'expired' }],
    ['a wider window', String(TS), BODY, `sha256=${KNOWN}`, { now: NOW + 3_000_000, toleranceSeconds: 3600 }, { ok: true }],
  ] as const)('%s', (_title, timestamp, body, header, options, expected) => {
    expect(verifyWebhookSignature(SECRET, timestamp, body, header, { now: NOW, ...options })).toEqual(expected)
  })

  test('another secret does not verify', () => {
    expect(verifyWebhookSignature('other-secret-0123456789', String(TS), BODY, `sha256=${KNOWN}`, { now: NOW })).toEqual({
      ok: false,
      reason: 'mismatch',
    })
  })
})
