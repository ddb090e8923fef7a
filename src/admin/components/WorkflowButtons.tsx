'use client'

import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import { useLanguage, useWorkflow } from './useWorkflow'

const PROMPTS = {
  comment: { ar: 'ملاحظات للكاتب', en: 'Comments for the writer' },
  publishAt: { ar: 'موعد النشر (بتوقيت غرفة الأخبار)', en: 'Publication time (newsroom time zone)' },
  confirm: { ar: 'تأكيد', en: 'Confirm' },
  cancel: { ar: 'إلغاء', en: 'Cancel' },
}

/**
 * The workflow actions the signed-in user may take on this article, as buttons in the document view
 * (in place of Payload's Publish button: publishing is a workflow action). Only the actions the server
 * allows are shown; `request-changes` asks for a comment and `schedule` for a time, read in the
 * newsroom's time zone.
 */
export function WorkflowButtons(): React.ReactNode {
  const language = useLanguage()
  const { id, info, error, busy, run } = useWorkflow()
  const [pending, setPending] = useState<{ action: string; needs: 'comment' | 'publishAt' } | null>(null)
  const [value, setValue] = useState('')

  if (id === undefined || id === null || !info) return null

  return (
    <div className="newsroom-workflow-buttons" dir={language === 'ar' ? 'rtl' : 'ltr'} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
      {pending ? (
        <>
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            <span>{PROMPTS[pending.needs][language]}</span>
            {pending.needs === 'comment' ? (
              <textarea dir="auto" rows={3} value={value} onChange={(event) => setValue(event.target.value)} />
            ) : (
              <input type="datetime-local" value={value} onChange={(event) => setValue(event.target.value)} />
            )}
            {pending.needs === 'publishAt' ? <small>{info.timezone}</small> : null}
          </label>
          <Button
            buttonStyle="primary"
            disabled={busy || value.trim() === ''}
            onClick={() => void run(pending.action, pending.needs === 'comment' ? { comment: value } : { publishAt: value })}
          >
            {PROMPTS.confirm[language]}
          </Button>
          <Button buttonStyle="secondary" disabled={busy} onClick={() => setPending(null)}>
            {PROMPTS.cancel[language]}
          </Button>
        </>
      ) : (
        info.actions.map(({ action, label, needs }) => (
          <Button
            key={action}
            buttonStyle={action === 'publish' || action === 'approve' ? 'primary' : 'secondary'}
            disabled={busy}
            onClick={() => {
              if (needs) {
                setValue('')
                setPending({ action, needs })
              } else void run(action)
            }}
          >
            {label[language]}
          </Button>
        ))
      )}
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)', margin: 0, flexBasis: '100%' }}>
          {error[language]}
        </p>
      ) : null}
    </div>
  )
}
