'use client'

import { useConfig, useDocumentInfo, useForm, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { DigitStyle } from '../../workflow/time'
import type { Bilingual } from '../../workflow/types'

import { ADMIN_MESSAGES } from '../../messages'

/** What `GET /api/<articles>/:id/workflow` answers. */
export type WorkflowInfo = {
  state: string | null
  stateLabel: Bilingual | null
  publishAt: string | null
  embargoUntil: string | null
  timezone: string
  digits: DigitStyle
  actions: { action: string; label: Bilingual; needs: 'comment' | 'publishAt' | null }[]
  /** Newest first: workflow transitions and, with `kind: 'share'`, share links made, opened and revoked. */
  events: {
    kind: 'transition' | 'share'
    id: number | string
    action: string
    actionLabel: Bilingual | null
    from: string | null
    to: string | null
    comment: string | null
    version: string | null
    at: string
    actor: { id: number | string; name: string } | null
  }[]
}

/** A refusal as the admin shows it: the server's reason, and each field concerned with its own reason. */
export type WorkflowRefusal = {
  message: Bilingual
  problems: { path: string | null; label: Bilingual | null; message: Bilingual }[]
}

/** The answer of `POST /api/<articles>/:id/workflow` (or Payload's error shape when something threw). */
type ActionAnswer = {
  message?: unknown
  errors?: { path?: unknown; message?: unknown; messages?: unknown; data?: { errors?: { path?: unknown; message?: unknown }[] } }[]
}

/** The admin language as `ar` or `en` (Arabic unless the user chose English). */
export function useLanguage(): 'ar' | 'en' {
  const { i18n } = useTranslation()
  return i18n.language === 'en' ? 'en' : 'ar'
}

function isBilingual(value: unknown): value is Bilingual {
  return typeof value === 'object' && value !== null && typeof (value as Bilingual).ar === 'string' && typeof (value as Bilingual).en === 'string'
}

/** `"<Arabic> — <English>"` (how Payload carries our validation messages) back to its two halves. */
function split(value: unknown): Bilingual | null {
  if (isBilingual(value)) return value
  if (typeof value !== 'string' || value === '') return null
  const at = value.indexOf(' — ')
  return at < 0 ? { ar: value, en: value } : { ar: value.slice(0, at), en: value.slice(at + 3) }
}

/** The refusal in `body`, whatever shape the server gave it. */
export function readRefusal(body: ActionAnswer | null, status: number): WorkflowRefusal {
  const problems: WorkflowRefusal['problems'] = []
  for (const entry of body?.errors ?? []) {
    // A field validation error thrown by Payload lists its fields under `data.errors`.
    for (const inner of entry.data?.errors ?? []) {
      const message = split(inner.message)
      if (message) problems.push({ path: typeof inner.path === 'string' ? inner.path : null, label: null, message })
    }
    if (entry.data?.errors?.length) continue
    const message = split(entry.messages) ?? split(entry.message)
    if (message) problems.push({ path: typeof entry.path === 'string' ? entry.path : null, label: null, message })
  }
  const message = split(body?.message) ?? problems[0]?.message ?? ADMIN_MESSAGES.actionFailed(status)
  const withLabels = problems
    .filter((problem) => problem.message.ar !== message.ar || problem.path !== null)
    .map((problem) => ({ ...problem, label: problem.path ? (ADMIN_MESSAGES.fieldLabels[problem.path] ?? null) : null }))
  return { message, problems: withLabels }
}

const flashKey = (id: number | string) => `newsroom-workflow-done:${String(id)}`

/**
 * The workflow state, allowed actions and history of the article open in the document view, from the
 * server (which alone decides what is allowed), and a function that applies an action. A refusal names
 * and marks the fields concerned; a success reloads the view and then says what happened.
 */
export function useWorkflow() {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const { dispatchFields, setSubmitted } = useForm()
  const language = useLanguage()
  // Same origin as the admin: a configured serverURL may name another host than the one in the address bar.
  const base = `${config.routes.api}/${collectionSlug}/${id}/workflow`
  const [info, setInfo] = useState<WorkflowInfo | null>(null)
  const [error, setError] = useState<WorkflowRefusal | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (id === undefined || id === null) return
    const response = await fetch(base, { credentials: 'include' })
    if (response.ok) setInfo((await response.json()) as WorkflowInfo)
  }, [base, id])

  // Asked again after every save (autosave too): a content edit of an approved, scheduled or published
  // article sends it back to draft, and the buttons must not keep offering Publish.
  const savedAt: unknown = savedDocumentData?.updatedAt
  useEffect(() => {
    void load()
  }, [load, savedAt])

  const run = useCallback(
    async (action: string, extra: { comment?: string; publishAt?: string } = {}): Promise<WorkflowRefusal | null> => {
      setBusy(true)
      setError(null)
      try {
        const response = await fetch(base, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ action, ...extra }),
        })
        const body = (await response.json().catch(() => null)) as ActionAnswer | null
        if (response.ok) {
          const message = split(body?.message)
          if (message && id !== undefined && id !== null) window.sessionStorage.setItem(flashKey(id), JSON.stringify(message))
          // The form, the sidebar and the version list all change: reload the document view.
          window.location.reload()
          return null
        }
        const refusal = readRefusal(body, response.status)
        const marked = refusal.problems.filter((problem) => problem.path && !['comment', 'publishAt', 'action'].includes(problem.path))
        if (marked.length > 0) {
          setSubmitted(true)
          for (const problem of marked) {
            dispatchFields({ type: 'UPDATE', path: problem.path as string, valid: false, errorMessage: problem.message[language] })
          }
        }
        setError(refusal)
        return refusal
      } catch {
        const refusal = { message: ADMIN_MESSAGES.actionFailed(0), problems: [] }
        setError(refusal)
        return refusal
      } finally {
        setBusy(false)
      }
    },
    [base, dispatchFields, id, language, setSubmitted],
  )

  return { id, info, error, busy, run, reload: load }
}

/**
 * The message of the workflow action that reloaded this view («تم: … الحالة الآن …»), once. Read by one
 * component only (the header's state, shown whatever the user may do next).
 */
export function useWorkflowDone(): Bilingual | null {
  const { id } = useDocumentInfo()
  const [done, setDone] = useState<Bilingual | null>(null)
  useEffect(() => {
    if (id === undefined || id === null) return
    const stored = window.sessionStorage.getItem(flashKey(id))
    if (!stored) return
    window.sessionStorage.removeItem(flashKey(id))
    try {
      const message: unknown = JSON.parse(stored)
      if (isBilingual(message)) setDone(message)
    } catch {
      // not ours
    }
  }, [id])
  return done
}

