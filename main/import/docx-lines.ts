import type { TextLeaf } from '../../shared/model/story';
import { sourceLine, type SourceLine } from './source-lines';

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'caption']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

interface Paragraph {
  runs: TextLeaf[];
  heading: boolean;
  /** Empty paragraphs right before it. */
  empties: number;
  /** Follows a <br> inside the same paragraph. */
  afterBreak: boolean;
}

/**
 * Blank lines before each paragraph. Copy typed in Word either separates paragraphs by paragraph
 * marks alone — then every paragraph boundary counts as one blank line — or, like plain-text
 * copy pasted in, by empty paragraphs — then the empty paragraphs are the blank lines.
 */
function toLines(paragraphs: Paragraph[]): SourceLine[] {
  const boundaries = paragraphs.filter((p, index) => index > 0 && !p.afterBreak);
  const spacedByEmpties = boundaries.filter((p) => p.empties > 0).length * 2 >= boundaries.length && boundaries.length > 0;
  return paragraphs.map((p, index) => {
    const blankBefore = p.afterBreak ? 0 : index === 0 || spacedByEmpties ? p.empties : p.empties + 1;
    return sourceLine(p.runs, blankBefore, p.heading);
  });
}

/**
 * Mammoth's HTML (p, h1–h6, li, td, strong, em, br, a, img — nothing else) into source lines:
 * one line per paragraph, bold and italic kept as leaves, <br> a line break inside the paragraph.
 */
export function linesFromMammothHtml(html: string): SourceLine[] {
  const paragraphs: Paragraph[] = [];
  let runs: TextLeaf[] = [];
  let heading = false;
  let bold = 0;
  let italic = 0;
  let empties = 0;
  let inBlock = false;
  let afterBreak = false;

  const endLine = () => {
    if (runs.some((run) => run.text.trim().length > 0)) {
      paragraphs.push({ runs, heading, empties: afterBreak ? 0 : empties, afterBreak });
      empties = 0;
    } else if (!afterBreak) {
      empties += 1;
    }
    runs = [];
  };

  for (const match of html.matchAll(/<(\/?)([a-zA-Z0-9]+)[^>]*?(\/?)>|([^<]+)/gu)) {
    const [, closing, rawTag, selfClosing, text] = match;
    if (text !== undefined) {
      if (!inBlock) continue;
      const leaf: TextLeaf = { text: decodeEntities(text) };
      if (bold > 0) leaf.bold = true;
      if (italic > 0) leaf.italic = true;
      runs.push(leaf);
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (tag === 'br') {
      endLine();
      afterBreak = true;
    } else if (BLOCKS.has(tag) && !selfClosing) {
      if (closing) {
        endLine();
        inBlock = false;
      } else {
        inBlock = true;
        afterBreak = false;
        heading = HEADINGS.has(tag);
      }
    } else if (tag === 'strong' || tag === 'b') {
      bold += closing ? -1 : 1;
    } else if (tag === 'em' || tag === 'i') {
      italic += closing ? -1 : 1;
    }
  }
  return toLines(paragraphs);
}

/** The paragraphs of a .docx as source lines. Throws mammoth's error for a broken document. */
export async function linesFromDocx(bytes: Uint8Array): Promise<SourceLine[]> {
  // Loaded on the first .docx: mammoth and JSZip cost every other command's start ~0.1 s.
  const { default: mammoth } = await import('mammoth');
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      ignoreEmptyParagraphs: false,
      // Photos come in through the photo import, not inside the copy: drop them here.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    },
  );
  return linesFromMammothHtml(result.value);
}
