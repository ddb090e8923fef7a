'use client'

import { Button } from '@payloadcms/ui'
import React, { useEffect, useId, useRef, useState } from 'react'

import { ADMIN_MESSAGES } from '../../messages'
import { useLanguage, useWorkflow } from './useWorkflow'

type Pending = { action: string; label: string; needs: 'comment' | 'publishAt' }

/**
 * The workflow actions the signed-in user may take on this article, as buttons in the document view
 * (in place of Payload's Publish button: publishing is a workflow action). Only the actions the server
 * allows are shown; `request-changes` asks for a comment and `schedule` for a time (read in the
 * newsroom's time zone) in a modal dialog. A refusal shows the server's reason and the fields concerned
 * (which the form marks); a success reloads the view, whose header then says what happened.
 *
 * Focus never falls back to the page: a refusal takes it (the button pressed is disabled while the
 * request runs, which drops its focus); a modal `<dialog>`, once closed, gives it back by itself to the
 * button that opened it.
 */
export function WorkflowButtons(): React.ReactNode {
  const language = useLanguage()
  const { id, info, error, busy, run } = useWorkflow()
  const [pending, setPending] = useState<Pending | null>(null)
  const [value, setValue] = useState('')
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const inputId = useId()

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (pending && !element.open) element.showModal()
    if (!pending && element.open) element.close()
  }, [pending])

  if (id === undefined || id === null || !info) return null
  const dir = language === 'ar' ? 'rtl' : 'ltr'

  const confirm = async () => {
    if (!pending) return
    const refusal = await run(pending.action, pending.needs === 'comment' ? { comment: value } : { publishAt: value })
    if (!refusal) setPending(null)
  }

  return (
    <div className="newsroom-workflow-buttons" dir={dir} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
      {info.actions.map(({ action, label, needs }) => (
        <Button
          key={action}
          buttonStyle={action === 'publish' || action === 'approve' ? 'primary' : 'secondary'}
          disabled={busy}
          onClick={() => {
            if (needs) {
              setValue('')
              setPending({ action, label: label[language], needs })
            } else void run(action)
          }}
        >
          {label[language]}
        </Button>
      ))}
      <dialog
        ref={dialog}
        className="newsroom-workflow-dialog"
        dir={dir}
        aria-labelledby={titleId}
        onCancel={(event) => {
          // Escape closes the dialog without acting (unless a request is on its way).
          event.preventDefault()
          if (!busy) setPending(null)
        }}
        style={{ width: 'min(34rem, 92vw)', padding: 24, border: '1px solid var(--theme-elevation-150)', borderRadius: 8, background: 'var(--theme-bg)', color: 'var(--theme-text)' }}
      >
        {pending ? (
          // Not a <form>: the dialog sits inside the document's own form, which must not be submitted.
          <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
            <h2 id={titleId} style={{ margin: 0, fontSize: '1.25rem' }}>
              {pending.label}
            </h2>
            <label htmlFor={inputId}>{ADMIN_MESSAGES[pending.needs][language]}</label>
            {pending.needs === 'comment' ? (
              <textarea
                id={inputId}
                name="comment"
                dir="auto"
                rows={6}
                autoFocus
                value={value}
                onChange={(event) => setValue(event.target.value)}
                style={{ width: '100%', font: 'inherit', padding: 8, resize: 'vertical' }}
              />
            ) : (
              <input
                id={inputId}
                name="publishAt"
                type="datetime-local"
                autoFocus
                value={value}
                onChange={(event) => setValue(event.target.value)}
                style={{ font: 'inherit', padding: 8 }}
              />
            )}
            {pending.needs === 'publishAt' ? <small>{info.timezone}</small> : null}
            {error ? <Refusal error={error} language={language} /> : null}
            <small>{ADMIN_MESSAGES.dialogHint[language]}</small>
            <div style={{ display: 'flex', gap: 8 }}>
              <Button buttonStyle="primary" disabled={busy || value.trim() === ''} onClick={() => void confirm()}>
                {ADMIN_MESSAGES.confirm[language]}
              </Button>
              <Button buttonStyle="secondary" disabled={busy} onClick={() => setPending(null)}>
                {ADMIN_MESSAGES.cancel[language]}
              </Button>
            </div>
          </div>
        ) : null}
      </dialog>
      {error && !pending ? <Refusal error={error} language={language} /> : null}
      {info.state === 'approved' || info.state === 'scheduled' || info.state === 'published' ? (
        <p className="newsroom-workflow-edit-note" style={{ margin: 0, flexBasis: '100%', color: 'var(--theme-warning-650)' }}>
          {ADMIN_MESSAGES.editResets[language]}
        </p>
      ) : null}
    </div>
  )
}

function Refusal({ error, language }: { error: NonNullable<ReturnType<typeof useWorkflow>['error']>; language: 'ar' | 'en' }) {
  const region = useRef<HTMLDivElement>(null)
  // Each new refusal takes the focus, so that the keyboard goes on from the reason given.
  useEffect(() => {
    region.current?.focus()
  }, [error])
  return (
    <div ref={region} tabIndex={-1} role="alert" className="newsroom-workflow-refusal" style={{ color: 'var(--theme-error-500)', margin: 0, flexBasis: '100%' }}>
      <p style={{ margin: 0 }}>{error.message[language]}</p>
      {error.problems.length > 0 ? (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {error.problems.map((problem, index) => (
            <li key={`${problem.path ?? ''}-${index}`} data-path={problem.path ?? undefined}>
              {problem.label ? <bdi style={{ fontWeight: 600 }}>{problem.label[language]}: </bdi> : null}
              <bdi>{problem.message[language]}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
