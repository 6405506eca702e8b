import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Cmyk } from '../../../../shared/model/color';
import type { DisplayDocument, DisplayItem, GlyphRun, ImageItem, PlacedGlyph } from '../../../../shared/model/display-list';
import { mmToPt } from '../../../../shared/model/units';
import { catalogueFaceSource } from '../../../../main/export/fontkit-face';

/**
 * A broadsheet page (对开, 390 x 545 mm, 8 columns of 13 characters of 小五 9 pt) set from
 * the sample copy by a deliberately simple typesetter: greedy lines, even justification,
 * a minimal line-start/line-end rule. It stands in for the real composer (written
 * elsewhere) so the PDF writer can be measured on a page of realistic size and content.
 */

const REPO = resolve(__dirname, '../../../..');
const SEED_CANDIDATES = [resolve(REPO, 'resources/sample/seed-page.txt'), resolve(REPO, '../shared/samples/seed-page.txt')];

export function seedPagePath(): string | undefined {
  return SEED_CANDIDATES.find((p) => existsSync(p));
}

export function seedPageText(): string {
  const path = seedPagePath();
  if (!path) throw new Error(`The sample copy seed-page.txt is in none of: ${SEED_CANDIDATES.join(', ')}`);
  return readFileSync(path, 'utf8');
}

const BODY = 9;
const LEADING = 12.5;
const COLUMN = 13 * BODY;
const GUTTER = BODY;
const COLUMNS = 8;
const K: Cmyk = [0, 0, 0, 1];
const BANNERS = new Set(['视觉新闻', '党员先锋故事', '图说基层党建']);
const NO_START = new Set('，。、；：？！）》」』”’…—·%');
const NO_END = new Set('（《「『“‘');
const SENTENCE_END = /[。！？”）…]$/;

type Kind = 'banner' | 'headline' | 'subhead' | 'byline' | 'caption' | 'body';
const STYLE: Record<Kind, { face: string; size: number; indent: number }> = {
  banner: { face: 'noto-sans-sc-700', size: 14, indent: 0.5 },
  headline: { face: 'noto-sans-sc-700', size: 20, indent: 0 },
  subhead: { face: 'noto-serif-sc-700', size: 11, indent: 0 },
  byline: { face: 'noto-sans-sc-400', size: BODY, indent: 0 },
  caption: { face: 'noto-sans-sc-400', size: 8, indent: 0 },
  body: { face: 'noto-serif-sc-400', size: BODY, indent: 2 },
};

interface Block {
  kind: Kind;
  text: string;
}

function classify(paragraphs: string[]): Block[] {
  const blocks: Block[] = [];
  let storyStart = true;
  for (const text of paragraphs) {
    const last = blocks[blocks.length - 1];
    if (last?.kind === 'body' && !SENTENCE_END.test(last.text) && !BANNERS.has(text)) {
      last.text += text; // a column break of the printed original, not a paragraph end
      continue;
    }
    let kind: Kind;
    if (BANNERS.has(text)) kind = 'banner';
    else if (/^(本报记者|本报通讯员)/.test(text) && !text.endsWith('。')) kind = 'byline';
    else if (/^(图[①②③]|（本栏)/.test(text) || /摄$/.test(text)) kind = 'caption';
    else if (text.length <= 30 && !/[，。！]/.test(text)) kind = storyStart ? 'headline' : 'subhead';
    else kind = 'body';
    storyStart = kind === 'banner';
    if (kind === 'headline' && last?.kind === 'headline') kind = 'subhead';
    blocks.push({ kind, text });
    if (kind === 'body' || kind === 'byline') storyStart = false;
  }
  return blocks;
}

interface Measured {
  ch: string;
  gid: number;
  advance: number;
  offset: number;
}

function measure(text: string, face: string, size: number): Measured[] {
  const font = catalogueFaceSource(face).font;
  const out: Measured[] = [];
  let offset = 0;
  for (const ch of text) {
    const glyph = font.glyphForCodePoint(ch.codePointAt(0)!);
    out.push({ ch, gid: glyph.id, advance: (glyph.advanceWidth / font.unitsPerEm) * size, offset });
    offset += ch.length;
  }
  return out;
}

