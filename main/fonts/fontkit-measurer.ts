import type { FaceMetrics, GlyphForm, GlyphMetrics, InkBounds, Measurer } from '../../shared/typeset/measurer';
import { faceInfo } from './font-catalogue';
import { openFont, type FontkitFont } from './font-loader';

/**
 * The typesetter's Measurer over the real font files, with upstream fontkit 2. One fontkit
 * Font per file, opened on first use through font-loader.ts (shared with the PDF writer;
 * fontkit reads tables lazily, what is slow is touching glyphs, so every answer is cached per face).
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
  font: FontkitFont;
  metrics: FaceMetrics;
  glyphs: Map<number, GlyphMetrics>;
  ink: Map<number, InkBounds>;
  kerning: Map<number, number>;
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
      const font = openFont(resolvePath(faceId));
      const os2 = font['OS/2'];
      const metrics: FaceMetrics = {
        unitsPerEm: font.unitsPerEm,
        ascent: os2 && os2.typoAscender > 0 ? os2.typoAscender : font.ascent,
        descent: os2 && os2.typoDescender < 0 ? os2.typoDescender : font.descent,
      };
      face = { font, metrics, glyphs: new Map(), ink: new Map(), kerning: new Map() };
      faces.set(faceId, face);
    }
    return face;
  }

  function lookup(face: FaceEntry, codePoint: number, form: GlyphForm): GlyphMetrics {
    const plain = face.font.glyphForCodePoint(codePoint);
    if (form === 'default' || plain.id === 0) return { gid: plain.id, advance: plain.advanceWidth };
    const features: Record<string, boolean> = form === 'vertical' ? { fwid: true, vert: true, vrt2: true } : { [form === 'full-width' ? 'fwid' : 'pwid']: true };
    const run = face.font.layout(String.fromCodePoint(codePoint), { ...NO_LIGATURES, kern: false, ...features });
    const g = run.glyphs[0];
    const pos = run.positions[0];
    if (form === 'vertical') {
      // Upright in a vertical line, a glyph advances by its vertical advance (vmtx; one em in CJK faces).
      const chosen = run.glyphs.length === 1 && g ? g : plain;
      const height = chosen.advanceHeight;
      return { gid: chosen.id, advance: height > 0 ? height : face.font.unitsPerEm };
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
      let g = face.glyphs.get(key);
      if (!g) {
        g = lookup(face, codePoint, form);
        face.glyphs.set(key, g);
      }
      return g;
    },
    ink(faceId, gid) {
      const face = entry(faceId);
      let ink = face.ink.get(gid);
      if (!ink) {
        const b = face.font.getGlyph(gid).bbox;
        ink = Number.isFinite(b.minX) && Number.isFinite(b.maxX)
          ? { xMin: b.minX, xMax: b.maxX, yMin: b.minY, yMax: b.maxY }
          : { xMin: 0, xMax: 0, yMin: 0, yMax: 0 };
        face.ink.set(gid, ink);
      }
      return ink;
    },
    kerning(faceId, leftGid, rightGid) {
      const face = entry(faceId);
      const key = leftGid * 65536 + rightGid;
      let k = face.kerning.get(key);
      if (k === undefined) {
        const left = face.font.getGlyph(leftGid);
        const right = face.font.getGlyph(rightGid);
        const run = face.font.layout([left, right], { ...NO_LIGATURES, kern: true });
        const pos = run.positions[0];
        const same = run.glyphs.length === 2 && run.glyphs[0]?.id === leftGid && run.glyphs[1]?.id === rightGid;
        k = same && pos ? pos.xAdvance - left.advanceWidth : 0;
        face.kerning.set(key, k);
      }
      return k;
    },
  };
}
