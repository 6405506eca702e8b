import { DOCX_PACKAGE, documentXml, zip } from '../import/make-docx';

/**
 * Generators of hostile .docx files (issue 16, item 1): ZIP bombs of several shapes. Parts are
 * built from repeated strings and deflated by zlib, so tens of MB take a fraction of a second.
 */

/** A .docx whose body is `paragraph` XML repeated `count` times, its document claiming `declared` bytes. */
export function docx(paragraph: string, count: number, declared?: number): Uint8Array {
  const document = Buffer.from(documentXml(paragraph.repeat(count)));
  return zip({ ...DOCX_PACKAGE, 'word/document.xml': document }, declared === undefined ? {} : { declared: { 'word/document.xml': declared } });
}

/** The end record says 0xFFFF entries: a ZIP64 archive. */
function zip64(bytes: Uint8Array): Uint8Array {
  const out = Buffer.from(bytes);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  out.writeUInt16LE(0xffff, end + 8);
  out.writeUInt16LE(0xffff, end + 10);
  return new Uint8Array(out);
}

const P = '<w:p><w:r><w:t>一段正文。</w:t></w:r></w:p>';

export const DOCX_BOMBS: Array<[string, () => Uint8Array, RegExp]> = [
  ['30 MB of XML declared', () => docx('<w:p/>', 5_000_000), /expands to 29 MB of XML \(at most 24 MB\)/u],
  ['100 MB of XML that declares 2 KB (the size lies)', () => docx('<w:p/>', 2_300_000 * 7, 2048), /expands past the 2048 bytes it declares/u],
  ['30 MB of XML that declares 20 MB', () => docx('<w:p/>', 5_000_000, 20 * 1024 * 1024), /expands past the \d+ bytes it declares/u],
  ['60 000 empty paragraphs in 400 KB', () => docx('<w:p/>', 60_000), /60000 paragraphs \(at most 50000\)/u],
  ['one paragraph of 300 000 characters', () => docx(`<w:p><w:r><w:t>${'字'.repeat(300_000)}</w:t></w:r></w:p>`, 1), /story 1 has 300000 characters/u],
  ['6 000 entries', () => zip(Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`word/media/${i}.xml`, '']))), /6000 entries \(at most 5000\)/u],
  ['a ZIP64 end record (65 535 entries)', () => zip64(docx(P, 3)), /ZIP64/u],
  ['40 parts of 1 MB each', () => zip({ ...DOCX_PACKAGE, ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`word/part${i}.xml`, Buffer.alloc(1024 * 1024, 0x20)])) }), /expands to 4\d MB of XML/u],
  ['cut in half', () => { const whole = docx(P, 3000); return whole.subarray(0, whole.length / 2); }, /not a readable Word/u],
];
