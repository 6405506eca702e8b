import { faceInfo } from '../fonts/font-catalogue';
import { cachedFont } from '../fonts/cached-font';
import type { FontkitFont } from '../fonts/font-loader';

/** A face as the writer needs it: the parsed font, its PostScript name and its file. */
export interface PdfFace {
  id: string;
  font: FontkitFont;
  postscriptName: string;
  /** Serif faces set the Serif flag in the font descriptor. */
  serif: boolean;
  path: string;
}

/** Where faces come from; the default is the bundled catalogue. */
export type FaceSource = (faceId: string) => PdfFace;

const faces = new Map<string, PdfFace>();

/**
 * The bundled faces, answered from the font metrics cache (main/fonts/cached-font.ts) and their
 * files shared with the page Measurer when opened (main/fonts/font-loader.ts opens each file once).
 */
export const catalogueFaceSource: FaceSource = (faceId) => {
  const cached = faces.get(faceId);
  if (cached) return cached;
  const info = faceInfo(faceId);
  const face: PdfFace = {
    id: faceId,
    font: cachedFont(info.path),
    postscriptName: info.postscriptName,
    serif: info.design !== 'sans',
    path: info.path,
  };
  faces.set(faceId, face);
  return face;
};
