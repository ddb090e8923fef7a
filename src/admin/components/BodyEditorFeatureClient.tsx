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
      element.closest('[inert]') === null &&
      element.tabIndex >= 0 &&
      !element.matches(':disabled') &&
      element.getClientRects().length > 0 &&
      (field.compareDocumentPosition(element) & wanted) !== 0,
  )
  return (side === 'after' ? controls[0] : controls.at(-1)) ?? null
}

/** How Lexical hides a floating control: it moves it 10,000 px up and to the left. */
const PARKED = '-10000px'

/**
 * Controls parked off screen become inert (out of the tab order) until Lexical shows them again; only
 * those made inert here are made active again.
 */
function takeParkedOutOfTabOrder(container: Element): void {
  for (const element of container.querySelectorAll<HTMLElement>('[style*="transform"]')) {
    if (element.style.transform.includes(PARKED)) {
      element.inert = true
      element.dataset.newsroomParked = ''
    } else if (element.dataset.newsroomParked !== undefined) {
      element.inert = false
      delete element.dataset.newsroomParked
    }
  }
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

  useEffect(() => {
    let container: HTMLElement | null = null
    // Lexical's floating controls, parked off screen, stay focusable: Shift+Tab back into the body would
    // stop on buttons nobody sees. Each time Lexical moves one, its place in the tab order follows.
    const parked = new MutationObserver(() => {
      if (container) takeParkedOutOfTabOrder(container)
    })
    return mergeRegister(
      () => parked.disconnect(),
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
        parked.disconnect()
        container = null
        if (!root) return
        root.setAttribute('aria-label', label)
        const found = root.closest('.editor-container')
        if (!(found instanceof HTMLElement)) return
        // Parked 10,000 px to the left is scrollable overflow in a right-to-left page: ten thousand pixels
        // of empty page. Clipped along the inline axis only, the editor's menus still overflow downwards.
        found.style.overflowX = 'clip'
        container = found
        takeParkedOutOfTabOrder(found)
        parked.observe(found, { subtree: true, childList: true, attributeFilter: ['style'] })
      }),
    )
  }, [editor, label])
  return null
}

/** The browser half of `BodyEditorFeature` (see src/content/bodyEditor.ts). */
export const BodyEditorFeatureClient = createClientFeature<BodyEditorFeatureProps>({
  plugins: [{ Component: KeyboardPlugin, position: 'normal' }],
})
