import { ANNOTATION_KIND_INFO, roundColor, roundName, type Annotation } from '../model/annotation';
import type { DisplayItem, DisplayPage, GlyphRun, Rect } from '../model/display-list';
import type { StoryFields } from '../model/story';
import { lineGlyphRuns } from '../typeset/line-text';
import type { Measurer } from '../typeset/measurer';
import { layoutParagraph } from '../typeset/paragraph';
import { BODY_STYLE, withStyle } from '../typeset/styles';
import { bodyTexts, locateAnchor, type TextSpan } from './anchoring';
import { markBoxes, measurerMetrics, type GlyphMetricsSource } from './glyph-boxes';
import { layoutMarginNotes, type NoteRequest } from './margin-notes';
import { drawMark } from './mark-drawings';
import type { ProofAnnotationSubtype, ProofNote, ProofPageLayer, UnplacedMark } from './proof-types';

/**
 * layoutProof: the proof layer of one composed page. Each open mark of a story on the page is
 * found in the story as composed (by its anchor, so marks made on an older version land on
 * the same words), mapped to its glyphs through the source offsets, drawn in its round's
 * colour, and given a note in the margin with a leader that crosses no other. Pure: the fonts
 * come in through the Measurer, like composition's.
 */

export interface ProofOptions {
  /** Width of a margin note, pt. */
  noteWidth?: number;
  /** Type size of the notes, pt. */
  noteSize?: number;
  /** Face of the notes (黑体 reads best small). */
  noteFace?: string;
  /** Distance from the trim to the note columns (past the bleed and the crop marks), pt. */
  clearance?: number;
  /** How dates are shown in the notes; default "MM-DD HH:mm" in UTC. */
  formatDate?: (iso: string) => string;
}

export interface ProofInput {
  page: DisplayPage;
  /** The stories as they were composed, by id. */
  stories: Readonly<Record<string, StoryFields>>;
  /** The marks of those stories (replies included); only open ones are drawn. */
  annotations: readonly Annotation[];
  measurer: Measurer;
  options?: ProofOptions;
}

const SUBTYPE: Record<Annotation['kind'], ProofAnnotationSubtype> = {
  comment: 'Highlight',
  query: 'Highlight',
  replace: 'StrikeOut',
  delete: 'StrikeOut',
  'close-up': 'StrikeOut',
  insert: 'Caret',
  space: 'Caret',
  split: 'Caret',
  join: 'Caret',
  transpose: 'Underline',
  move: 'Highlight',
  stet: 'Underline',
  align: 'Highlight',
  shift: 'Highlight',
};

