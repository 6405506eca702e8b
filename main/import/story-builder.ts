import type { Block, Byline, StoryFields } from '../../shared/model/story';
import { parseDatelineBylines } from './bylines';
import { cleanLeaves, hanCount } from './cjk-text';
import type { CopyItem } from './copy-items';
import { markLeadIns } from './lead-ins';
import { isBannerShaped, isBannerWord } from './line-kinds';
import { provisionalHeadline } from './provisional-headline';
import { assignHead, isHeadItem, type HeadItem } from './story-heads';

/** Flags the desk sees on an imported story. */
export const FLAG_PROVISIONAL_HEADLINE = 'provisional-headline';
export const FLAG_KICKER_FROM_TRAILING_LINE = 'kicker-from-trailing-line';

/** Blank lines that separate stories (and the printed page's frames) in multi-story copy. */
const STORY_GAP = 3;

interface Draft {
  fields: StoryFields;
  /** Nothing more belongs to it: its photo group's shared credit or its trailing head line was seen. */
  closed: boolean;
}

/** A head found by its byline: the head lines, then maybe photos, then the byline line(s). */
interface Anchor {
  lines: HeadItem[];
  photos: Array<Extract<CopyItem, { kind: 'photo' }>>;
  bylines: Byline[];
  next: number;
}

/**
 * A head line that clings to the text above it (one blank line) and stands apart from what follows
 * (two or more): the end of the story above, however head-like it looks.
 */
function clingsToStoryAbove(item: HeadItem, above: CopyItem | undefined): boolean {
  if (item.kind === 'title' && isBannerShaped(item.text)) return false;
  return above !== undefined && !isHeadItem(above) && item.blankAfter >= 2 && item.blankBefore < item.blankAfter;
}

/**
 * Story heads anchored by a byline line: walking up from the byline over any photos (朱光丽's
 * photo sits between her headline and byline), then over up to four head lines.
 */
function findAnchors(items: CopyItem[]): Map<number, Anchor> {
  const anchors = new Map<number, Anchor>();
  for (const [index, item] of items.entries()) {
    if (item.kind !== 'byline') continue;
    let j = index - 1;
    while (j >= 0 && items[j]!.kind === 'photo') j -= 1;
    const photoStart = j + 1;
    const lines: HeadItem[] = [];
    while (j >= 0 && lines.length < 4) {
      const candidate = items[j];
      if (!isHeadItem(candidate)) break;
      if (lines.length > 0 && clingsToStoryAbove(candidate, items[j - 1])) break;
      lines.unshift(candidate);
      j -= 1;
    }
    if (lines.length === 0) continue;
    const photos = items.slice(photoStart, index).filter((entry) => entry.kind === 'photo');
    anchors.set(j + 1, { lines, photos, bylines: item.bylines, next: index + 1 });
  }
  return anchors;
}

function newDraft(lines: HeadItem[], atFileStart: boolean): Draft {
  const head = assignHead(lines, atFileStart);
  return {
    fields: { ...head, status: 'draft', bylines: [], body: [], photoCredit: '', flags: [] },
    closed: false,
  };
}

function photoBlock(item: Extract<CopyItem, { kind: 'photo' }>): Block {
  return { type: 'photo', assetId: null, caption: item.caption, credit: item.credit, children: [{ text: '' }] };
}

/** A trailing head line that reads as a kicker: a plain Han phrase (quotes allowed) of 6–20 characters. */
function isKickerShaped(group: HeadItem[]): boolean {
  if (group.length !== 1 || group[0]!.kind !== 'title') return false;
  const text = group[0]!.text;
  return /^[\p{Script=Han}“”‘’]+$/u.test(text) && hanCount(text) >= 6 && hanCount(text) <= 20;
}

/**
 * Subheads: one or two consecutive short lines between paragraphs form one subhead block, lines
 * joined by "\n" (压实责任主体 / 延伸新兴领域党建工作“触角”); a third line starts the next block.
 */
function subheadBlocks(group: HeadItem[]): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  for (const item of group) {
    if (lines.length === 2 || (lines.length > 0 && item.blankBefore >= 2)) {
      blocks.push({ type: 'subhead', children: [{ text: lines.join('\n') }] });
      lines = [];
    }
    lines.push(item.text);
  }
  if (lines.length > 0) blocks.push({ type: 'subhead', children: [{ text: lines.join('\n') }] });
  return blocks;
}

function paragraph(text: string): Block {
  return { type: 'paragraph', children: [{ text }] };
}

function hasText(draft: Draft): boolean {
  return draft.fields.body.some((block) => block.type === 'paragraph');
}

