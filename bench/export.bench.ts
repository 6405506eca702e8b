import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { renderPdfBytes, writePdf } from '../main/export/index';
import type { DisplayDocument } from '../shared/model/display-list';
import { samplePage } from '../tests/unit/export/helpers/sample-page';

/**
 * PDF writer benchmarks (issue 4 §8: composition + PDF writing of the sample page in a warm
 * process ≤ 150 ms). The display list comes from the test fixture's simple typesetter, built
 * once outside the timed part: only the writer is measured here.
 */
export interface Benchmark {
  name: string;
  run: () => Promise<void> | void;
}

const FIXED = new Date('2025-03-01T08:00:00Z');
let textPage: DisplayDocument | undefined;
let photoPage: DisplayDocument | undefined;
let photo: Uint8Array | undefined;

const page = (): DisplayDocument => (textPage ??= samplePage());

async function pageWithPhotos(): Promise<{ doc: DisplayDocument; jpeg: Uint8Array }> {
  photoPage ??= samplePage({ photoAssetId: 'photo' });
  if (!photo) {
    // A 1600 x 1200 CMYK press photo (~300 ppi at the frame's width), made once.
    const noise = Buffer.alloc(1600 * 1200 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const buf = await sharp(noise, { raw: { width: 1600, height: 1200, channels: 3 } }).toColourspace('cmyk').jpeg({ quality: 85 }).toBuffer();
    photo = new Uint8Array(buf);
  }
  return { doc: photoPage, jpeg: photo };
}

export const benchmarks: Benchmark[] = [
  {
    name: 'export: sample broadsheet page (text, 4 faces) -> PDF bytes',
    run: async () => {
      await renderPdfBytes(page(), { fixedDate: FIXED });
    },
  },
  {
    name: 'export: sample page with 3 CMYK photos (JPEG passthrough) -> PDF bytes',
    run: async () => {
      const { doc, jpeg } = await pageWithPhotos();
      await renderPdfBytes(doc, { fixedDate: FIXED, images: () => ({ bytes: jpeg }) });
    },
  },
  {
    name: 'export: sample page -> file (atomic write, fsync)',
    run: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'banmian-bench-'));
      try {
        await writePdf(page(), { outPath: join(dir, 'page.pdf'), fixedDate: FIXED });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
