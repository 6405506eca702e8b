import type { DisplayDocument } from '../../shared/model/display-list';
import { PdfExportError } from './export-errors';
import type { FaceSource, PdfFace } from './fontkit-face';
import { roundTo } from './pdf-number';

/**
 * One character code (CID) of an embedded font. A CID stands for one glyph shown as one
 * text: when the same glyph stands for two texts (a CJK compatibility ideograph and its
 * unified twin share outlines), each pair gets its own CID so the ToUnicode map can give
 * back each text exactly.
 */
export interface CidGlyph {
  cid: number;
  gid: number;
  text: string;
  /** Advance width in 1/1000 em, as written in /W (and used for pen tracking). */
  width: number;
}

export interface FaceUsage {
  face: PdfFace;
  /** Sorted by CID, CID 1 upwards (CID 0 is .notdef). */
  glyphs: CidGlyph[];
  cidOf(gid: number, text: string): number;
  widthOfCid(cid: number): number;
  /** Distinct glyph ids of the full font, ascending. */
  gids: number[];
  /** Some upright glyph of a vertical run (竖排) uses the face: it needs its vertical-mode font too. */
  vertical: boolean;
  /** Vertical origin above the baseline, 1/1000 em (/DW2's vy): the top of the ideographic em box. */
  verticalOrigin: number;
}

const key = (gid: number, text: string): string => `${gid}\u0000${text}`;

/** Scans the document once: every face used and every (glyph, text) pair drawn with it. */
export function collectFaceUsage(doc: DisplayDocument, faces: FaceSource): Map<string, FaceUsage> {
  const pairs = new Map<string, Map<string, { gid: number; text: string }>>();
  const vertical = new Set<string>();
  for (const page of doc.pages) {
    for (const item of page.items) {
      if (item.kind !== 'glyphs') continue;
      if (item.vertical && item.glyphs.some((g) => g.orient === undefined)) vertical.add(item.face);
      let used = pairs.get(item.face);
      if (!used) {
        used = new Map();
        pairs.set(item.face, used);
      }
      for (const g of item.glyphs) {
        const k = key(g.gid, g.text);
        if (!used.has(k)) used.set(k, { gid: g.gid, text: g.text });
      }
    }
  }

  const result = new Map<string, FaceUsage>();
  for (const [faceId, used] of pairs) {
    let face: PdfFace;
    try {
      face = faces(faceId);
    } catch (error) {
      throw new PdfExportError('unknown-face', `Cannot load font face "${faceId}": ${(error as Error).message}`, { cause: error });
    }
    const font = face.font;
    const sorted = [...used.values()].sort((a, b) => a.gid - b.gid || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    const glyphs: CidGlyph[] = [];
    const cids = new Map<string, number>();
    const widths = new Map<number, number>();
    for (const { gid, text } of sorted) {
      if (!Number.isInteger(gid) || gid < 0 || gid >= font.numGlyphs) {
        throw new PdfExportError('bad-glyph', `Glyph id ${gid} (text "${text}") is not in ${face.postscriptName} (${font.numGlyphs} glyphs)`);
      }
      let width = widths.get(gid);
      if (width === undefined) {
        width = roundTo((font.getGlyph(gid).advanceWidth * 1000) / font.unitsPerEm);
        widths.set(gid, width);
      }
      const cid = glyphs.length + 1;
      glyphs.push({ cid, gid, text, width });
      cids.set(key(gid, text), cid);
    }
    if (glyphs.length > 0xfffe) throw new PdfExportError('bad-glyph', `${faceId}: more than 65534 distinct glyphs on one document`);
    const os2 = font['OS/2'];
    const ascent = os2 && os2.typoAscender > 0 ? os2.typoAscender : font.ascent;
    result.set(faceId, {
      face,
      glyphs,
      gids: [...widths.keys()],
      vertical: vertical.has(faceId),
      verticalOrigin: roundTo((ascent * 1000) / font.unitsPerEm),
      cidOf(gid, text) {
        const cid = cids.get(key(gid, text));
        if (cid === undefined) throw new Error(`Glyph ${gid} "${text}" was not collected for ${faceId}`);
        return cid;
      },
      widthOfCid(cid) {
        return cid === 0 ? 0 : glyphs[cid - 1]!.width;
      },
    });
  }
  return result;
}
