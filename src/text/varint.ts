/** The packed tables' encoding: base64 of unsigned LEB128 varints. */

/** Reads unsigned LEB128 varints from a byte array. */
export class VarintReader {
  private at = 0
  constructor(private readonly bytes: Uint8Array) {}
  read(): number {
    let value = 0
    let scale = 1
    for (;;) {
      const byte = this.bytes[this.at] ?? 0
      this.at += 1
      value += (byte & 0x7f) * scale
      if (byte < 0x80) return value
      scale *= 128
    }
  }
}

/** The bytes of a base64 string. */
export function base64Bytes(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** Appends an unsigned LEB128 varint (for the scripts that build the tables). */
export function pushVarint(out: number[], value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`varint out of range: ${value}`)
  let v = value
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80)
    v = Math.floor(v / 0x80)
  }
  out.push(v)
}
