import type { CollectionConfig } from 'payload'

import type { ResolvedNewsroomOptions } from '../src/types'

import { staffOnly } from '../src/access'
import { mergeCollection } from '../src/mergeCollection'
import { ADMIN_DATE_FORMAT, HISTORY_ACTIONS, HISTORY_ACTION_LABELS, STATE_LABELS, WORKFLOW_STATES } from '../src/workflow'
import { refuseWorkflowEventChangeBeforeChange } from '../hooks/refuseWorkflowEventChangeBeforeChange'
import { refuseWorkflowEventDeleteBeforeDelete } from '../hooks/refuseWorkflowEventDeleteBeforeDelete'

const stateOptions = WORKFLOW_STATES.map((value) => ({ value, label: { ...STATE_LABELS[value] } }))

/**
 * `workflow-events`: the append-only history of every workflow transition (who moved which article from
 * which state to which, with the reviewer's comment and the article version it produced). Only the
 * workflow writes events; no API can create, change or delete them, and the admin shows them read-only
 * and as a timeline on each article.
 */
export function createWorkflowEventsCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  const { slugs } = options
  const never = () => false

  const base: CollectionConfig = {
    slug: slugs.workflowEvents,
    labels: {
      singular: { ar: 'حدث سير العمل', en: 'Workflow event' },
      plural: { ar: 'سجل سير العمل', en: 'Workflow history' },
    },
    admin: {
      group: { ar: 'غرفة الأخبار', en: 'Newsroom' },
      defaultColumns: ['at', 'article', 'action', 'from', 'to', 'actor'],
      useAsTitle: 'action',
      disableCopyToLocale: true,
    },
    defaultSort: '-at',
    disableDuplicate: true,
    access: {
      read: staffOnly(slugs.users),
      create: never,
      update: never,
      delete: never,
    },
    hooks: {
      beforeChange: [refuseWorkflowEventChangeBeforeChange],
      beforeDelete: [refuseWorkflowEventDeleteBeforeDelete],
    },
    fields: [
      {
        name: 'article',
        type: 'relationship',
        relationTo: slugs.articles,
        required: true,
        index: true,
        label: { ar: 'المقال', en: 'Article' },
      },
      {
        name: 'action',
        type: 'select',
        required: true,
        options: HISTORY_ACTIONS.map((value) => ({ value, label: { ...HISTORY_ACTION_LABELS[value] } })),
        label: { ar: 'الإجراء', en: 'Action' },
      },
      { name: 'from', type: 'select', required: true, options: stateOptions, label: { ar: 'من', en: 'From' } },
      { name: 'to', type: 'select', required: true, options: stateOptions, label: { ar: 'إلى', en: 'To' } },
      {
        name: 'actor',
        type: 'relationship',
        relationTo: slugs.users,
        label: { ar: 'المنفّذ', en: 'Actor' },
        admin: { description: { ar: 'فارغ حين ينفّذ النظام الإجراء (النشر المجدول)', en: 'Empty when the system acted (scheduled publishing)' } },
      },
      { name: 'comment', type: 'textarea', label: { ar: 'الملاحظة', en: 'Comment' }, admin: { rtl: true } },
      {
        name: 'version',
        type: 'text',
        label: { ar: 'النسخة', en: 'Version' },
        admin: { description: { ar: 'معرّف نسخة المقال الناتجة', en: 'Id of the article version it produced' } },
      },
      {
        name: 'at',
        type: 'date',
        required: true,
        index: true,
        label: { ar: 'الوقت', en: 'Time' },
        admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: ADMIN_DATE_FORMAT } },
      },
      {
        // `<article id>:<sequence>`: each transition of an article claims the next sequence number, and
        // this unique index lets only one of two concurrent transitions of the same article commit.
        name: 'transitionKey',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        label: { ar: 'مفتاح الانتقال', en: 'Transition key' },
        admin: {
          readOnly: true,
          description: { ar: 'المقال ورقم الانتقال في تسلسله', en: "The article and the transition's number in its sequence" },
        },
      },
    ],
  }

  return mergeCollection(base, options.collections.workflowEvents.overrides)
}
