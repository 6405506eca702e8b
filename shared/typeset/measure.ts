import * as M_CharClasses from './char-classes';
import type { CharClass } from './char-classes';
import type { GlyphForm, Measurer } from './measurer';

// Module-local copies: under CommonJS transpilation (tsx) every imported binding is a getter call.
const { isAmbiguousWidth, isCompressible } = M_CharClasses;

/**
 * Stage 4 (measure): glyph ids and advances from the Measurer, and — for punctuation — where
 * the font puts the ink in the em box, which decides which half of the mark is blank and may
 * be compressed (Mainland fonts: 。，、：；？！ sit bottom-left, brackets and quotes on their
 * inner side; Taiwan/Hong Kong fonts centre 。，、：；？！, which then keep their whole em). Results are cached per Measurer, per face, per character.
 */

export interface GlyphInfo {
  gid: number;
  /** Advance, em. */
  advance: number;
  /** Blank that may be removed on each side, em, in quarter-em steps (0, 0.25, 0.5). */
  trimLeft: number;
  trimRight: number;
}

/** Quarter-em steps, with a little tolerance for fonts whose ink nearly reaches the middle. */
function trimmable(blank: number): number {
  return Math.min(0.5, Math.floor((blank + 0.03) / 0.25) * 0.25);
}

/** Which form a character takes: Chinese marks full-width, Western marks proportional. */
export function glyphForm(ch: string, cls: CharClass): GlyphForm {
  if (!isAmbiguousWidth(ch)) return 'default';
  if (cls === 'western-punct' || cls === 'western') return 'proportional';
  // The middle dot keeps the font's own form: Noto Serif SC draws it narrow, Noto Sans SC full-width.
  return ch === '·' ? 'default' : 'full-width';
}

const caches = new WeakMap<Measurer, Map<string, Map<number, GlyphInfo>>>();

function cacheFor(measurer: Measurer, face: string): Map<number, GlyphInfo> {
  let perFace = caches.get(measurer);
  if (!perFace) {
    perFace = new Map();
    caches.set(measurer, perFace);
  }
  let cache = perFace.get(face);
  if (!cache) {
    cache = new Map();
    perFace.set(face, cache);
  }
  return cache;
}

const FORM_INDEX: Record<GlyphForm, number> = { default: 0, 'full-width': 1, proportional: 2, vertical: 3 };
const TRIM_KIND: Partial<Record<CharClass, number>> = { opening: 1, closing: 2, stop: 2, comma: 2, interpunct: 3 };

export function glyphInfo(measurer: Measurer, face: string, cp: number, cls: CharClass, form: GlyphForm): GlyphInfo {
  const compressible = isCompressible(cls);
  const key = cp * 16 + FORM_INDEX[form] * 4 + (TRIM_KIND[cls] ?? 0);
  const cache = cacheFor(measurer, face);
  const hit = cache.get(key);
  if (hit) return hit;
  const upem = measurer.face(face).unitsPerEm;
  const g = measurer.glyph(face, cp, form);
  const info: GlyphInfo = { gid: g.gid, advance: g.advance / upem, trimLeft: 0, trimRight: 0 };
  // Only full-width marks have a blank half; proportional ones are already tight.
  if (compressible && g.gid !== 0 && g.advance >= 0.9 * upem) {
    const ink = measurer.ink(face, g.gid);
    const left = trimmable(ink.xMin / upem);
    const right = trimmable((g.advance - ink.xMax) / upem);
    if (cls === 'opening') info.trimLeft = left;
    else if (cls === 'interpunct') {
      info.trimLeft = Math.min(0.25, left);
      info.trimRight = Math.min(0.25, right);
    } else if ((cls === 'stop' || cls === 'comma') && left >= 0.25) {
      // Centred in the em box (Taiwan/Hong Kong faces, clreq): the mark keeps its whole em, at a
      // line end too, as those faces are set; there is no blank half to give.
    } else info.trimRight = right;
  }
  cache.set(key, info);
  return info;
}

const dashCache = new WeakMap<Measurer, Map<string, GlyphInfo | null>>();

/**
 * The glyph for each half of a doubled dash (——). A full-width dash glyph has side bearings,
 * so two of them show a gap; a font whose box-drawing ─ (U+2500) has the same stroke at the
 * same height and spans the whole em joins seamlessly, without a ligature (one glyph per
 * character). Falls back to the full-width dash.
 */
export function joinedDashInfo(measurer: Measurer, face: string): GlyphInfo | null {
  let perFace = dashCache.get(measurer);
  if (!perFace) {
    perFace = new Map();
    dashCache.set(measurer, perFace);
  }
  if (perFace.has(face)) return perFace.get(face) ?? null;
  let result: GlyphInfo | null = null;
  const upem = measurer.face(face).unitsPerEm;
  const dash = measurer.glyph(face, 0x2014, 'full-width');
  const rule = measurer.glyph(face, 0x2500, 'default');
  if (dash.gid !== 0 && rule.gid !== 0 && dash.advance === upem && rule.advance === upem) {
    const d = measurer.ink(face, dash.gid);
    const r = measurer.ink(face, rule.gid);
    const tol = 0.02 * upem;
    const same = Math.abs(d.yMin - r.yMin) <= tol && Math.abs(d.yMax - r.yMax) <= tol;
    if (same && r.xMin <= tol && r.xMax >= upem - tol) result = { gid: rule.gid, advance: 1, trimLeft: 0, trimRight: 0 };
  }
  perFace.set(face, result);
  return result;
}
