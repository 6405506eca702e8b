import type { CharClass } from './char-classes';
import type { Measurer } from './measurer';
import type { Atom } from './prepared';

/**
 * Vertical writing (竖排), the glyph side: how each character stands in a vertical line, after
 * clreq §3.4 (*Vertical writing*) and UAX #50.
 *
 * - Han, kana, full-width forms and Chinese punctuation stand **upright**, in their vertical
 *   forms (OpenType `vert`/`vrt2` through the Measurer's `vertical` form: 。，、 move to the top
 *   right, 「」（）《》 and the quotes turn, —— and …… run down the line).
 * - A number of two or three digits standing alone is **纵中横** (tate-chu-yoko): its digits
 *   side by side, centred across the line, in one em of its length.
 * - A single Western character, and a number of four or more digits (2026), stands upright
 *   one character per em, in full-width forms (２０２６), as Chinese vertical headlines set years.
 * - Other Western text (words, codes, mixed letters and digits) is **rotated** 90° clockwise,
 *   in its proportional forms, letter tops to the right.
 */

export type VerticalOrient = 'upright' | 'tcy' | 'rotated';

const DIGIT = /^[0-9]$/;

function isWesternAtom(cls: CharClass): boolean {
  return cls === 'western' || cls === 'western-punct';
}

/**
 * Orientation of each atom. A Western segment is a maximal run of Western atoms, with spaces
 * inside it (between two Western atoms) counting as part of it.
 */
export function verticalOrients(atoms: readonly Atom[]): VerticalOrient[] {
  const n = atoms.length;
  const orient: VerticalOrient[] = new Array<VerticalOrient>(n).fill('upright');
  for (let i = 0; i < n; ) {
    if (!isWesternAtom(atoms[i]!.cls)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < n && isWesternAtom(atoms[j]!.cls)) j++;
      else if (j + 1 < n && atoms[j]!.cls === 'space' && isWesternAtom(atoms[j + 1]!.cls)) j += 2;
      else break;
    }
    const length = j - i;
    const digits = atoms.slice(i, j).every((a) => DIGIT.test(a.text));
    const kind: VerticalOrient = length === 1 || (digits && length >= 4) ? 'upright' : digits ? 'tcy' : 'rotated';
    for (let k = i; k < j; k++) orient[k] = kind;
    i = j;
  }
  return orient;
}

export interface VerticalGlyphInfo {
  gid: number;
  /** Length along the line, em (the vertical advance for upright glyphs, the width otherwise). */
  length: number;
  /** Width across the line, em (the horizontal advance). */
  width: number;
  /** Blank that may be removed above and below (upright punctuation), em, quarter-em steps. */
  trimTop: number;
  trimBottom: number;
}

function trimmable(blank: number): number {
  return Math.max(0, Math.min(0.5, Math.floor((blank + 0.03) / 0.25) * 0.25));
}

/** Which side of a mark is blank in a vertical line: opening marks sit low, the others high. */
const TRIM_SIDE: Partial<Record<CharClass, 'top' | 'bottom' | 'both'>> = {
  opening: 'top',
  closing: 'bottom',
  stop: 'bottom',
  comma: 'bottom',
  interpunct: 'both',
};

/**
 * The glyph of one atom in the given orientation and face (em units). Upright: the vertical
 * form; its blank halves read from the ink's height in the em box (the vertical twin of
 * measure.ts). Rotated: the proportional glyph. 纵中横: the font's own digits (Noto CJK has
 * no third-width digits, so two digits take about 1.1 em across, three about 1.6 em).
 */
export function verticalGlyph(measurer: Measurer, face: string, atom: Atom, orient: VerticalOrient): VerticalGlyphInfo {
  const metrics = measurer.face(face);
  const upem = metrics.unitsPerEm;
  if (orient !== 'upright') {
    const form = orient === 'rotated' && atom.cls === 'western-punct' ? 'proportional' : 'default';
    const g = measurer.glyph(face, atom.cp, form);
    return { gid: g.gid, length: g.advance / upem, width: g.advance / upem, trimTop: 0, trimBottom: 0 };
  }
  const g = measurer.glyph(face, atom.cp, 'vertical');
  const info: VerticalGlyphInfo = { gid: g.gid, length: g.advance / upem, width: 1, trimTop: 0, trimBottom: 0 };
  const side = TRIM_SIDE[atom.cls];
  if (side && g.gid !== 0 && g.advance >= 0.9 * upem) {
    const ink = measurer.ink(face, g.gid);
    const top = trimmable((metrics.ascent - ink.yMax) / upem);
    const bottom = trimmable((ink.yMin - metrics.descent) / upem);
    if (side === 'top') info.trimTop = top;
    else if (side === 'bottom') info.trimBottom = bottom;
    else {
      info.trimTop = Math.min(0.25, top);
      info.trimBottom = Math.min(0.25, bottom);
    }
  }
  return info;
}

/**
 * Each half of a doubled dash (——) down a vertical line: the vertical dash has a blank at both
 * ends, so two of them show a gap; where the face's box-drawing │ (U+2502) has the same stroke
 * across the line and spans the whole em, it joins them (one glyph per character, as
 * measure.ts's joinedDashInfo does across). Null: use the vertical dash.
 */
export function joinedVerticalDash(measurer: Measurer, face: string): VerticalGlyphInfo | null {
  const metrics = measurer.face(face);
  const upem = metrics.unitsPerEm;
  const dash = measurer.glyph(face, 0x2014, 'vertical');
  const rule = measurer.glyph(face, 0x2502, 'default');
  if (dash.gid === 0 || rule.gid === 0 || dash.advance !== upem || rule.advance !== upem) return null;
  const d = measurer.ink(face, dash.gid);
  const r = measurer.ink(face, rule.gid);
  const tol = 0.02 * upem;
  const sameStroke = Math.abs(d.xMin - r.xMin) <= tol && Math.abs(d.xMax - r.xMax) <= tol;
  const spans = r.yMin <= metrics.descent + tol && r.yMax >= metrics.ascent - tol;
  return sameStroke && spans ? { gid: rule.gid, length: 1, width: 1, trimTop: 0, trimBottom: 0 } : null;
}
