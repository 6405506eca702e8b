import { imageFormat } from '../photos/image-format';

/** Magic numbers of files people drop by mistake, so the error can say what the file is (images: the photo sniffer). */
const SIGNATURES: Array<{ bytes: number[]; offset?: number; name: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF document' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'an old Word/Office (.doc) document' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'an RTF document' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], name: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], name: 'a 7-Zip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'a program (ELF)' },
  { bytes: [0x49, 0x44, 0x33], name: 'an MP3 audio file' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, name: 'a video or HEIC image' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], name: 'an SQLite database' },
];

function startsWith(bytes: Uint8Array, expected: number[], offset = 0): boolean {
  if (bytes.length < offset + expected.length) return false;
  return expected.every((byte, index) => bytes[offset + index] === byte);
}

/** "PK\x03\x04": a ZIP archive, which is what a .docx is. An empty archive starts "PK\x05\x06". */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/** What kind of non-text file the bytes are, or null when no known signature matches. */
export function knownBinaryKind(bytes: Uint8Array): string | null {
  if (isZip(bytes)) return 'a ZIP archive';
  const image = imageFormat(bytes);
  if (image) return image.name;
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes, signature.offset)) return signature.name;
  }
  return null;
}
