import type { ArticleLike, SectionLike, WorkflowState } from '../../../src/workflow'

/** A fixed "now" for every test: 1 March 2025, 10:00 UTC (12:00 in Cairo). */
export const NOW = new Date('2025-03-01T10:00:00.000Z')

/** `NOW` shifted by `minutes`. */
export function at(minutes: number): Date {
  return new Date(NOW.getTime() + minutes * 60_000)
}

/** A Lexical editor state with one paragraph holding `text`. */
export function lexical(text: string): Record<string, unknown> {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'rtl',
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'rtl',
          format: '',
          indent: 0,
          children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
        },
      ],
    },
  }
}

/** The section of the fixture article (id given as a string on purpose). */
export const SECTION: SectionLike = { id: '11', reviewers: [{ id: 'w3' }] }

/**
 * A complete article of section 11 (id given as a number on purpose) written
 * by `w1`, in `state`, ready to be published.
 */
export function article(state: WorkflowState | null = 'draft', extra: Partial<ArticleLike> = {}): ArticleLike {
  return {
    id: 501,
    workflowStatus: state,
    _status: state === 'published' ? 'published' : 'draft',
    section: { id: 11 },
    authors: ['w1'],
    createdBy: { id: 'w1' },
    slug: 'الحكومة-تعلن-موازنة-جديدة',
    body: lexical('أعلنت الحكومة اليوم موازنة جديدة.'),
    featuredImage: { id: 9, alt: 'وزير المالية في مؤتمر صحفي' },
    publishAt: state === 'scheduled' ? at(-1).toISOString() : null,
    ...extra,
  }
}
