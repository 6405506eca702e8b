/**
 * An uncompressed 8-bit CMYK TIFF (PhotometricInterpretation 5, "separated") around raw pixels.
 * sharp takes raw input only as RGB/grey; a TIFF tells libvips the four bands are inks, so the
 * press conversion can hand its CMYK pixels to libvips's JPEG writer unchanged.
 */
export function cmykTiff(pixels: Uint8Array, width: number, height: number): Uint8Array {
  // [tag, type (3 SHORT, 4 LONG), value]; 258 and 273 point into the file.
  const entries: [number, number, number][] = [
    [256, 3, width],
    [257, 3, height],
    [258, 3, 0],
    [259, 3, 1],
    [262, 3, 5],
    [273, 4, 0],
    [277, 3, 4],
    [278, 3, height],
    [279, 4, pixels.length],
    [284, 3, 1],
  ];
  const bitsAt = 8 + 2 + entries.length * 12 + 4;
  const dataAt = bitsAt + 8;
  const out = new Uint8Array(dataAt + pixels.length);
  const view = new DataView(out.buffer);
  out.set([0x49, 0x49, 42, 0]);
  view.setUint32(4, 8, true);
  view.setUint16(8, entries.length, true);
  entries.forEach(([tag, type, value], i) => {
    const at = 10 + i * 12;
    const count = tag === 258 ? 4 : 1;
    const v = tag === 258 ? bitsAt : tag === 273 ? dataAt : value;
    view.setUint16(at, tag, true);
    view.setUint16(at + 2, type, true);
    view.setUint32(at + 4, count, true);
    if (type === 3 && count === 1) view.setUint16(at + 8, v, true);
    else view.setUint32(at + 8, v, true);
  });
  for (let i = 0; i < 4; i++) view.setUint16(bitsAt + i * 2, 8, true);
  out.set(pixels, dataAt);
  return out;
}
