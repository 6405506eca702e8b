import type { Block, StoryFields } from '../../../../shared/model/story';
import { formatBylines } from '../../ui/format-story';

/** Between a label and its text: an ideographic space, as copy is set. */
const GAP = '\u3000';

/** Labels for the lines of a story's text, from the catalogue. */
export interface StoryLineLabels {
  kicker: string;
  headline: string;
  subtitle: string;
  bylines: string;
  subhead: string;
  pullQuote: string;
  photo: string;
  photoCredit: string;
}

/**
 * A story as lines of text for comparing versions: the heads and bylines labelled, then
 * one line per body block (a two-line subhead reads "line one / line two"), then the
 * photo credit. Empty heads are left out so adding one shows as one added line.
 */
export function storyLines(fields: Pick<StoryFields, 'kicker' | 'headline' | 'subtitle' | 'bylines' | 'body' | 'photoCredit'>, labels: StoryLineLabels): string[] {
  const lines: string[] = [];
  const head = (label: string, value: string) => {
    if (value.trim() !== '') lines.push(`${label}${GAP}${value}`);
  };
  head(labels.kicker, fields.kicker);
  head(labels.headline, fields.headline);
  head(labels.subtitle, fields.subtitle);
  head(labels.bylines, formatBylines(fields.bylines));
  for (const block of fields.body) {
    const line = blockLine(block, labels);
    if (line !== null) lines.push(line);
  }
  head(labels.photoCredit, fields.photoCredit);
  return lines;
}

export function blockLine(block: Block, labels: StoryLineLabels): string | null {
  switch (block.type) {
    case 'photo':
      return `${labels.photo}${GAP}${[block.caption, block.credit].filter(Boolean).join(' ')}`;
    case 'subhead':
      return `${labels.subhead}${GAP}${plain(block).replace(/\n/g, ' / ')}`;
    case 'pull-quote':
      return `${labels.pullQuote}${GAP}${plain(block)}`;
    case 'paragraph': {
      const text = plain(block);
      return text.trim() === '' ? null : text;
    }
  }
}

function plain(block: Exclude<Block, { type: 'photo' }>): string {
  return block.children.map((leaf) => leaf.text).join('');
}