function finish(draft: Draft): StoryFields | null {
  const fields = draft.fields;
  const empty = !fields.headline && !fields.kicker && !fields.subtitle && !fields.section && !fields.photoCredit && fields.bylines.length === 0;
  if (fields.body.length === 0 && empty) {
    return null;
  }
  if (!fields.headline && fields.body.length === 0 && fields.section && !fields.kicker) {
    // A banner-shaped line with nothing under it is all the story there is: its headline.
    fields.headline = fields.section;
    fields.section = '';
  }
  fields.body = markLeadIns(fields.body);
  if (!fields.headline) {
    fields.headline = provisionalHeadline(fields.body);
    fields.flags.push(FLAG_PROVISIONAL_HEADLINE);
  }
  if (fields.body.length === 0) fields.body = [paragraph('')];
  return fields;
}

/**
 * Turns the copy items into stories. Stories start at a head found by its byline, at a head at the
 * top of the file, or — once the story above is closed — at whatever comes next (a photo story
 * printed without a headline gets a provisional one). Inside a story, head-shaped lines are
 * subheads, unless they close the story: see docs/import.md for the rules and why.
 */
export function buildStories(items: CopyItem[]): StoryFields[] {
  const anchors = findAnchors(items);
  const drafts: Draft[] = [];
  // A holder, not a `let`: TypeScript does not follow assignments made inside the closures below.
  const state: { current: Draft | null } = { current: null };
  const start = (lines: HeadItem[], atFileStart: boolean): Draft => {
    const draft = newDraft(lines, atFileStart);
    drafts.push(draft);
    state.current = draft;
    return draft;
  };
  const open = (): Draft => (state.current && !state.current.closed ? state.current : start([], false));
  const textFollows = (from: number): boolean => {
    for (let k = from; k < items.length && !anchors.has(k); k += 1) if (items[k]!.kind === 'text') return true;
    return false;
  };

  let i = 0;
  while (i < items.length) {
    const anchor = anchors.get(i);
    if (anchor) {
      const draft = start(anchor.lines, i === 0);
      for (const photo of anchor.photos) draft.fields.body.push(photoBlock(photo));
      draft.fields.bylines.push(...anchor.bylines);
      i = anchor.next;
      continue;
    }
    const item = items[i]!;
    if (isHeadItem(item)) {
      let end = i;
      while (end + 1 < items.length && isHeadItem(items[end + 1]) && !anchors.has(end + 1)) end += 1;
      const group = items.slice(i, end + 1) as HeadItem[];
      const first = group[0]!;
      const last = group.at(-1)!;
      const draft = state.current;
      // A banner over a headline, or head lines set off by a frame-sized gap (three or more blank
      // lines above, at most one below): a new story even without a byline.
      const opensStory =
        (group.length >= 2 && isBannerWord(first.text) && first.blankBefore >= 2) ||
        (first.blankBefore >= STORY_GAP && last.blankAfter <= 1);
      if (!draft || draft.closed || opensStory) {
        start(group, i === 0);
      } else if (last.blankAfter >= 2 && first.blankBefore < last.blankAfter) {
        // Clings to the story above and stands apart from what follows: the story's last line.
        if (isKickerShaped(group) && !draft.fields.kicker) {
          draft.fields.kicker = first.text;
          draft.fields.flags.push(FLAG_KICKER_FROM_TRAILING_LINE);
        } else {
          for (const line of group) draft.fields.body.push(paragraph(line.text));
        }
        draft.closed = end + 1 < items.length;
      } else {
        draft.fields.body.push(...subheadBlocks(group));
      }
      i = end + 1;
      continue;
    }
    switch (item.kind) {
      case 'text': {
        const draft = open();
        if (draft.fields.bylines.length === 0 && !hasText(draft)) {
          const dateline = parseDatelineBylines(item.text);
          if (dateline) draft.fields.bylines.push(...dateline);
        }
        const children = cleanLeaves(item.runs);
        if (children.length > 0) draft.fields.body.push({ type: 'paragraph', children });
        break;
      }
      case 'photo':
        open().fields.body.push(photoBlock(item));
        break;
      case 'shared-credit': {
        const draft = open();
        draft.fields.photoCredit = draft.fields.photoCredit ? `${draft.fields.photoCredit} ${item.text}` : item.text;
        draft.closed = true;
        break;
      }
      case 'byline': {
        // A byline without a head: the current story's own (at its top or bottom), else a new story's.
        const draft = state.current;
        const belongsAbove =
          draft !== null && !draft.closed && draft.fields.bylines.length === 0 && (!hasText(draft) || !textFollows(i + 1));
        (belongsAbove && draft ? draft : start([], false)).fields.bylines.push(...item.bylines);
        break;
      }
    }
    i += 1;
  }
  return drafts.map(finish).filter((fields): fields is StoryFields => fields !== null);
}
