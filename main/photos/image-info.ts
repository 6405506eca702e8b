import type { ImageInfo } from '../../shared/compose/compose-types';
import { imageMetadata } from './sharp-pipelines';

/**
 * A photo's pixel size and colour as composition needs them, read with sharp (libvips reads
 * only the header). The size is upright: EXIF orientations 5–8 turn the image a quarter, and
 * the PDF writer draws it turned, so width and height swap.
 */
export interface PhotoMetadata extends ImageInfo {
  /** libvips's name for the colour space: srgb, cmyk, b-w, … */
  space: string;
  /** Resolution the file declares, pixels per inch; null when none. */
  ppi: number | null;
}

export async function readImageInfo(bytes: Uint8Array): Promise<PhotoMetadata> {
  const meta = await imageMetadata(bytes);
  if (!meta.width || !meta.height) throw new Error('not an image sharp can read');
  const turned = (meta.orientation ?? 1) >= 5;
  const jpeg = meta.format === 'jpeg';
  let colorSpace: ImageInfo['colorSpace'];
  if (!jpeg) colorSpace = 'other';
  else if (meta.space === 'cmyk') colorSpace = 'cmyk';
  else if (meta.space === 'b-w' || meta.channels === 1) colorSpace = 'gray';
  else colorSpace = 'rgb';
  return {
    width: turned ? meta.height : meta.width,
    height: turned ? meta.width : meta.height,
    colorSpace,
    space: meta.space ?? colorSpace,
    ppi: meta.density && meta.density > 0 ? meta.density : null,
  };
}
