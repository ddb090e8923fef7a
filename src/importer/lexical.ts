/** The JSON shape Payload's Lexical field stores, built from plain paragraphs. Pure. */
export type LexicalDocument = {
  root: {
    type: 'root'
    format: ''
    indent: 0
    version: 1
    direction: 'rtl' | 'ltr'
    children: LexicalParagraph[]
  }
}

type LexicalParagraph = {
  type: 'paragraph'
  format: ''
  indent: 0
  version: 1
  direction: 'rtl' | 'ltr'
  textFormat: 0
  textStyle: ''
  children: { type: 'text'; text: string; format: 0; detail: 0; mode: 'normal'; style: ''; version: 1 }[]
}

/**
 * @example
 * paragraphsToLexical(['نص']).root.children[0].children[0].text // 'نص'
 */
export function paragraphsToLexical(paragraphs: readonly string[], direction: 'rtl' | 'ltr' = 'rtl'): LexicalDocument {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  }
}
