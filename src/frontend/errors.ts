import type { Bilingual, FrontendMessageCode } from '../messages'

import { bilingualText, frontendMessage } from '../messages'

/** A refusal with a status below 500: `{ errors: [{ message, code, ar, en }] }`, never cached by shared caches. */
export class FrontendError extends Error {
  readonly status: number
  readonly code: FrontendMessageCode
  readonly bilingual: Bilingual

  constructor(status: number, code: FrontendMessageCode, params: Readonly<Record<string, string | number>> = {}) {
    const bilingual = frontendMessage(code, params)
    super(bilingualText(bilingual))
    this.status = status
    this.code = code
    this.bilingual = bilingual
  }

  toResponse(): Response {
    return Response.json(
      { errors: [{ message: this.message, code: this.code, ar: this.bilingual.ar, en: this.bilingual.en }] },
      { status: this.status, headers: { 'Cache-Control': 'no-store' } },
    )
  }
}
