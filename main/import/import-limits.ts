import { STORY_MAX_CHARS } from '../../shared/model/bounds';

/**
 * What one file of reporter copy may expand to. A real .docx of a long feature is a few
 * hundred KB of XML and a few hundred paragraphs; these are orders of magnitude beyond, and
 * low enough that a crafted file (a ZIP bomb, millions of empty paragraphs) is refused while it
 * is read, before it costs the process its memory.
 */
export const IMPORT_LIMITS = {
  /** Entries in the .docx's ZIP archive. */
  zipEntries: 5_000,
  /** The XML parts of a .docx, inflated, all together. */
  docxXmlBytes: 24 * 1024 * 1024,
  /** Paragraphs (lines) in one file. */
  paragraphs: 50_000,
  /** Characters in one story (the page format's bound). */
  storyChars: STORY_MAX_CHARS,
} as const;

/** A limit crossed while reading a file: the message says which and by how much. */
export class ImportLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportLimitError';
  }
}

/** Refuses more than IMPORT_LIMITS.paragraphs: `count` paragraphs (or lines) were found. */
export function checkParagraphs(count: number): void {
  if (count > IMPORT_LIMITS.paragraphs) throw new ImportLimitError(`it has ${count} paragraphs (at most ${IMPORT_LIMITS.paragraphs})`);
}

/** Paragraph marks in WordprocessingML: "<w:p>" and "<w:p " (not <w:pPr>, <w:proofErr>…). */
export function countWordParagraphs(xml: Uint8Array): number {
  const buffer = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  let count = 0;
  for (let at = buffer.indexOf('<w:p'); at !== -1; at = buffer.indexOf('<w:p', at + 4)) {
    const next = buffer[at + 4];
    if (next === 0x3e || next === 0x20 || next === 0x2f) count++;
  }
  return count;
}
