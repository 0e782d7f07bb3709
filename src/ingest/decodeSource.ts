import { IngestError } from './ingestError';

/** Share of control characters above which a file is taken for binary data rather than text. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Turns the bytes of an input file into text, refusing what is not a UTF-8 text export: empty input, binary
 * data (NUL bytes or many control characters) and invalid UTF-8 (the error gives the byte offset). A BOM is dropped.
 */
export function decodeSource(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    throw new IngestError('EMPTY', `${name}: the file is empty`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new IngestError('BINARY', `${name}: binary data (NUL byte at offset ${nul}); expected a UTF-8 text export`);
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) throw new IngestError('NOT_UTF8', `${name}: not valid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16)} at offset ${bad}); convert it to UTF-8 first`);
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const controls = [...text].filter((c) => /[\u0001-\u0008\u000b\u000e-\u001f\u007f]/.test(c)).length;
  if (controls / text.length > MAX_CONTROL_SHARE) {
    throw new IngestError('BINARY', `${name}: ${controls} control characters; this looks like binary data, not a text export`);
  }
  return text;
}

/** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    let n = 0;
    let min = 0;
    if (c < 0x80) {
      i += 1;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) [n, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}
