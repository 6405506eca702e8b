import type { Byline, TextLeaf } from '../../shared/model/story';
import { collapseSpaces, endsSentence, joinBroken } from './cjk-text';
import { classifyLine, type LineKind } from './line-kinds';
import type { SourceLine } from './source-lines';

/**
 * The copy after the line-level pass: broken paragraphs rejoined, captions paired with their
 * credits, consecutive byline lines merged. Story structure is decided on these items.
 */
export type CopyItem =
  | (ItemPlace & { kind: 'text'; runs: TextLeaf[]; text: string })
  | (ItemPlace & { kind: 'title'; text: string })
  | (ItemPlace & { kind: 'dash'; text: string })
  | (ItemPlace & { kind: 'shared-credit'; text: string })
  | (ItemPlace & { kind: 'marked'; role: 'kicker' | 'headline' | 'subtitle'; text: string })
  | (ItemPlace & { kind: 'byline'; bylines: Byline[] })
  | (ItemPlace & { kind: 'photo'; caption: string; credit: string });

export interface ItemPlace {
  /** Blank lines before the item; the items' gaps are the only layout the copy keeps. */
  blankBefore: number;
  /** Blank lines after it; END_GAP after the last item. */
  blankAfter: number;
}

export const END_GAP = 99;

type Classified = { line: SourceLine; kind: LineKind };

/** Copy whose paragraphs are marked by 2-em indents rather than blank lines (hard-wrapped lines between). */
function usesIndents(lines: Classified[]): boolean {
  let indented = 0;
  let wrapped = 0;
  for (const [index, entry] of lines.entries()) {
    if (entry.kind.kind !== 'text' && entry.kind.kind !== 'title') continue;
    if (entry.line.indented) indented += 1;
    const previous = lines[index - 1];
    const previousKind = previous?.kind.kind;
    const afterText = previousKind === 'text' || previousKind === 'title';
    if (!entry.line.indented && entry.line.blankBefore === 0 && afterText) wrapped += 1;
  }
  return indented >= 2 && wrapped >= 1;
}

/**
 * In indented copy, an indented title-shaped line whose next line runs on unindented
 * ("⟨2em⟩记者在现场看到，志愿者为旅客" / "指路。") is the first line of a wrapped paragraph.
 */
function reclassifyWrappedStarts(lines: Classified[]): void {
  for (const [index, entry] of lines.entries()) {
    const next = lines[index + 1];
    if (entry.kind.kind !== 'title' || !entry.line.indented || !next) continue;
    const runsOn = next.line.blankBefore === 0 && !next.line.indented;
    if (runsOn && (next.kind.kind === 'text' || next.kind.kind === 'title')) entry.kind = { kind: 'text' };
  }
}

/**
 * Whether line `next` continues the paragraph that `text` (a text line) started. The sample's
 * column breaks (…开展专项 / 培训行动…) leave a paragraph ending mid-sentence before a blank line:
 * an unfinished text line runs on into the next text line, whatever the gap.
 */
function continues(text: SourceLine, next: Classified, indentMode: boolean): boolean {
  const kind = next.kind.kind;
  if (kind !== 'text' && kind !== 'title') return false;
  // An indented line always opens a paragraph: a continuation is never indented.
  if (next.line.heading || next.line.indented) return false;
  const unfinished = !endsSentence(text.text);
  // Indented copy: an unindented line right below is the same paragraph's next line.
  if (indentMode && next.line.blankBefore === 0) return unfinished || kind === 'text';
  if (!unfinished) return false;
  return kind === 'text' || next.line.blankBefore === 0;
}

function concatRuns(left: TextLeaf[], right: TextLeaf[]): TextLeaf[] {
  const leftText = left.map((run) => run.text).join('').trimEnd();
  const rightText = right.map((run) => run.text).join('').trimStart();
  const glue = joinBroken(leftText, rightText).length > leftText.length + rightText.length ? [{ text: ' ' }] : [];
  return [...left, ...glue, ...right];
}

export function buildItems(lines: SourceLine[]): CopyItem[] {
  const classified: Classified[] = lines.map((line, index) => ({
    line,
    kind: classifyLine(line.text, line.heading, index === 0),
  }));
  const indentMode = usesIndents(classified);
  if (indentMode) reclassifyWrappedStarts(classified);
  const items: CopyItem[] = [];

  for (let i = 0; i < classified.length; i += 1) {
    const { line, kind } = classified[i]!;
    const place = { blankBefore: line.blankBefore, blankAfter: 0 };
    switch (kind.kind) {
      case 'end-mark':
        break;
      case 'title':
        items.push({ ...place, kind: 'title', text: kind.text });
        break;
      case 'text': {
        let runs = line.runs;
        let text = line.text;
        while (i + 1 < classified.length && continues({ ...line, text }, classified[i + 1]!, indentMode)) {
          i += 1;
          const next = classified[i]!.line;
          runs = concatRuns(runs, next.runs);
          text = joinBroken(text, next.text);
        }
        items.push({ ...place, kind: 'text', runs, text });
        break;
      }
      case 'caption':
      case 'credit': {
        const caption = kind.kind === 'caption' ? kind.text : '';
        const following = classified[i + 1];
        if (kind.kind === 'caption' && following?.kind.kind === 'credit' && following.line.blankBefore <= 1) {
          i += 1;
          items.push({ ...place, kind: 'photo', caption, credit: following.kind.text });
        } else {
          items.push({ ...place, kind: 'photo', caption, credit: kind.kind === 'credit' ? kind.text : '' });
        }
        break;
      }
      case 'photo':
        items.push({ ...place, kind: 'photo', caption: kind.caption, credit: kind.credit });
        break;
      case 'byline': {
        const last = items.at(-1);
        if (last?.kind === 'byline' && line.blankBefore <= 1) last.bylines.push(...kind.bylines);
        else items.push({ ...place, kind: 'byline', bylines: [...kind.bylines] });
        break;
      }
      case 'marked':
        items.push({ ...place, kind: 'marked', role: kind.role, text: kind.text });
        break;
      case 'dash':
        items.push({ ...place, kind: 'dash', text: kind.text });
        break;
      case 'shared-credit':
        items.push({ ...place, kind: 'shared-credit', text: kind.text });
        break;
    }
    pairCaptionWithCredit(items);
  }
  for (const [index, item] of items.entries()) item.blankAfter = items[index + 1]?.blankBefore ?? END_GAP;
  return items;
}

/** A sentence right above a credit line ("朱光丽上网查找资料。" / "本报记者 杨珂 摄") is that photo's caption. */
function pairCaptionWithCredit(items: CopyItem[]): void {
  const last = items.at(-1);
  const before = items.at(-2);
  if (last?.kind !== 'photo' || last.caption !== '' || before?.kind !== 'text' || last.blankBefore > 1) return;
  items.splice(-2, 2, {
    kind: 'photo',
    caption: collapseSpaces(before.text),
    credit: last.credit,
    blankBefore: before.blankBefore,
    blankAfter: 0,
  });
}
