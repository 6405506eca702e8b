import type { FaceMetrics, GlyphForm, GlyphMetrics, Measurer } from '../../shared/typeset/measurer';
import { faceInfo } from './font-catalogue';
import { recordFacts } from './cached-font';
import { openFont, type FontkitFont } from './font-loader';
import { fontRecord, type FontRecord } from './font-metrics-cache';

/**
 * The typesetter's Measurer over the real font files, with upstream fontkit 2. One fontkit
 * Font per file, opened on first use through font-loader.ts (shared with the PDF writer;
 * fontkit reads tables lazily, what is slow is touching glyphs, so every answer is cached per face,
 * and kept between processes by the font metrics cache: a face's file is opened only when a page
 * asks something the cache has not answered before, font-metrics-cache.ts).
 *
 * - glyph(): the cmap glyph, or for `full-width` / `proportional` / `vertical` the glyph OpenType's
 *   `fwid` / `pwid` / `fwid`+`vert`+`vrt2` substitute for it (other substitutions — ligatures, ccmp compositions — are
 *   switched off, so one character stays one glyph).
 * - ink(): the outline's bounding box.
 * - kerning(): what the font's GPOS `kern` adds between two glyphs.
 * - face(): the ideographic em box from OS/2 typo ascender/descender (880/−120 in Noto CJK).
 */

/** Substitutions that would merge or recompose glyphs; off so glyphs map 1:1 to characters. */
const NO_LIGATURES = { liga: false, clig: false, dlig: false, hlig: false, calt: false, ccmp: false, rlig: false };

const FORM_INDEX: Record<GlyphForm, number> = { default: 0, 'full-width': 1, proportional: 2, vertical: 3 };

export interface FontkitMeasurerOptions {
  /** Path of a face's font file (default: the bundled catalogue). */
  resolvePath?: (faceId: string) => string;
  /** Measurer id for cache keys; change it when resolvePath serves other fonts. */
  id?: string;
}

interface FaceEntry {
  /** The font, opened on the first answer the record lacks. */
  font(): FontkitFont;
  metrics: FaceMetrics;
  record: FontRecord;
}

export interface FontkitMeasurer extends Measurer {
  /** Faces opened so far (for diagnostics and tests). */
  openFaces(): string[];
}

export function createFontkitMeasurer(options: FontkitMeasurerOptions = {}): FontkitMeasurer {
  const resolvePath = options.resolvePath ?? ((id: string) => faceInfo(id).path);
  const faces = new Map<string, FaceEntry>();

  function entry(faceId: string): FaceEntry {
    let face = faces.get(faceId);
    if (!face) {
      const path = resolvePath(faceId);
      const record = fontRecord(path);
      const font = (): FontkitFont => openFont(path);
      const facts = recordFacts(record, font);
      const os2 = facts.os2;
      const metrics: FaceMetrics = {
        unitsPerEm: facts.unitsPerEm,
        ascent: os2 && os2.typoAscender > 0 ? os2.typoAscender : facts.ascent,
        descent: os2 && os2.typoDescender < 0 ? os2.typoDescender : facts.descent,
      };
      face = { font, metrics, record };
      faces.set(faceId, face);
    }
    return face;
  }

  function lookup(entry: FaceEntry, codePoint: number, form: GlyphForm): GlyphMetrics {
    const font = entry.font();
    const plain = font.glyphForCodePoint(codePoint);
    if (form === 'default' || plain.id === 0) return { gid: plain.id, advance: plain.advanceWidth };
    const features: Record<string, boolean> = form === 'vertical' ? { fwid: true, vert: true, vrt2: true } : { [form === 'full-width' ? 'fwid' : 'pwid']: true };
    const run = font.layout(String.fromCodePoint(codePoint), { ...NO_LIGATURES, kern: false, ...features });
    const g = run.glyphs[0];
    const pos = run.positions[0];
    if (form === 'vertical') {
      // Upright in a vertical line, a glyph advances by its vertical advance (vmtx; one em in CJK faces).
      const chosen = run.glyphs.length === 1 && g ? g : plain;
      const height = chosen.advanceHeight;
      return { gid: chosen.id, advance: height > 0 ? height : font.unitsPerEm };
    }
    if (run.glyphs.length !== 1 || !g || !pos) return { gid: plain.id, advance: plain.advanceWidth };
    return { gid: g.id, advance: pos.xAdvance };
  }

  return {
    id: options.id ?? 'fontkit:bundled',
    openFaces: () => [...faces.keys()],
    face: (faceId) => entry(faceId).metrics,
    glyph(faceId, codePoint, form = 'default') {
      const face = entry(faceId);
      const key = codePoint * 4 + FORM_INDEX[form];
      let g = face.record.glyphs.get(key);
      if (!g) {
        g = lookup(face, codePoint, form);
        face.record.glyphs.set(key, g);
        face.record.dirty = true;
      }
      return g;
    },
    ink(faceId, gid) {
      const face = entry(faceId);
      let ink = face.record.ink.get(gid);
      if (!ink) {
        const b = face.font().getGlyph(gid).bbox;
        ink = Number.isFinite(b.minX) && Number.isFinite(b.maxX)
          ? { xMin: b.minX, xMax: b.maxX, yMin: b.minY, yMax: b.maxY }
          : { xMin: 0, xMax: 0, yMin: 0, yMax: 0 };
        face.record.ink.set(gid, ink);
        face.record.dirty = true;
      }
      return ink;
    },
    kerning(faceId, leftGid, rightGid) {
      const face = entry(faceId);
      const key = leftGid * 65536 + rightGid;
      let k = face.record.kerning.get(key);
      if (k === undefined) {
        const font = face.font();
        const left = font.getGlyph(leftGid);
        const right = font.getGlyph(rightGid);
        const run = font.layout([left, right], { ...NO_LIGATURES, kern: true });
        const pos = run.positions[0];
        const same = run.glyphs.length === 2 && run.glyphs[0]?.id === leftGid && run.glyphs[1]?.id === rightGid;
        k = same && pos ? pos.xAdvance - left.advanceWidth : 0;
        face.record.kerning.set(key, k);
        face.record.dirty = true;
      }
      return k;
    },
  };
}
