import type { EditionPhoto } from '../isolation/heavy-protocol';
import { readInputFile } from '../files/read-input-file';
import { cachedImageInfo } from './photo-facts-cache';
import { pressSetup } from './press-conversion';
import { printableBytes } from './print-conversion';

/**
 * An edition's stored photos made ready before its pages are composed on several processes
 * (main/pages/edition-export.ts): each photo's facts (photo-facts-cache.ts) and its conversion
 * for the press (print-conversion.ts) land in the disk caches, where every process's pages find
 * them, so a photo two pages share is converted once, not once per process. Started at once, they
 * convert in libvips's threads. A photo that cannot be read or converted is left to its page,
 * whose preflight or PDF writer says what is wrong with it, as without this step.
 */
export async function prepareEditionPhotos(photos: EditionPhoto[], convertRgb: boolean, progress: (done: number) => void): Promise<number> {
  let done = 0;
  await Promise.all(
    photos.map(async (photo) => {
      try {
        const bytes = await readInputFile(photo.path, { ownFile: true });
        await cachedImageInfo(bytes, false);
        if (convertRgb) await printableBytes(bytes, await pressSetup(photo.press, photo.baseDir));
      } catch {
        // the page that shows it says why
      }
      progress(++done);
    }),
  );
  return done;
}
