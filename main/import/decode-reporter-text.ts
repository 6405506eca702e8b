import { BanmianError } from '../../shared/ipc/result';
import { knownBinaryKind } from './file-signatures';

export type ReporterTextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: ReporterTextEncoding;
  /** The file started with a byte-order mark. */
  bom: boolean;
}

/** How much of a file is sampled to guess UTF-16 without a byte-order mark. */
const SAMPLE = 4096;

function decode(encoding: ReporterTextEncoding, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** C0 controls other than tab, line feed, form feed and carriage return; DEL; U+FFFD. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f || code === 0xfffd;
}

/**
 * Characters Chinese copy is made of: ASCII, Latin-1 and general punctuation, CJK symbols and
 * ideographs, full-width forms, circled numbers. Random bytes decoded as GB18030 land mostly
 * elsewhere (private use, rare scripts) — that is how a lucky decode of garbage is caught.
 */
function isCommonInCopy(code: number): boolean {
  return (
    code < 0x0250 ||
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x2100 && code <= 0x27bf) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    code >= 0x20000
  );
}

function looksLikeText(text: string, strict: boolean): boolean {
  let total = 0;
  let controls = 0;
  let uncommon = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    total += 1;
    if (isControl(code)) controls += 1;
    else if (!isCommonInCopy(code)) uncommon += 1;
  }
  if (total === 0) return true;
  if (controls > Math.max(2, total * 0.002)) return false;
  return !strict || uncommon <= total * 0.02;
}

/**
 * UTF-16 without a byte-order mark: one byte of every pair is mostly zero (ASCII) in the sample,
 * or — Chinese copy, where only line breaks, ASCII and a few ideographs have a zero byte —
 * there are some zeros (`strict`: the decode must then also look like Chinese copy).
 */
function guessUtf16(bytes: Uint8Array): { encoding: ReporterTextEncoding; strict: boolean } | null {
  const length = Math.min(bytes.length, SAMPLE) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.02) return { encoding: 'utf-16le', strict: false };
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.02) return { encoding: 'utf-16be', strict: false };
  // GBK and UTF-8 copy never hold a zero byte: a few zeros (line breaks, a space, 开 U+5F00) say UTF-16.
  if (oddZeros + evenZeros > 0) return { encoding: oddZeros >= evenZeros ? 'utf-16le' : 'utf-16be', strict: true };
  return null;
}

/** Mostly CJK ideographs and punctuation: what Chinese copy decoded in the right encoding is. */
function mostlyChinese(text: string): boolean {
  let total = 0;
  let cjk = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code <= 0x20) continue;
    total += 1;
    if ((code >= 0x3000 && code <= 0x303f) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xff00 && code <= 0xffef)) cjk += 1;
  }
  return total > 0 && cjk >= total * 0.6;
}

/** UTF-16 Chinese with no zero byte at all (one paragraph, no ASCII): tried only when nothing else decodes. */
function utf16Chinese(bytes: Uint8Array): DecodedText | null {
  if (bytes.length % 2 !== 0) return null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = decode(encoding, bytes);
    if (text !== null && looksLikeText(text, true) && mostlyChinese(text)) return { text, encoding, bom: false };
  }
  return null;
}

function badFile(fileName: string, problem: string): BanmianError {
  return new BanmianError('bad-file', `Cannot import "${fileName}": ${problem}`);
}

/**
 * Decodes reporter copy. A byte-order mark decides (UTF-8, UTF-16 LE/BE); without one, a strict
 * UTF-8 decode comes first (GBK bytes are almost never valid UTF-8), then GB18030, which also
 * covers GBK and GB2312, then UTF-16 Chinese with no zero byte to tell it by. Whatever decodes must look like text, or the file is refused.
 * Throws BanmianError('bad-file') naming the file and what is wrong with it.
 */
export function decodeReporterText(bytes: Uint8Array, fileName = 'the file'): DecodedText {
  if (bytes.length === 0) throw badFile(fileName, 'the file is empty.');
  const boms: Array<[number[], ReporterTextEncoding]> = [
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ];
  for (const [bom, encoding] of boms) {
    if (!bom.every((byte, index) => bytes[index] === byte)) continue;
    const text = decode(encoding, bytes.subarray(bom.length));
    if (text === null || !looksLikeText(text, false)) {
      throw badFile(fileName, `it starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} text.`);
    }
    return { text, encoding, bom: true };
  }

  const kind = knownBinaryKind(bytes);
  if (kind) throw badFile(fileName, `it is ${kind}, not text. Import reporter copy as .txt or .docx.`);

  const utf16 = guessUtf16(bytes);
  if (utf16) {
    const text = decode(utf16.encoding, bytes);
    if (text !== null && looksLikeText(text, utf16.strict) && (!utf16.strict || mostlyChinese(text))) return { text, encoding: utf16.encoding, bom: false };
  }
  if (bytes.includes(0)) throw badFile(fileName, 'it is a binary file (it contains NUL bytes), not text.');

  const utf8 = decode('utf-8', bytes);
  if (utf8 !== null) {
    if (looksLikeText(utf8, false)) return { text: utf8, encoding: 'utf-8', bom: false };
    throw badFile(fileName, 'it is a binary file (full of control characters), not text.');
  }
  const gb = decode('gb18030', bytes);
  if (gb !== null && looksLikeText(gb, true)) return { text: gb, encoding: 'gb18030', bom: false };
  const chinese = utf16Chinese(bytes);
  if (chinese) return chinese;
  throw badFile(
    fileName,
    'its bytes are not text in any encoding Banmian reads (UTF-8, UTF-16 with a byte-order mark, GB18030/GBK). ' +
      'Save it again as UTF-8 text or .docx.',
  );
}
