/**
 * Query parameters of the frontend API, checked: a bad value is a 400 with a bilingual message, never a
 * silent default or a database error. Pure.
 */
import type { ResolvedFrontendOptions } from './options'

import { searchKey } from '../text/search'
import { FrontendError } from './errors'

/** The longest search text accepted, in characters, and the most words used from it. */
export const MAX_QUERY_LENGTH = 200
export const MAX_QUERY_TERMS = 8

function wholeNumber(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name)
  if (raw === null || raw.trim() === '') return fallback
  if (!/^\d{1,9}$/.test(raw.trim())) throw new FrontendError(400, 'invalid-integer', { name })
  const value = Number(raw.trim())
  if (value < 1) throw new FrontendError(400, 'invalid-integer', { name })
  return value
}

export type Paging = { page: number; limit: number }

/** `page` (from 1) and `limit` (1 … maxLimit, default defaultLimit). */
export function parsePaging(params: URLSearchParams, frontend: ResolvedFrontendOptions): Paging {
  const page = wholeNumber(params, 'page', 1)
  const limit = wholeNumber(params, 'limit', frontend.defaultLimit)
  if (limit > frontend.maxLimit) throw new FrontendError(400, 'limit-too-large', { max: frontend.maxLimit })
  return { page, limit }
}

/**
 * The words of a search, folded as the stored search key is (hamza seats, taa marbuta, alef maqsura,
 * harakat, tatweel, digits), with SQL wildcards removed.
 */
export function parseSearchTerms(params: URLSearchParams): string[] {
  const q = params.get('q') ?? ''
  if (q.length > MAX_QUERY_LENGTH) throw new FrontendError(400, 'query-too-long', { max: MAX_QUERY_LENGTH })
  const terms = searchKey(q)
    .replace(/[%_\\]/g, ' ')
    .split(' ')
    .filter(Boolean)
  if (terms.length === 0) throw new FrontendError(400, 'query-missing')
  return [...new Set(terms)].slice(0, MAX_QUERY_TERMS)
}

/** `format`: `json` (default) or `ninjs`. */
export function parseFormat(params: URLSearchParams): 'json' | 'ninjs' {
  const format = params.get('format') ?? 'json'
  if (format !== 'json' && format !== 'ninjs') throw new FrontendError(400, 'unknown-format')
  return format
}
