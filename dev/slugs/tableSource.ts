/**
 * The TypeScript module that holds a packed table (src/text/tables/*.ts): a header comment, the type's
 * import, and one exported constant whose `data` (base64) is cut into lines of 100 characters.
 */
export function packedTableSource(spec: {
  /** The header comment's lines, without the comment markers. */
  comment: readonly string[]
  /** The type, and the module (relative to src/text/tables/) that exports it. */
  type: string
  from: string
  name: string
  /** The constant's other fields, already written as TypeScript values, in order. */
  fields: ReadonlyArray<readonly [string, string]>
  data: string
}): string {
  const data = spec.data.match(/.{1,100}/g) ?? []
  return [
    '/**',
    ...spec.comment.map((line) => ` * ${line}`),
    ' */',
    `import type { ${spec.type} } from '${spec.from}'`,
    '',
    `export const ${spec.name}: ${spec.type} = {`,
    ...spec.fields.map(([key, value]) => `  ${key}: ${value},`),
    '  data: [',
    ...data.map((line) => `    '${line}',`),
    "  ].join(''),",
    '}',
    '',
  ].join('\n')
}
