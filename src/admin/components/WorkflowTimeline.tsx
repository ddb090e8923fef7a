'use client'

import React from 'react'

import type { HistoryAction } from '../../workflow'

import { HISTORY_ACTION_LABELS, HISTORY_ACTIONS, STATE_LABELS, isWorkflowState } from '../../workflow'

import type { WorkflowInfo } from './useWorkflow'

import { formatStaffTime } from '../../workflow/time'
import { useLanguage, useWorkflow } from './useWorkflow'

const isHistoryAction = (value: string): value is HistoryAction => (HISTORY_ACTIONS as readonly string[]).includes(value)

const TEXT = {
  title: { ar: 'سير العمل', en: 'Workflow' },
  state: { ar: 'الحالة', en: 'State' },
  scheduled: { ar: 'موعد النشر', en: 'Scheduled for' },
  embargo: { ar: 'محظور حتى', en: 'Embargoed until' },
  history: { ar: 'السجل', en: 'History' },
  empty: { ar: 'لا أحداث بعد.', en: 'No events yet.' },
  system: { ar: 'النظام (النشر المجدول)', en: 'System (scheduled publishing)' },
  reader: { ar: 'حامل الرابط', en: 'Link holder' },
}

function actionLabel(event: WorkflowInfo['events'][number], language: 'ar' | 'en'): string {
  if (event.actionLabel) return event.actionLabel[language]
  return isHistoryAction(event.action) ? HISTORY_ACTION_LABELS[event.action][language] : event.action
}

function stateLabel(state: string, language: 'ar' | 'en'): string {
  return isWorkflowState(state) ? STATE_LABELS[state][language] : state
}

/**
 * The article's workflow in the document sidebar: its state, scheduled time and embargo (in the
 * newsroom's time zone), and its history as a timeline, newest first: its workflow transitions and the
 * making, every use and the revocation of its share links.
 */
export function WorkflowTimeline(): React.ReactNode {
  const language = useLanguage()
  const { id, info } = useWorkflow()
  if (id === undefined || id === null || !info) return null
  const zone = info.timezone
  const style = { timeZone: zone, digits: info.digits }

  return (
    <section className="newsroom-workflow-timeline" dir={language === 'ar' ? 'rtl' : 'ltr'} style={{ marginBottom: 24 }}>
      <h4 style={{ margin: '0 0 8px' }}>{TEXT.title[language]}</h4>
      <p style={{ margin: 0 }}>
        {TEXT.state[language]}: <strong>{info.state ? stateLabel(info.state, language) : '—'}</strong>
      </p>
      {info.publishAt ? (
        <p style={{ margin: 0 }}>
          {TEXT.scheduled[language]}: {formatStaffTime(info.publishAt, language, style)} ({zone})
        </p>
      ) : null}
      {info.embargoUntil ? (
        <p style={{ margin: 0 }}>
          {TEXT.embargo[language]}: {formatStaffTime(info.embargoUntil, language, style)} ({zone})
        </p>
      ) : null}
      <h5 style={{ margin: '12px 0 4px' }}>{TEXT.history[language]}</h5>
      {info.events.length === 0 ? <p style={{ margin: 0 }}>{TEXT.empty[language]}</p> : null}
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {info.events.map((event) => (
          <li
            key={event.id}
            className={`newsroom-history-entry newsroom-history-${event.kind}`}
            style={{ borderInlineStart: '2px solid var(--theme-elevation-150)', padding: '4px 8px', marginBottom: 6 }}
          >
            <div>
              <strong>{actionLabel(event, language)}</strong>
              {event.from && event.to ? (
                <>
                  {' '}
                  {/* Each state isolated, the arrow in reading order: from → to (from ← to in Arabic). */}
                  (<bdi>{stateLabel(event.from, language)}</bdi> {language === 'ar' ? '←' : '→'} <bdi>{stateLabel(event.to, language)}</bdi>)
                </>
              ) : null}
            </div>
            <div style={{ fontSize: '0.85em', opacity: 0.8 }}>
              <bdi>{event.actor ? event.actor.name : event.kind === 'share' ? TEXT.reader[language] : TEXT.system[language]}</bdi> ·{' '}
              <bdi>{formatStaffTime(event.at, language, style)}</bdi>
            </div>
            {event.comment ? <blockquote dir="auto" style={{ margin: '4px 0 0' }}>{event.comment}</blockquote> : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
