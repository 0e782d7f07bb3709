import { IngestError } from './ingestError';

/** Share of control characters above which a file is taken for binary data rather than text. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Turns the bytes of an input file into text, refusing what is not a UTF-8 text export: empty input, binary
 * data (NUL bytes or many control characters) and invalid UTF-8 (the error gives the byte offset). A BOM is dropped.
 * UTF-16 with a byte-order mark (what Windows tools save as "Unicode") is decoded; UTF-16 without one is refused
 * with the advice to convert it, since guessing its byte order could turn a document into nonsense.
 */
export function decodeSource(bytes: Uint8Array, name: string): string {
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) {
    if (bytes.length % 2 !== 0)
      throw new IngestError(
        'NOT_UTF8',
        `${name}: UTF-16 (${utf16.toUpperCase()}) with an odd number of bytes; the file is cut off. Convert it to UTF-8`,
      );
    const text = new TextDecoder(utf16, { fatal: false }).decode(bytes.subarray(2));
    return decodeSource(new TextEncoder().encode(text), name);
  }
  if (looksLikeUtf16WithoutBom(bytes)) {
    throw new IngestError(
      'NOT_UTF8',
      `${name}: UTF-16: convert to UTF-8 (the file has no byte-order mark, so its byte order is not certain)`,
    );
  }
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    throw new IngestError('EMPTY', `${name}: the file is empty`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new IngestError('BINARY', `${name}: binary data (NUL byte at offset ${nul}); expected a UTF-8 text export`);
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0)
    throw new IngestError(
      'NOT_UTF8',
      `${name}: not valid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16)} at offset ${bad}); convert it to UTF-8 first`,
    );
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  // eslint-disable-next-line no-control-regex -- counting control characters is the point: many of them mean binary data
  const controls = [...text].filter((c) => /[\u0001-\u0008\u000b\u000e-\u001f\u007f]/.test(c)).length;
  if (controls / text.length > MAX_CONTROL_SHARE) {
    throw new IngestError(
      'BINARY',
      `${name}: ${controls} control characters; this looks like binary data, not a text export`,
    );
  }
  return text;
}

/** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    let n: number;
    let min: number;
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

/** The byte order a UTF-16 byte-order mark announces, or null. */
function utf16ByteOrder(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/** Text in UTF-16 without a BOM: NUL in (nearly) every other byte of the first kilobyte, as Latin text gives. */
function looksLikeUtf16WithoutBom(b: Uint8Array): boolean {
  const n = Math.min(b.length - (b.length % 2), 1024);
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even += 1;
    if (b[i + 1] === 0) odd += 1;
  }
  const half = n / 2;
  return (odd / half > 0.6 && even / half < 0.1) || (even / half > 0.6 && odd / half < 0.1);
}
