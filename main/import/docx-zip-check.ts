import { inflateRawSync } from 'node:zlib';
import { checkParagraphs, countWordParagraphs, IMPORT_LIMITS, ImportLimitError } from './import-limits';

/**
 * Checks a .docx's ZIP archive before mammoth (through JSZip) inflates it: the central
 * directory's entry count and declared sizes, then every XML part inflated with its declared
 * size as a hard cap (zlib stops there), so a part that lies about its size — the usual ZIP
 * bomb — is refused having produced at most what it declared; the paragraphs are counted in the
 * inflated document. Media parts are not read: the importer drops photos. Throws ImportLimitError for a limit, Error for a broken archive.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MB = 1024 * 1024;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
}

function endOfCentralDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= stop; at--) if (view.getUint32(at, true) === EOCD) return at;
  throw new Error('no ZIP central directory (the archive is cut short)');
}

function centralDirectory(bytes: Uint8Array, view: DataView): Entry[] {
  const end = endOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new ImportLimitError('the archive is a ZIP64 archive, which no Word document of copy needs');
  if (count > IMPORT_LIMITS.zipEntries) throw new ImportLimitError(`the archive has ${count} entries (at most ${IMPORT_LIMITS.zipEntries})`);
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL) throw new Error('the ZIP central directory is damaged');
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    entries.push({
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + skip;
  }
  return entries;
}

function entryData(bytes: Uint8Array, view: DataView, entry: Entry): Uint8Array {
  const at = entry.localOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL) throw new Error(`the ZIP entry ${entry.name} is damaged`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressed > bytes.byteLength) throw new Error(`the ZIP entry ${entry.name} is cut short`);
  return bytes.subarray(start, start + entry.compressed);
}

const isXmlPart = (name: string) => /\.(xml|rels)$/iu.test(name);

export function checkDocxZip(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = centralDirectory(bytes, view).filter((entry) => isXmlPart(entry.name));
  const declared = parts.reduce((sum, entry) => sum + entry.size, 0);
  const cap = IMPORT_LIMITS.docxXmlBytes;
  if (declared > cap) throw new ImportLimitError(`its text expands to ${Math.round(declared / MB)} MB of XML (at most ${cap / MB} MB)`);
  for (const entry of parts) {
    const data = entryData(bytes, view, entry);
    let xml = data;
    if (entry.method === 8) {
      try {
        xml = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ImportLimitError(`the part ${entry.name} expands past the ${entry.size} bytes it declares (a ZIP bomb)`);
        throw new Error(`the ZIP entry ${entry.name} does not inflate`);
      }
    } else if (entry.method !== 0) {
      throw new Error(`the ZIP entry ${entry.name} uses compression method ${entry.method}`);
    }
    if (xml.byteLength !== entry.size) throw new Error(`the ZIP entry ${entry.name} is ${xml.byteLength} bytes, not the ${entry.size} it declares`);
    if (/^word\/document\.xml$/iu.test(entry.name)) checkParagraphs(countWordParagraphs(xml));
  }
}