const defaultDate = (iso: string) => `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;

/** What the note says: round and kind, the correction, the note, the replies, who and when. */
export function noteText(mark: Annotation, replies: readonly Annotation[], formatDate: (iso: string) => string = defaultDate): string {
  const info = ANNOTATION_KIND_INFO[mark.kind];
  const head = `【${roundName(mark.round)}·${info.zh}】`;
  const correction = mark.kind === 'space' ? (mark.text === '\u3000' || !mark.text ? '空一字' : `空“${mark.text}”`) : info.text !== 'none' ? mark.text : '';
  const lines = [`${head}${correction}`];
  if (mark.body) lines.push(mark.body);
  // └ (GB 2312's box drawing): every bundled face has it, unlike ↳.
  for (const reply of replies) lines.push(`└ ${reply.author}：${reply.body}`);
  lines.push(`— ${mark.author} ${formatDate(mark.createdAt)}`);
  return lines.join('\n');
}

/** The split of a 对调: the offset where `text` is the quote's two parts swapped, if it is. */
function transposeSplit(quote: string, text: string): number | null {
  for (let k = 1; k < quote.length; k++) if (quote.slice(k) + quote.slice(0, k) === text) return k;
  return null;
}

export function layoutProof(input: ProofInput): ProofPageLayer {
  const { page, stories, measurer } = input;
  const options = input.options ?? {};
  const noteWidth = options.noteWidth ?? 118;
  const noteSize = options.noteSize ?? 6.5;
  const noteFace = options.noteFace ?? 'noto-sans-sc-400';
  const clearance = options.clearance ?? page.bleed + 36;
  const leading = noteSize * 1.3;
  const pad = 2.5;
  const metrics: GlyphMetricsSource = measurerMetrics(measurer);
  const noteStyle = withStyle(BODY_STYLE, { name: 'proof-note', char: { face: noteFace, size: noteSize }, leading, align: 'start', firstLineIndent: 0, minLastLineChars: 0 });

  const onPage = new Set<string>();
  for (const item of page.items) if (item.kind === 'glyphs' && item.source?.storyId) onPage.add(item.source.storyId);

  const items: DisplayItem[] = [];
  const unplaced: UnplacedMark[] = [];
  const requests: (NoteRequest & { mark: Rect; annotation: Annotation; boxes: Rect[]; lines: GlyphRun[][]; text: string })[] = [];
  const repliesOf = (id: string) => input.annotations.filter((a) => a.replyTo === id).sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));

  const marks = input.annotations.filter((a) => a.replyTo === null && a.status === 'open' && onPage.has(a.storyId));
  for (const annotation of marks) {
    const story = stories[annotation.storyId];
    if (!story) continue;
    const texts = bodyTexts(story.body);
    const span: TextSpan | null = locateAnchor(annotation.anchor, texts);
    if (!span) {
      unplaced.push({ id: annotation.id, reason: 'orphaned' });
      continue;
    }
    const target = { storyId: annotation.storyId, block: span.block, start: span.start, end: span.end };
    const boxes = markBoxes(page, target, metrics);
    if (boxes.length === 0) {
      unplaced.push({ id: annotation.id, reason: 'not-on-page' });
      continue;
    }
    const color = roundColor(annotation.round);
    // Where a 转移 goes, where a 接排's next paragraph starts, where a 对调's parts meet.
    let to: Rect | null = null;
    let split: Rect | null = null;
    if (annotation.kind === 'move' && annotation.target) {
      const at = locateAnchor(annotation.target, texts);
      if (at) to = markBoxes(page, { ...target, block: at.block, start: at.start, end: at.start }, metrics)[0] ?? null;
    }
    if (annotation.kind === 'join') to = markBoxes(page, { ...target, block: span.block + 1, start: 0, end: 0 }, metrics)[0] ?? null;
    if (annotation.kind === 'transpose') {
      const k = transposeSplit(annotation.anchor.quote, annotation.text);
      if (k !== null) split = markBoxes(page, { ...target, start: span.start + k, end: span.start + k }, metrics)[0] ?? null;
    }
    items.push(...drawMark({ kind: annotation.kind, color: color.cmyk, boxes, to, split }));

    const text = noteText(annotation, repliesOf(annotation.id), options.formatDate);
    const lines: GlyphRun[][] = [];
    for (const paragraph of text.split('\n')) {
      const layout = layoutParagraph({ runs: [{ text: paragraph }], style: noteStyle }, noteWidth - 2 * pad, measurer);
      for (const line of layout.lines) {
        lines.push(
          lineGlyphRuns(line, 0, 0).map((run) => ({ kind: 'glyphs', face: run.face, size: run.size, color: color.cmyk, overprint: false, y: 0, glyphs: run.glyphs })),
        );
      }
    }
    const first = boxes[0]!;
    requests.push({ id: annotation.id, mark: first, height: lines.length * leading + 2 * pad, annotation, boxes, lines, text });
  }

  const top = 0;
  const bottom = page.height;
  const layout = layoutMarginNotes(requests, {
    pageWidth: page.width,
    left: { x: -clearance - noteWidth, width: noteWidth },
    right: { x: page.width + clearance, width: noteWidth },
    top,
    bottom,
    gap: 3,
    separation: 0.9,
    edge: page.bleed + 2,
  });

  const notes: ProofNote[] = [];
  for (const placed of layout.notes) {
    const request = requests.find((r) => r.id === placed.id)!;
    const { annotation } = request;
    const color = roundColor(annotation.round);
    for (let i = 0; i + 1 < placed.leader.length; i++) {
      const a = placed.leader[i]!;
      const b = placed.leader[i + 1]!;
      items.push({ kind: 'rule', x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: 0.35, color: color.cmyk });
    }
    items.push({ kind: 'box', rect: placed.box, stroke: { color: color.cmyk, width: 0.4 } });
    request.lines.forEach((runs, i) => {
      const baseline = placed.box.y + pad + leading * i + noteSize * 0.95;
      for (const run of runs) {
        items.push({ ...run, y: baseline, glyphs: run.glyphs.map((g) => ({ ...g, x: g.x + placed.box.x + pad })) });
      }
    });
    notes.push({
      id: annotation.id,
      kind: annotation.kind,
      subtype: SUBTYPE[annotation.kind],
      subject: `${roundName(annotation.round)}·${ANNOTATION_KIND_INFO[annotation.kind].zh}`,
      contents: request.text,
      author: annotation.author,
      date: annotation.createdAt,
      color,
      boxes: request.boxes,
      box: placed.box,
      replies: repliesOf(annotation.id).map((r) => ({ id: r.id, author: r.author, date: r.createdAt, contents: r.body })),
    });
  }

  const hasLeft = layout.notes.some((n) => n.side === 'left');
  const hasRight = layout.notes.some((n) => n.side === 'right');
  const margin = clearance + noteWidth + 6;
  return {
    items,
    notes,
    extent: { left: hasLeft ? margin : 0, right: hasRight ? margin : 0, top: 0, bottom: layout.overflow > 0 ? layout.overflow + 6 : 0 },
    unplaced,
  };
}
