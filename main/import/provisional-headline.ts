import type { Block } from '../../shared/model/story';
import { blockText } from '../../shared/model/story';
import { hanCount } from './cjk-text';

const MAX_LENGTH = 24;
/** Clauses that only set the time and say nothing about the story ("…开展以来", "近年来"). */
const TIME_CLAUSE = /(?:以来|以后|期间|之际|之初|近年来|近日|日前|目前|如今|当前|时)$/u;

function headlineStyle(text: string): string {
  const cleaned = text
    .replace(/[。！？；…!?;]+$/u, '')
    .replace(/[，,]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const chars = [...cleaned];
  return chars.length > MAX_LENGTH ? `${chars.slice(0, MAX_LENGTH).join('')}…` : cleaned;
}

/**
 * A stand-in headline for a story printed without one, taken from its lead paragraph: the lead's
 * closing sentence when it is a short summary (…山阳区“五星”争创，亮点纷呈。), otherwise the
 * lead's first clause that names who did what rather than when. Commas become the spaces
 * headlines use. The story is flagged "provisional-headline" so the desk writes the real one.
 */
export function provisionalHeadline(body: Block[]): string {
  const lead = body.find((block) => block.type === 'paragraph') ?? body.find((block) => block.type === 'photo');
  if (!lead) return '（无标题）';
  const text = blockText(lead).trim();
  const segments = text
    .split(/[。！？；!?;]|……/u)
    .map((segment) => segment.trim())
    .filter((segment) => hanCount(segment) > 0);
  const closing = segments.at(-1);
  if (segments.length > 1 && closing && hanCount(closing) >= 6 && hanCount(closing) <= 18) return headlineStyle(closing);
  const clauses = (segments[0] ?? text).split(/[，,：:]/u).map((clause) => clause.trim());
  const clause = clauses.find((c) => hanCount(c) >= 4 && hanCount(c) <= 20 && !TIME_CLAUSE.test(c));
  return headlineStyle(clause ?? segments[0] ?? text);
}
