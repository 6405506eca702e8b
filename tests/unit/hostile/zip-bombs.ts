import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Generators of hostile .docx files (issue 16, item 1): ZIP bombs of several shapes. Parts are
 * built from repeated strings and deflated by zlib, so tens of MB take a fraction of a second.
 */

interface Part {
  name: string;
  content: Buffer;
  /** The size the archive claims (default: the real one). */
  declared?: number;
}

export function archive(parts: Part[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const packed = deflateRawSync(part.content, { level: 1 });
    const size = part.declared ?? part.content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(part.content), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(part.content), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(0xffff, parts.length), 8);
  end.writeUInt16LE(Math.min(0xffff, parts.length), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const NS = 'http://schemas.openxmlformats.org';
const PACKAGE: Part[] = [
  {
    name: '[Content_Types].xml',
    content: Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
  },
  {
    name: '_rels/.rels',
    content: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
  },
];

/** A .docx whose body is `paragraph` XML repeated `count` times. */
export function docx(paragraph: string, count: number, declared?: number): Uint8Array {
  const body = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${NS}/wordprocessingml/2006/main"><w:body>${paragraph.repeat(count)}</w:body></w:document>`;
  return archive([...PACKAGE, { name: 'word/document.xml', content: Buffer.from(body), declared }]);
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
  ['6 000 entries', () => archive(Array.from({ length: 6000 }, (_, i) => ({ name: `word/media/${i}.xml`, content: Buffer.alloc(0) }))), /6000 entries \(at most 5000\)/u],
  ['a ZIP64 end record (65 535 entries)', () => zip64(docx(P, 3)), /ZIP64/u],
  ['40 parts of 1 MB each', () => archive([...PACKAGE, ...Array.from({ length: 40 }, (_, i) => ({ name: `word/part${i}.xml`, content: Buffer.alloc(1024 * 1024, 0x20) }))]), /expands to 4\d MB of XML/u],
  ['cut in half', () => { const whole = docx(P, 3000); return whole.subarray(0, whole.length / 2); }, /not a readable Word/u],
];
