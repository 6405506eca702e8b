import { isJpeg } from './image-format';

/** What the PDF writer needs to know about a JPEG to pass it through as DCTDecode. */
export interface JpegInfo {
  width: number;
  height: number;
  components: number;
  bitsPerComponent: number;
  /** The Adobe APP14 marker: Photoshop/libjpeg CMYK files store inverted CMYK under it. */
  adobe: boolean;
  /** EXIF orientation 1..8 (1 when absent). */
  orientation: number;
}

const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

interface Segment {
  marker: number;
  /** Offset of the 0xFF of the marker. */
  start: number;
  /** Offset after the segment. */
  end: number;
}

/** The header segments up to (not including) the first SOS. */
function headerSegments(bytes: Uint8Array): { segments: Segment[]; scanStart: number } {
  if (!isJpeg(bytes)) throw new Error('not a JPEG file (no SOI marker)');
  const segments: Segment[] = [];
  let pos = 2;
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) throw new Error(`broken JPEG: expected a marker at byte ${pos}`);
    const marker = bytes[pos + 1]!;
    if (marker === 0xff) {
      pos++; // fill byte
      continue;
    }
    if (marker === 0xda) return { segments, scanStart: pos };
    if (marker === 0xd9) break;
    const length = (bytes[pos + 2]! << 8) | bytes[pos + 3]!;
    const end = pos + 2 + length;
    if (length < 2 || end > bytes.length) throw new Error(`broken JPEG: segment at byte ${pos} runs past the end`);
    segments.push({ marker, start: pos, end });
    pos = end;
  }
  throw new Error('broken JPEG: no image data (SOS) found');
}

const ascii = (bytes: Uint8Array, from: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(from, Math.min(bytes.length, from + length)));

/** EXIF orientation from an APP1 "Exif" payload (TIFF header + IFD0), 1 when absent or unreadable. */
function exifOrientation(bytes: Uint8Array, segment: Segment): number {
  const tiff = segment.start + 10;
  if (ascii(bytes, segment.start + 4, 6) !== 'Exif\0\0' || tiff + 8 > segment.end) return 1;
  const little = bytes[tiff] === 0x49;
  const u16 = (at: number): number => (little ? bytes[at]! | (bytes[at + 1]! << 8) : (bytes[at]! << 8) | bytes[at + 1]!);
  const u32 = (at: number): number => (little ? u16(at) + u16(at + 2) * 65536 : u16(at) * 65536 + u16(at + 2));
  const ifd = tiff + u32(tiff + 4);
  if (ifd + 2 > segment.end) return 1;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + 12 * i;
    if (entry + 12 > segment.end) return 1;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

/**
 * A JPEG cut short (an interrupted copy) still has a readable header; it would pass through
 * and break the page at the RIP. Entropy-coded data never contains FF D9 (0xFF is stuffed),
 * so an EOI after the first scan means the file is complete.
 */
function hasEndOfImage(bytes: Uint8Array, scanStart: number): boolean {
  for (let i = bytes.length - 2; i > scanStart; i--) if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
  return false;
}

/** A whole JPEG: starts with SOI and ends with EOI (a file cut short by a crash does not). */
export function isWholeJpeg(bytes: Uint8Array): boolean {
  const n = bytes.length;
  return n > 4 && isJpeg(bytes) && bytes[n - 2] === 0xff && bytes[n - 1] === 0xd9;
}

export function readJpegInfo(bytes: Uint8Array): JpegInfo {
  const { segments, scanStart } = headerSegments(bytes);
  if (!hasEndOfImage(bytes, scanStart)) throw new Error('the JPEG file is cut short (no end-of-image marker)');
  let frame: JpegInfo | undefined;
  let adobe = false;
  let orientation = 1;
  for (const s of segments) {
    if (SOF_MARKERS.has(s.marker)) {
      const p = s.start + 4;
      frame = {
        bitsPerComponent: bytes[p]!,
        height: (bytes[p + 1]! << 8) | bytes[p + 2]!,
        width: (bytes[p + 3]! << 8) | bytes[p + 4]!,
        components: bytes[p + 5]!,
        adobe: false,
        orientation: 1,
      };
    } else if (s.marker === 0xee && ascii(bytes, s.start + 4, 5) === 'Adobe') {
      adobe = true;
    } else if (s.marker === 0xe1 && orientation === 1) {
      orientation = exifOrientation(bytes, s);
    }
  }
  if (!frame) throw new Error('broken JPEG: no frame header (SOF)');
  if (frame.width === 0 || frame.height === 0) throw new Error('JPEG with the height given after the scan (DNL) is not supported');
  return { ...frame, adobe, orientation };
}

/**
 * The JPEG without metadata a printer does not need: EXIF/XMP (APP1), ICC (APP2; the PDF
 * says DeviceCMYK/Gray for the output intent), Photoshop resources and thumbnails (APP13),
 * comments. The coded image is untouched; APP0 (JFIF) and APP14 (Adobe) stay because they
 * steer decoding.
 */
export function stripJpegMetadata(bytes: Uint8Array): Uint8Array {
  const { segments, scanStart } = headerSegments(bytes);
  const keep = (m: number): boolean => !((m >= 0xe1 && m <= 0xed) || m === 0xef || m === 0xfe);
  if (segments.every((s) => keep(s.marker))) return bytes;
  const pieces: Uint8Array[] = [bytes.subarray(0, 2)];
  for (const s of segments) if (keep(s.marker)) pieces.push(bytes.subarray(s.start, s.end));
  pieces.push(bytes.subarray(scanStart));
  return Buffer.concat(pieces);
}
