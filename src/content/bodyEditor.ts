import { createServerFeature } from '@payloadcms/richtext-lexical'

import type { Bilingual } from '../messages'

import { workflowAdminComponents } from '../admin/paths'

/** What the body editor's keyboard feature needs in the browser: the field's name, in both languages. */
export type BodyEditorFeatureProps = { label: Bilingual }

/**
 * The article body as a keyboard user needs it. Lexical's tab indentation (which Payload's indent
 * feature switches on) keeps Tab and Shift+Tab inside the editor: a writer moving through the form with
 * the keyboard never leaves the body. With this feature Tab moves to the next control, as everywhere
 * else in the form (indenting stays in the toolbar), the editable region is named after the field, and
 * Lexical's hidden floating controls no longer widen a right-to-left page.
 */
export const BodyEditorFeature = createServerFeature<BodyEditorFeatureProps, BodyEditorFeatureProps, BodyEditorFeatureProps>({
  feature: ({ props }) => ({
    ClientFeature: workflowAdminComponents().bodyEditorFeature,
    clientFeatureProps: props,
  }),
  key: 'newsroomBodyEditor',
})
