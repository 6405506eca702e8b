import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Font subsetting with HarfBuzz's hb-subset, compiled to WebAssembly (the `harfbuzzjs` package's
 * harfbuzz-subset.wasm, which imports nothing). Used for the screen's fonts: a window loads the
 * glyphs a page needs instead of a 15 MB CJK TrueType (main/fonts/screen-fonts.ts).
 *
 * The subset keeps every OpenType layout feature (the screen switches `fwid` / `pwid` on for the
 * glyphs the typesetter chose them for, and hb-subset's default list has neither) and the hinting,
 * so a glyph on screen is the full font's glyph.
 */

/** The bits of the WebAssembly global used here (the main process's type libraries have no DOM). */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

interface HbExports {
  memory: { buffer: ArrayBuffer };
  _initialize(): void;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, lengthPtr: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codePoint: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

/** hb_memory_mode_t: HarfBuzz may use the bytes in place (they are ours until the face is destroyed). */
const HB_MEMORY_MODE_WRITABLE = 2;
/** hb_subset_sets_t */
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

let instance: HbExports | undefined;

function hb(): HbExports {
  if (instance) return instance;
  const wasmPath = createRequire(__filename).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
  const wasm = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;
  const exports = new wasm.Instance(new wasm.Module(readFileSync(wasmPath)), {}).exports as HbExports;
  exports._initialize();
  instance = exports;
  return exports;
}

/** A font file parsed once by HarfBuzz, subset as often as asked. `close()` frees its memory. */
export interface SubsetSource {
  subset(codePoints: Iterable<number>): Uint8Array;
  close(): void;
}

export function openSubsetSource(fontBytes: Uint8Array, label = 'font'): SubsetSource {
  const x = hb();
  const data = x.malloc(fontBytes.length);
  if (!data) throw new Error(`${label}: not enough memory to read it for subsetting.`);
  new Uint8Array(x.memory.buffer, data, fontBytes.length).set(fontBytes);
  const blob = x.hb_blob_create(data, fontBytes.length, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = x.hb_face_create(blob, 0);
  x.hb_blob_destroy(blob); // the face holds its own reference
  let open = true;

  return {
    subset(codePoints) {
      if (!open) throw new Error(`${label}: subset after close.`);
      const input = x.hb_subset_input_create_or_fail();
      if (!input) throw new Error(`${label}: HarfBuzz could not start a subset.`);
      const lengthPtr = x.malloc(4);
      try {
        const unicodes = x.hb_subset_input_unicode_set(input);
        for (const cp of codePoints) x.hb_set_add(unicodes, cp);
        const features = x.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
        x.hb_set_clear(features);
        x.hb_set_invert(features); // all features
        const result = x.hb_subset_or_fail(face, input);
        if (!result) throw new Error(`${label}: HarfBuzz could not subset the font.`);
        const resultBlob = x.hb_face_reference_blob(result);
        try {
          const ptr = x.hb_blob_get_data(resultBlob, lengthPtr);
          const length = new Uint32Array(x.memory.buffer, lengthPtr, 1)[0]!;
          if (!ptr || !length) throw new Error(`${label}: the subset came out empty.`);
          return new Uint8Array(x.memory.buffer, ptr, length).slice();
        } finally {
          x.hb_blob_destroy(resultBlob);
          x.hb_face_destroy(result);
        }
      } finally {
        x.free(lengthPtr);
        x.hb_subset_input_destroy(input);
      }
    },
    close() {
      if (!open) return;
      open = false;
      x.hb_face_destroy(face);
      x.free(data);
    },
  };
}
