import { isFallbackFace } from '../fonts/font-catalogue';
import type { PdfFace } from './fontkit-face';

/**
 * The FontDescriptor's Ascent and Descent (1/1000 em): what PDF readers take as a glyph's line
 * box when they select or extract text. A fallback face stands in for a Noto SC face on the
 * same line, so it declares the Noto faces' box (hhea 1151/−286); with its own (HanaMinB's is
 * 912/−169 of 1024) a reader sees a shorter word and cuts it out of the line.
 */
const NOTO_LINE_BOX = { ascent: 1151, descent: -286 };

export function descriptorLineBox(face: PdfFace): { ascent: number; descent: number } {
  if (isFallbackFace(face.id)) return NOTO_LINE_BOX;
  const scale = 1000 / face.font.unitsPerEm;
  return { ascent: Math.round(face.font.ascent * scale), descent: Math.round(face.font.descent * scale) };
}
