'use client'

import type { PluginComponent } from '@payloadcms/richtext-lexical'

import { createClientFeature } from '@payloadcms/richtext-lexical/client'
import { COMMAND_PRIORITY_NORMAL, KEY_TAB_COMMAND, mergeRegister } from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useEffect } from 'react'

import type { BodyEditorFeatureProps } from '../../content/bodyEditor'

import { useLanguage } from './useWorkflow'

/** What the browser's Tab key stops at. */
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]'

/**
 * The first control after `field` (or the last one before it) that Tab would reach: focusable, enabled,
 * rendered. Controls inside the field are skipped: the block handles (mouse affordances, also offered by
 * the slash menu) and the link editor's buttons, which Lexical keeps focusable while it hides them.
 */
function controlBeside(field: Element, side: 'before' | 'after'): HTMLElement | null {
  const wanted = side === 'after' ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING
  const controls = Array.from(document.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) =>
      !field.contains(element) &&
      element.tabIndex >= 0 &&
      !element.matches(':disabled') &&
      element.getClientRects().length > 0 &&
      (field.compareDocumentPosition(element) & wanted) !== 0,
  )
  return (side === 'after' ? controls[0] : controls.at(-1)) ?? null
}

/**
 * Tab and Shift+Tab leave the editor for the control after (or before) the field, as in the rest of the
 * form. Lexical's tab indentation, registered at the lowest priority, takes every Tab (indenting, or
 * inserting a tab character); this handler answers first. A slash menu that is open (the editable says
 * which list it `aria-controls`) keeps Tab for picking its item.
 */
const KeyboardPlugin: PluginComponent<BodyEditorFeatureProps> = ({ clientProps }) => {
  const [editor] = useLexicalComposerContext()
  const language = useLanguage()
  const label = clientProps.label[language]

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_TAB_COMMAND,
          (event) => {
            const root = editor.getRootElement()
            if (!root || event.ctrlKey || event.altKey || event.metaKey) return false
            if (root.hasAttribute('aria-controls')) return false
            const next = controlBeside(root.closest('.rich-text-lexical') ?? root, event.shiftKey ? 'before' : 'after')
            // Handled either way: with no control beside the field, the browser's own Tab moves on.
            if (next) {
              event.preventDefault()
              next.focus()
            }
            return true
          },
          COMMAND_PRIORITY_NORMAL,
        ),
        editor.registerRootListener((root) => {
          if (!root) return
          root.setAttribute('aria-label', label)
          // Lexical hides its floating controls (link editor, block handle) 10,000 px to the left; in a
          // right-to-left page that is scrollable overflow, ten thousand pixels of empty page. Clipped
          // along the inline axis only, the editor's menus still overflow downwards.
          const container = root.closest('.editor-container')
          if (container instanceof HTMLElement) container.style.overflowX = 'clip'
        }),
      ),
    [editor, label],
  )
  return null
}

/** The browser half of `BodyEditorFeature` (see src/content/bodyEditor.ts). */
export const BodyEditorFeatureClient = createClientFeature<BodyEditorFeatureProps>({
  plugins: [{ Component: KeyboardPlugin, position: 'normal' }],
})
