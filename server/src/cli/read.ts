/**
 * Reads a document's bytes as text, remembering the encoding so `--fix` writes it back the same
 * way. UTF-8 (with or without a BOM) and UTF-16 with a BOM (what Windows editors save as
 * "Unicode") are text; anything else with a NUL byte in its first 8 KB is binary, as git decides.
 */
import fs from 'node:fs';

export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be';

export type ReadResult =
  | { kind: 'text'; text: string; encoding: Encoding; bytes: Buffer }
  | { kind: 'binary' }
  | { kind: 'unreadable'; reason: string };

const BINARY_SNIFF_BYTES = 8192;

export function readDocument(file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { kind: 'unreadable', reason: describeError(e) };
  }
  return decode(bytes);
}

export function decode(bytes: Buffer): ReadResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { kind: 'text', text: bytes.toString('utf8', 3), encoding: 'utf8-bom', bytes };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: 'text', text: bytes.toString('utf16le', 2), encoding: 'utf16le', bytes };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: 'text', text: swap16(bytes.subarray(2)).toString('utf16le'), encoding: 'utf16be', bytes };
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) return { kind: 'binary' };
  return { kind: 'text', text: bytes.toString('utf8'), encoding: 'utf8', bytes };
}

/** False when decoding lost something (invalid UTF-8 became U+FFFD): writing such text back would damage the file. */
export function roundTrips(read: Extract<ReadResult, { kind: 'text' }>): boolean {
  return encode(read.text, read.encoding).equals(read.bytes);
}

export function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), swap16(Buffer.from(text, 'utf16le'))]);
  }
}

function swap16(b: Buffer): Buffer {
  const copy = Buffer.from(b.subarray(0, b.length - (b.length % 2)));
  return copy.swap16();
}

export function describeError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return e.code ?? e.message;
  }
}