/** Greedy lines of at most `width`, keeping line-start and line-end forbidden characters off the edges. */
function breakLines(glyphs: Measured[], width: number, indent: number): Measured[][] {
  const lines: Measured[][] = [];
  let start = 0;
  while (start < glyphs.length) {
    let w = lines.length === 0 ? indent : 0;
    let end = start;
    while (end < glyphs.length && w + glyphs[end]!.advance <= width + 0.01) w += glyphs[end++]!.advance;
    if (end === start) end++;
    while (end < glyphs.length && end - start > 2 && (NO_START.has(glyphs[end]!.ch) || NO_END.has(glyphs[end - 1]!.ch))) end--;
    lines.push(glyphs.slice(start, end));
    start = end;
  }
  return lines;
}

function placeLine(line: Measured[], x0: number, width: number, justify: boolean): PlacedGlyph[] {
  const natural = line.reduce((s, g) => s + g.advance, 0);
  const extra = justify && line.length > 1 ? (width - natural) / (line.length - 1) : 0;
  let x = x0;
  return line.map((g) => {
    const placed = { gid: g.gid, x, text: g.ch, offset: g.offset };
    x += g.advance + extra;
    return placed;
  });
}

export interface SamplePageOptions {
  /** Photo frames: when given, three image items of this asset id are placed. */
  photoAssetId?: string;
}

export function samplePage(options: SamplePageOptions = {}): DisplayDocument {
  const width = mmToPt(390);
  const height = mmToPt(545);
  const left = (width - (COLUMNS * COLUMN + (COLUMNS - 1) * GUTTER)) / 2;
  const top = mmToPt(20);
  const bottom = height - mmToPt(20);
  const items: DisplayItem[] = [];
  const paragraphs = seedPageText()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const blocks = classify(paragraphs);

  let column = 0;
  let y = top;
  const columnX = (c: number): number => left + c * (COLUMN + GUTTER);
  const advance = (needed: number): void => {
    if (y + needed > bottom) {
      column++;
      y = top;
    }
  };

  blocks.forEach((block, blockIndex) => {
    const style = STYLE[block.kind];
    const glyphs = measure(block.text, style.face, style.size);
    const leading = block.kind === 'body' || block.kind === 'byline' ? LEADING : style.size * 1.35;
    if (block.kind === 'banner') {
      advance(2 * LEADING + leading);
      y += LEADING / 2;
      items.push({ kind: 'box', rect: { x: columnX(column), y, width: COLUMN, height: leading }, fill: K });
    } else if (block.kind === 'headline') {
      advance(LEADING + 2 * leading);
      y += LEADING / 2;
    }
    const lines = breakLines(glyphs, COLUMN - style.indent * style.size * (block.kind === 'banner' ? 2 : 0), style.indent * style.size);
    lines.forEach((line, lineIndex) => {
      advance(leading);
      y += leading;
      const indent = lineIndex === 0 ? style.indent * style.size : 0;
      const isLast = lineIndex === lines.length - 1;
      const run: GlyphRun = {
        kind: 'glyphs',
        face: style.face,
        size: style.size,
        color: block.kind === 'banner' ? [0, 0, 0, 0] : K,
        overprint: block.kind !== 'banner',
        y: y - (leading - style.size) / 2 - style.size * 0.12,
        glyphs: placeLine(line, columnX(column) + indent, COLUMN - indent, block.kind === 'body' && !isLast),
        source: { frameId: `col-${column}`, block: blockIndex, line: lineIndex, column },
      };
      items.push(run);
    });
    if (block.kind === 'headline' || block.kind === 'banner') y += LEADING / 2;
    if (block.kind === 'caption' && options.photoAssetId && /^图[①②③]/.test(block.text)) {
      advance(COLUMN * 0.75 + LEADING);
      const clip = { x: columnX(column), y: y + LEADING / 2, width: COLUMN, height: COLUMN * 0.75 };
      const image: ImageItem = { kind: 'image', assetId: options.photoAssetId, clip, draw: { ...clip, x: clip.x - 10, width: clip.width + 20 } };
      items.push(image);
      y = clip.y + clip.height;
    }
  });
  if (column >= COLUMNS) throw new Error(`The sample copy overflows the page (${column + 1} columns)`);

  for (let c = 1; c < COLUMNS; c++) {
    const x = columnX(c) - GUTTER / 2;
    items.push({ kind: 'rule', x1: x, y1: top, x2: x, y2: bottom, width: 0.3, color: K });
  }
  items.push({ kind: 'rule', x1: left, y1: top - 6, x2: width - left, y2: top - 6, width: 1.5, color: K });
  return { title: '沁阳市：凝聚合力构建新兴领域党建新格局', pages: [{ width, height, bleed: mmToPt(3), items }] };
}
