import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where what a print costs once is kept between runs (converted photos, font metrics and
 * subsets): $BANMIAN_CACHE_DIR, or banmian-cache/print in the system's temporary folder.
 */
export function printCacheDir(): string {
  return process.env.BANMIAN_CACHE_DIR ?? join(tmpdir(), 'banmian-cache', 'print');
}
