import type { DisplayItem, GlyphRun } from '../model/display-list';

/**
 * Characters that print as .notdef (glyph id 0: an empty box) — ones that neither the style's
 * face nor any face of its fallback chain has. Found on the display list, so preflight and the
 * PDF writer see exactly what would print; each is named with its story and position.
 */

export interface MissingGlyph {
  text: string;
  face: string;
  storyId?: string;
  frameId?: string;
  /** Story block (index in the body, or a field: headline, caption…). */
  block?: number | string;
  /** Offset of the character in its block's text (UTF-16). */
  offset: number;
}

export function missingGlyphs(items: readonly DisplayItem[]): MissingGlyph[] {
  const found: MissingGlyph[] = [];
  for (const item of items) {
    if (item.kind !== 'glyphs') continue;
    for (const g of item.glyphs) if (g.gid === 0 && g.text.trim() !== '') found.push(describe(item, g.text, g.offset));
  }
  return found;
}

function describe(run: GlyphRun, text: string, offset: number): MissingGlyph {
  const s = run.source;
  if (!s) return { text, face: run.face, offset };
  return { text, face: run.face, offset, frameId: s.frameId, block: s.block, ...(s.storyId ? { storyId: s.storyId } : {}) };
}

/** “𱍊” (U+3134A) in story "lead", paragraph 3, character 12 */
export function formatMissingGlyph(m: MissingGlyph): string {
  const cp = `U+${m.text.codePointAt(0)!.toString(16).toUpperCase()}`;
  const where = m.storyId ? `story "${m.storyId}"` : m.frameId ? `frame "${m.frameId}"` : 'the page';
  const block = m.block === undefined ? '' : typeof m.block === 'number' ? `, paragraph ${m.block + 1}` : `, ${m.block}`;
  return `“${m.text}” (${cp}) in ${where}${block}, character ${m.offset + 1}`;
}
