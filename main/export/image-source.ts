import { isJpeg } from '../photos/image-format';
import { readJpegInfo, stripJpegMetadata, type JpegInfo } from '../photos/jpeg-info';
import { imageMetadata, printJpeg } from '../photos/sharp-pipelines';
import { PdfExportError } from './export-errors';

/** An image as the caller hands it over: the file's bytes (JPEG; other formats only with conversion). */
export interface PdfImageSource {
  bytes: Uint8Array;
}

/** Finds an image by the display list's assetId; undefined when there is no such asset. */
export type ImageResolver = (assetId: string) => PdfImageSource | undefined | Promise<PdfImageSource | undefined>;

export type ImageConversion = 'rgb-to-cmyk' | 'format-to-cmyk' | 'format-to-gray';

/** A JPEG ready to be written as a DCTDecode image XObject. */
export interface PreparedImage {
  assetId: string;
  bytes: Uint8Array;
  info: JpegInfo;
  colorSpace: 'DeviceCMYK' | 'DeviceGray';
  /** Adobe CMYK JPEGs store inverted values: /Decode [1 0 1 0 1 0 1 0] makes them print right. */
  decode?: number[];
  converted?: ImageConversion;
}

function fromJpeg(assetId: string, bytes: Uint8Array, converted?: ImageConversion): PreparedImage {
  const info = readJpegInfo(bytes);
  if (info.bitsPerComponent !== 8) {
    throw new PdfExportError('unsupported-image', `Image "${assetId}": ${info.bitsPerComponent}-bit JPEG is not supported (8-bit only)`);
  }
  const stripped = stripJpegMetadata(bytes);
  if (info.components === 4) {
    return { assetId, bytes: stripped, info, colorSpace: 'DeviceCMYK', decode: info.adobe ? [1, 0, 1, 0, 1, 0, 1, 0] : undefined, converted };
  }
  if (info.components === 1) return { assetId, bytes: stripped, info, colorSpace: 'DeviceGray', converted };
  throw new PdfExportError('unsupported-image', `Image "${assetId}": a JPEG with ${info.components} components is not printable`);
}

/**
 * CMYK and grey JPEGs pass through unchanged (metadata stripped). RGB JPEGs and other
 * formats are converted (photos' printJpeg) when `convertRgb` is on, and refused otherwise:
 * no RGB reaches the page.
 */
export async function prepareImage(assetId: string, source: PdfImageSource, convertRgb: boolean): Promise<PreparedImage> {
  const bytes = source.bytes;
  try {
    if (isJpeg(bytes)) {
      const info = readJpegInfo(bytes);
      if (info.components !== 3) return fromJpeg(assetId, bytes);
      if (!convertRgb) {
        throw new PdfExportError('rgb-image-refused', `Image "${assetId}" is an RGB JPEG and RGB conversion is off: convert it to CMYK first`);
      }
      return fromJpeg(assetId, await printJpeg(bytes, false), 'rgb-to-cmyk');
    }
    if (!convertRgb) {
      throw new PdfExportError('unsupported-image', `Image "${assetId}" is not a JPEG; with conversion off only CMYK or grey JPEGs can be placed`);
    }
    const meta = await imageMetadata(bytes);
    const gray = meta.channels !== undefined && meta.channels <= 2 && meta.space !== 'cmyk';
    return fromJpeg(assetId, await printJpeg(bytes, gray), gray ? 'format-to-gray' : 'format-to-cmyk');
  } catch (error) {
    if (error instanceof PdfExportError) throw error;
    throw new PdfExportError('unsupported-image', `Image "${assetId}" cannot be read: ${(error as Error).message}`, { cause: error });
  }
}
