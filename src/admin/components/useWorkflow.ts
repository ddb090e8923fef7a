'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { Bilingual } from '../../workflow/types'

/** What `GET /api/<articles>/:id/workflow` answers. */
export type WorkflowInfo = {
  state: string | null
  stateLabel: Bilingual | null
  publishAt: string | null
  embargoUntil: string | null
  timezone: string
  actions: { action: string; label: Bilingual; needs: 'comment' | 'publishAt' | null }[]
  events: {
    id: number | string
    action: string
    from: string
    to: string
    comment: string | null
    version: string | null
    at: string
    actor: { id: number | string; name: string } | null
  }[]
}

/** The admin language as `ar` or `en` (Arabic unless the user chose English). */
export function useLanguage(): 'ar' | 'en' {
  const { i18n } = useTranslation()
  return i18n.language === 'en' ? 'en' : 'ar'
}

/**
 * The workflow state, allowed actions and history of the article open in the document view, from the
 * server (which alone decides what is allowed), and a function that applies an action.
 */
export function useWorkflow() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  // Same origin as the admin: a configured serverURL may name another host than the one in the address bar.
  const base = `${config.routes.api}/${collectionSlug}/${id}/workflow`
  const [info, setInfo] = useState<WorkflowInfo | null>(null)
  const [error, setError] = useState<Bilingual | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (id === undefined || id === null) return
    const response = await fetch(base, { credentials: 'include' })
    if (response.ok) setInfo((await response.json()) as WorkflowInfo)
  }, [base, id])

  useEffect(() => {
    void load()
  }, [load])

  const run = useCallback(
    async (action: string, extra: { comment?: string; publishAt?: string } = {}) => {
      setBusy(true)
      setError(null)
      try {
        const response = await fetch(base, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ action, ...extra }),
        })
        if (response.ok) {
          // The form, the sidebar and the version list all change: reload the document view.
          window.location.reload()
          return
        }
        const body = (await response.json()) as { message?: Bilingual; errors?: { messages?: Bilingual }[] }
        const details = (body.errors ?? []).map((entry) => entry.messages).filter((entry): entry is Bilingual => Boolean(entry))
        const message = body.message ?? { ar: 'تعذّر تنفيذ الإجراء.', en: 'The action failed.' }
        setError(
          details.length > 1
            ? { ar: [message.ar, ...details.map((d) => d.ar)].join(' '), en: [message.en, ...details.map((d) => d.en)].join(' ') }
            : message,
        )
      } finally {
        setBusy(false)
      }
    },
    [base],
  )

  return { id, info, error, busy, run, reload: load }
}

/** A time in the newsroom's time zone, in the admin language. */
export function formatInZone(iso: string, timeZone: string, language: 'ar' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'ar' ? 'ar-EG' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso))
}
