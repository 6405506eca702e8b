import { createHash } from 'node:crypto';

/**
 * The six-capital-letter subset tag of ISO 32000 §9.6.4 ("ABCDEF+Name"), derived from the
 * font and the glyph set so that the same page always gets the same tag and two different
 * subsets of one font get different tags.
 */
export function subsetTag(postscriptName: string, gids: readonly number[]): string {
  const hash = createHash('sha256').update(postscriptName).update('\u0000').update(gids.join(',')).digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (hash[i]! % 26));
  return tag;
}
