import { createHash } from 'node:crypto';
import { prepareImage } from '../export/image-source';

/**
 * RGB (and non-JPEG) photos converted to CMYK once, with the PDF writer's own conversion, and
 * kept by content hash: a page exported again in the same process (the app, a benchmark)
 * does not convert its photos again. A conversion starts as soon as the photo is read, so
 * libvips works on it in its threads while the page is being composed.
 */

const MAX_ENTRIES = 32;
const converted = new Map<string, Promise<Uint8Array>>();

export function printableBytes(bytes: Uint8Array): Promise<Uint8Array> {
  const key = createHash('sha256').update(bytes).digest('hex');
  let pending = converted.get(key);
  if (!pending) {
    pending = prepareImage(key.slice(0, 12), { bytes }, true).then((p) => p.bytes);
    // Marked handled here; whoever awaits it gets the error.
    pending.catch(() => undefined);
    converted.set(key, pending);
    if (converted.size > MAX_ENTRIES) converted.delete(converted.keys().next().value!);
  }
  return pending;
}
