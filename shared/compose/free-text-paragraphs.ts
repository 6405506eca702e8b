import type { TextFrame } from '../model/page';
import type { TextRun } from '../typeset/types';

/**
 * A free text frame's paragraphs (its text cut at "\n", blank ones left out) as runs, with the
 * frame's 着重号 ranges (`emphasis`, offsets into the whole text) carried to the characters they
 * cover. Horizontal and vertical text frames set the same paragraphs.
 */
export function freeTextParagraphs(frame: Pick<TextFrame, 'text' | 'emphasis'>): TextRun[][] {
  const out: TextRun[][] = [];
  let start = 0;
  for (const text of frame.text.split('\n')) {
    const end = start + text.length;
    if (text.trim() !== '') out.push(emphasised(text, start, frame.emphasis ?? []));
    start = end + 1;
  }
  return out;
}

function emphasised(text: string, at: number, ranges: ReadonlyArray<readonly [number, number]>): TextRun[] {
  // Which characters of this paragraph are marked, then runs of equal marking.
  const marked = new Uint8Array(text.length);
  for (const [from, to] of ranges) for (let i = Math.max(from, at); i < Math.min(to, at + text.length); i++) marked[i - at] = 1;
  const runs: TextRun[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i + 1;
    while (j < text.length && marked[j] === marked[i]) j++;
    runs.push(marked[i] ? { text: text.slice(i, j), style: { emphasis: 'dots' } } : { text: text.slice(i, j) });
    i = j;
  }
  return runs;
}
