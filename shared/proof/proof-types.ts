import type { AnnotationKind, MarkColor } from '../model/annotation';
import type { DisplayItem, Rect } from '../model/display-list';

/**
 * A proof layer: what a proof adds to one composed page. The marks, leaders and margin notes
 * as display items (drawn over the page, in the round's colour, never into the print PDF),
 * and each note again as data for a PDF annotation, so that any reader lists them as comments.
 * Coordinates are the display list's: pt from the trim's top-left corner, y down.
 */

/** How the PDF annotation marks the text. */
export type ProofAnnotationSubtype = 'Highlight' | 'StrikeOut' | 'Underline' | 'Caret';

export interface ProofReply {
  id: string;
  author: string;
  /** ISO 8601. */
  date: string;
  contents: string;
}

export interface ProofNote {
  /** The annotation's id (the PDF annotation's /NM). */
  id: string;
  kind: AnnotationKind;
  subtype: ProofAnnotationSubtype;
  /** Kind and round, e.g. "一校·改正" (the PDF annotation's /Subj). */
  subject: string;
  /** The whole note as text (the PDF annotation's /Contents). */
  contents: string;
  author: string;
  /** When the mark was made, ISO 8601. */
  date: string;
  color: MarkColor;
  /** The marked glyphs, one box per line; for a point mark, one zero-width box at the caret. */
  boxes: Rect[];
  /** The note in the margin. */
  box: Rect;
  replies: ProofReply[];
}

/** A mark the proof could not place, and why. */
export interface UnplacedMark {
  id: string;
  reason: 'orphaned' | 'not-on-page';
}

export interface ProofPageLayer {
  items: DisplayItem[];
  notes: ProofNote[];
  /** How far the proof reaches beyond the trim on each side, pt: the proof's paper must include it. */
  extent: { left: number; right: number; top: number; bottom: number };
  unplaced: UnplacedMark[];
}
