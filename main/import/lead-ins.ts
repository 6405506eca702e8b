import type { Block, TextLeaf } from '../../shared/model/story';
import { hanCount } from './cjk-text';
import { splitSentences } from './sentences';

/** Lead-ins are short: 机制保障聚力。 is 6 Han characters, 发挥凝聚人心作用。 8. */
const MIN_HAN = 4;
const MAX_HAN = 10;
/** Only Han characters and quotes: a lead-in has no comma, colon or bracket inside. */
const LEAD_IN_SHAPE = /^[\p{Script=Han}“”‘’0-9０-９]+。$/u;
/** Short sentences that are not topic phrases: attributions (朱光丽说。) and pronoun openings. */
const NOT_A_LEAD_IN = /(?:说|表示|介绍|说道|坦言|指出|强调|认为|告诉记者)。$|^[他她它我你这那]/u;

interface Candidate {
  block: number;
  sentence: number;
  han: number;
}

function isCandidate(sentence: string, index: number, count: number): boolean {
  if (index === count - 1) return false;
  if (!LEAD_IN_SHAPE.test(sentence) || NOT_A_LEAD_IN.test(sentence)) return false;
  const han = hanCount(sentence);
  return han >= MIN_HAN && han <= MAX_HAN;
}

/**
 * Marks the bold lead-ins of a story's paragraphs (机制保障聚力。由市委组织部牵头…).
 *
 * A sentence is a lead-in when it is short (4–10 Han characters), ends in 。, has no comma or
 * other inner punctuation, is not the paragraph's last sentence (text follows it in the same
 * paragraph), and has at least one sibling of the same length elsewhere in the story — lead-ins
 * come in parallel sets (组织建设聚人。政治引领聚魂。…). A lone short sentence stays plain.
 * Paragraphs that already carry bold (from .docx) are left as they are.
 */
export function markLeadIns(body: Block[]): Block[] {
  if (body.some((block) => block.type === 'paragraph' && block.children.some((leaf) => leaf.bold))) return body;
  const split = body.map((block) =>
    block.type === 'paragraph' ? splitSentences(block.children.map((leaf) => leaf.text).join('')) : [],
  );
  const candidates: Candidate[] = [];
  for (const [blockIndex, sentences] of split.entries()) {
    for (const [index, sentence] of sentences.entries()) {
      if (isCandidate(sentence, index, sentences.length)) {
        candidates.push({ block: blockIndex, sentence: index, han: hanCount(sentence) });
      }
    }
  }
  const byLength = new Map<number, number>();
  for (const candidate of candidates) byLength.set(candidate.han, (byLength.get(candidate.han) ?? 0) + 1);
  const bold = new Set(
    candidates.filter((c) => (byLength.get(c.han) ?? 0) >= 2).map((c) => `${c.block}:${c.sentence}`),
  );
  if (bold.size === 0) return body;

  return body.map((block, blockIndex) => {
    if (block.type !== 'paragraph') return block;
    const sentences = split[blockIndex]!;
    if (!sentences.some((_, index) => bold.has(`${blockIndex}:${index}`))) return block;
    const leaves: TextLeaf[] = [];
    for (const [index, sentence] of sentences.entries()) {
      const isBold = bold.has(`${blockIndex}:${index}`);
      const last = leaves.at(-1);
      if (last && !isBold && !last.bold) last.text += sentence;
      else leaves.push(isBold ? { text: sentence, bold: true } : { text: sentence });
    }
    return { ...block, children: leaves };
  });
}
