import { ANCHOR_CONTEXT, type AnnotationAnchor } from '../model/annotation';
import type { Block, StoryBody } from '../model/story';

/**
 * Anchors: where a mark stands in a story body, found again after the text changed. While a
 * story is open the editor's range refs carry the marks through every edit; this is for what
 * was changed elsewhere (another window, a restored revision, an import) and for the page,
 * where the body being composed may be newer than the marks.
 *
 * The rule: the quoted text at the stored place, if it is still there (for a point, with its
 * context); otherwise the occurrence of the quote whose surrounding text agrees best with the
 * stored context, nearest the old place on a tie; otherwise the mark is orphaned.
 */

/** A stretch of one top-level block's plain text, [start, end) in UTF-16 units. */
export interface TextSpan {
  block: number;
  start: number;
  end: number;
}

/** Plain text of each top-level block as Slate counts it (a photo block has none; its caption is not body text). */
export function bodyTexts(body: StoryBody | readonly Block[]): string[] {
  return body.map((block) => (block.type === 'photo' ? '' : block.children.map((leaf) => leaf.text).join('')));
}

/** The anchor of a span: its text and a little context on each side. */
export function anchorFor(texts: readonly string[], span: TextSpan, version = 0): AnnotationAnchor {
  const text = texts[span.block] ?? '';
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  return {
    path: [span.block],
    offset: start,
    quote: text.slice(start, end),
    before: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    after: text.slice(end, end + ANCHOR_CONTEXT),
    version,
    orphaned: false,
  };
}

/** Length of the common suffix of a and b. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How well the text around [start, end) of a block agrees with the anchor's context, in characters. */
function contextAgreement(text: string, start: number, end: number, anchor: AnnotationAnchor): number {
  const before = commonSuffix(text.slice(Math.max(0, start - anchor.before.length), start), anchor.before);
  const after = commonPrefix(text.slice(end, end + anchor.after.length), anchor.after);
  // Context that ends at the block's edge agrees when the anchor's context was empty there too.
  const edgeBefore = start === 0 && anchor.before === '' ? 1 : 0;
  const edgeAfter = end === text.length && anchor.after === '' ? 1 : 0;
  return before + after + edgeBefore + edgeAfter;
}

function indexesOf(text: string, quote: string): number[] {
  const found: number[] = [];
  if (quote === '') return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

interface Candidate extends TextSpan {
  score: number;
  distance: number;
}

/** Where the anchor stands in `texts` now, or null when its text is gone (orphaned). */
export function locateAnchor(anchor: AnnotationAnchor, texts: readonly string[]): TextSpan | null {
  const home = anchor.path[0]!;
  const homeText = texts[home];
  const { quote, offset } = anchor;
  const fullContext = anchor.before.length + anchor.after.length;

  if (homeText !== undefined && offset + quote.length <= homeText.length && homeText.slice(offset, offset + quote.length) === quote) {
    // A range whose text is still in place is where it was; a point must also keep its context,
    // or it has moved with the text around it.
    if (quote !== '' || contextAgreement(homeText, offset, offset, anchor) >= Math.max(1, fullContext)) {
      return { block: home, start: offset, end: offset + quote.length };
    }
  }

  const candidates: Candidate[] = [];
  const distanceOf = (block: number, start: number) => Math.abs(block - home) * 100_000 + Math.abs(start - offset);
  texts.forEach((text, block) => {
    if (quote !== '') {
      for (const start of indexesOf(text, quote)) {
        const end = start + quote.length;
        candidates.push({ block, start, end, score: contextAgreement(text, start, end, anchor), distance: distanceOf(block, start) });
      }
      return;
    }
    // A point: between its context, or after what preceded it, or before what followed it.
    const points = new Set<number>();
    if (anchor.before !== '' || anchor.after !== '') {
      for (const at of indexesOf(text, anchor.before + anchor.after)) points.add(at + anchor.before.length);
      for (const at of indexesOf(text, anchor.before)) points.add(at + anchor.before.length);
      for (const at of indexesOf(text, anchor.after)) points.add(at);
    }
    for (const at of points) {
      candidates.push({ block, start: at, end: at, score: contextAgreement(text, at, at, anchor), distance: distanceOf(block, at) });
    }
  });
  if (quote === '') {
    // A point needs a good part of its context (a whole side at least) to be recognised.
    const minimum = Math.min(anchor.before.length || Infinity, anchor.after.length || Infinity, 4);
    const usable = candidates.filter((c) => c.score >= minimum);
    candidates.length = 0;
    candidates.push(...usable);
  }
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => b.score - a.score || a.distance - b.distance);
  const best = candidates[0]!;
  return { block: best.block, start: best.start, end: best.end };
}

/** The anchor checked against the body: moved to where its text is now (with fresh context), or orphaned. */
export function reanchor(anchor: AnnotationAnchor, texts: readonly string[], version = anchor.version): AnnotationAnchor {
  const span = locateAnchor(anchor, texts);
  if (!span) return { ...anchor, version, orphaned: true };
  return anchorFor(texts, span, version);
}
