import { crc32, deflateRawSync } from 'node:zlib';

/** Test helper: a minimal but real .docx (a ZIP of WordprocessingML parts), no packages needed. */

export interface ZipOptions {
  /** Sizes the archive claims for some parts instead of the real ones (hostile archives). */
  declared?: Record<string, number>;
}

/** A ZIP archive of the given files, deflated, with a central directory. */
export function zip(files: Record<string, string | Uint8Array>, options: ZipOptions = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const packed = deflateRawSync(raw, { level: 1 });
    const crc = crc32(raw);
    const size = options.declared?.[name] ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** A run of a Word paragraph: plain text or bold. */
export type DocxRun = string | { bold: string };
/** A paragraph: its runs; `heading` uses Word's built-in Heading 1 style. */
export interface DocxParagraph {
  runs: DocxRun[];
  heading?: boolean;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function runXml(run: DocxRun): string {
  if (typeof run === 'string') return `<w:r><w:t xml:space="preserve">${escape(run)}</w:t></w:r>`;
  return `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escape(run.bold)}</w:t></w:r>`;
}

function paragraphXml(paragraph: DocxParagraph): string {
  const style = paragraph.heading ? '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' : '';
  return `<w:p>${style}${paragraph.runs.map(runXml).join('')}</w:p>`;
}

const NS = 'http://schemas.openxmlformats.org';

/** The parts every .docx has besides its document: content types and the package relationship. */
export const DOCX_PACKAGE: Record<string, string> = {
  '[Content_Types].xml':
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="${NS}/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '</Types>',
  '_rels/.rels':
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS}/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
    '</Relationships>',
};

/** word/document.xml around the given body XML. */
export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${NS}/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

export function makeDocx(paragraphs: DocxParagraph[]): Uint8Array {
  return zip({ ...DOCX_PACKAGE, 'word/document.xml': documentXml(paragraphs.map(paragraphXml).join('')) });
}
