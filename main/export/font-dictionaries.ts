import { PDFString, type PDFRef } from 'pdf-lib';
import type { CidGlyph, FaceUsage } from './face-usage';
import { descriptorLineBox } from './line-box';
import type { FontProgram } from './font-program';
import type { PdfObjects } from './pdf-objects';
import { roundTo } from './pdf-number';
import { toUnicodeCmap } from './to-unicode-cmap';

export interface EmbeddedFace {
  ref: PDFRef;
  /** The same glyphs in vertical writing mode (Identity-V), when a vertical run uses the face. */
  verticalRef?: PDFRef;
  /** "ABCDEF+NotoSerifSC-Regular" (subset) or the bare PostScript name (full reference font). */
  baseFont: string;
  glyphCount: number;
  /** Uncompressed size of the embedded TrueType program. */
  programBytes: number;
}

/** /DW is the commonest width (1000 for CJK), /W lists only the others, grouped by consecutive CIDs. */
export function widthArrays(glyphs: readonly CidGlyph[]): { dw: number; w: (number | number[])[] } {
  const counts = new Map<number, number>();
  for (const g of glyphs) counts.set(g.width, (counts.get(g.width) ?? 0) + 1);
  let dw = 1000;
  let best = 0;
  for (const [width, n] of counts) if (n > best || (n === best && width < dw)) [dw, best] = [width, n];
  const w: (number | number[])[] = [];
  let run: number[] | undefined;
  let previousCid = -2;
  for (const g of glyphs) {
    if (g.width === dw) {
      run = undefined;
      continue;
    }
    if (!run || g.cid !== previousCid + 1) {
      run = [];
      w.push(g.cid, run);
    }
    run.push(g.width);
    previousCid = g.cid;
  }
  return { dw, w };
}

/** StemV is not in a TrueType font; estimate it from the weight class as Acrobat's tools do. */
const stemV = (weight: number): number => Math.round(50 + (weight / 65) ** 2);

/**
 * Type0 font with Identity-H encoding over a CIDFontType2 (TrueType) descendant: two-byte
 * CIDs in the content stream, /CIDToGIDMap to the program's glyphs, /W widths, a ToUnicode
 * CMap. The dictionaries are built by hand: pdf-lib's embedFont would name the subset
 * "Name-XXXX" and use the @pdf-lib/fontkit fork to cut it.
 */
export function embedFace(objects: PdfObjects, usage: FaceUsage, program: FontProgram, tag: string | undefined): EmbeddedFace {
  const { font, postscriptName, serif } = usage.face;
  const baseFont = tag ? `${tag}+${postscriptName}` : postscriptName;
  const scale = 1000 / font.unitsPerEm;
  const weight = font['OS/2']?.usWeightClass ?? 400;
  const lineBox = descriptorLineBox(usage.face);

  const fontFile = objects.flateStream(program.bytes, { Length1: program.bytes.length });
  const descriptor = objects.register({
    Type: 'FontDescriptor',
    FontName: baseFont,
    Flags: 4 + (serif ? 2 : 0),
    FontBBox: [font.bbox.minX, font.bbox.minY, font.bbox.maxX, font.bbox.maxY].map((v) => Math.round(v * scale)),
    ItalicAngle: font.italicAngle,
    Ascent: lineBox.ascent,
    Descent: lineBox.descent,
    CapHeight: Math.round((font.capHeight || font.ascent) * scale),
    StemV: stemV(weight),
    FontFile2: fontFile,
  });

  const lastCid = usage.glyphs.length;
  const cidToGid = new Uint8Array(2 * (lastCid + 1));
  for (const g of usage.glyphs) {
    const programGid = program.programGid(g.gid);
    cidToGid[2 * g.cid] = programGid >> 8;
    cidToGid[2 * g.cid + 1] = programGid & 0xff;
  }
  const { dw, w } = widthArrays(usage.glyphs);
  const cidFont = objects.register({
    Type: 'Font',
    Subtype: 'CIDFontType2',
    BaseFont: baseFont,
    CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
    FontDescriptor: descriptor,
    DW: roundTo(dw),
    W: w.length ? w : undefined,
    // Vertical writing: the origin at the em box's top, one em down per glyph (the positions come from TJ).
    DW2: usage.vertical ? [usage.verticalOrigin, -1000] : undefined,
    CIDToGIDMap: objects.flateStream(cidToGid),
  });

  const toUnicode = objects.flateStream(new TextEncoder().encode(toUnicodeCmap(usage.glyphs)));
  const type0 = objects.register({
    Type: 'Font',
    Subtype: 'Type0',
    BaseFont: baseFont,
    Encoding: 'Identity-H',
    DescendantFonts: [cidFont],
    ToUnicode: toUnicode,
  });
  // 竖排: a second Type0 over the same CIDFont, in writing mode 1; text copies out the same.
  const verticalRef = usage.vertical
    ? objects.register({ Type: 'Font', Subtype: 'Type0', BaseFont: baseFont, Encoding: 'Identity-V', DescendantFonts: [cidFont], ToUnicode: toUnicode })
    : undefined;
  return { ref: type0, ...(verticalRef ? { verticalRef } : {}), baseFont, glyphCount: usage.gids.length, programBytes: program.bytes.length };
}
