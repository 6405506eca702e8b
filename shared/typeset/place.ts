import * as M_Fallback from './fallback';
import type { LineMetrics } from './line-metrics';
import type { Measurer } from './measurer';
import type { Plan } from './justify';
import * as K from './prepared';
import type { Prepared } from './prepared';
import type { LineAlignment, LineRun, TypesetGlyph, TypesetLine } from './types';

// Module-local copies: under CommonJS transpilation (tsx) every imported binding is a getter call.
const { fallbackChain } = M_Fallback;

/**
 * Stage 9 (place): turn a chosen line and its plan into glyphs with x positions (pt from the
 * line's left edge). A glyph's x is the left edge of its advance box, so a mark whose left
 * blank was removed starts left of where its set box begins; a line-end mark set half-width
 * keeps its full box, which reaches half an em past the measure.
 */

// Module-local copies: imported bindings are getters under CommonJS transpilation (see line-metrics.ts).
const { BREAK_HYPHEN, GAP_CJK_LATIN, GAP_LETTER, GAP_PLAIN, SHRINK_CJK_LATIN, SHRINK_SPACE } = K;

export interface PlaceRequest {
  s: number;
  e: number;
  /** Measure of the line, pt (before the indent). */
  measure: number;
  indent: number;
  align: LineAlignment;
  last: boolean;
  metrics: LineMetrics;
  plan: Plan;
  /** Already known to be loose (a justified line set flush left because nothing could stretch). */
  loose: boolean;
}

/** Gaps wider than this (em) make a justified line loose: our PDF check's limit. */
export const LOOSE_GAP_EM = 0.5;

export function placeLine(p: Prepared, req: PlaceRequest, measurer: Measurer): TypesetLine {
  const { s, e, metrics: m, plan } = req;
  const atoms = p.atoms;
  // Glyphs and the run style of each, side by side (no wrapper object per glyph).
  const glyphs: TypesetGlyph[] = [];
  const styleOf: number[] = [];
  const v = m.last;
  let x = 0;
  for (let i = s; i < e; i++) {
    const atom = atoms[i]!;
    if (i > s && i <= v) x += gapAt(p, i, plan);
    if (atom.cls === 'hard-break' || atom.cls === 'invisible') continue;
    if (i > v) {
      // A space after the line's last visible character hangs: no width, no effect on the edge.
      glyphs.push(glyph(p, i, x, 0, 0));
      styleOf.push(atom.style);
      continue;
    }
    let tl = p.trimL[i]!;
    let tr = p.trimR[i]!;
    let startUsed = false;
    let endUsed = false;
    if (i === m.startAt) {
      tl += m.startTrim;
      startUsed = true;
    }
    if (i === v && m.endTrim > 0) {
      tr += m.endTrim;
      endUsed = true;
    }
    const level = p.shrinkLevel[i]!;
    if (level === SHRINK_SPACE) {
      const extra =
        -plan.shrink[SHRINK_SPACE]! * p.spaceShrink[i]! + plan.spaceStretch * p.spaceStretch[i]! + plan.evenExtra;
      glyphs.push(glyph(p, i, x, 0, Math.max(0, -extra)));
      styleOf.push(atom.style);
      x += p.advance[i]! + extra;
      continue;
    }
    if (level >= 0) {
      const frac = plan.shrink[level]!;
      if (frac > 0) {
        if (!startUsed) tl += frac * p.canL[i]!;
        if (!endUsed) tr += frac * p.canR[i]!;
      }
    }
    glyphs.push(glyph(p, i, x - tl, tl, tr));
    styleOf.push(atom.style);
    x += p.advance[i]! - tl - tr;
  }
  let hyphenated = false;
  if (e < p.n && p.breaks[e] === BREAK_HYPHEN && v >= s) {
    glyphs.push({ gid: p.hyphenGid[e]!, x, text: '-', offset: -1, advance: p.hyphenWidth[e]!, trimLeft: 0, trimRight: 0, hyphen: true });
    styleOf.push(atoms[v]!.style);
    x += p.hyphenWidth[e]!;
    hyphenated = true;
  }
  const right = x;
  const target = req.measure - req.indent;
  let shift = req.indent;
  if (req.align === 'center' || (req.align === 'distribute' && plan.underflow > 0)) shift += (target - right) / 2;
  else if (req.align === 'end') shift += target - right;
  if (shift !== 0) for (const g of glyphs) g.x += shift;

  const gapEm = maxGap(glyphs, p);
  const runs: LineRun[] = [];
  let ascent = 0;
  let descent = 0;
  let lastStyle = -1;
  const chain = fallbackChain(p.style.char);
  for (let k = 0; k < glyphs.length; k++) {
    const g = glyphs[k]!;
    const style = styleOf[k]!;
    if (style !== lastStyle || runs.length === 0) {
      const cs = p.styles[style]!;
      const run: LineRun = { face: cs.face, size: cs.size, glyphs: [] };
      if (cs.color) run.color = cs.color;
      if (cs.emphasis) run.emphasis = cs.emphasis;
      if (cs.embolden) run.embolden = cs.embolden;
      runs.push(run);
      lastStyle = style;
      // A fallback face's em box (HanaMin's is deeper) does not move the line.
      if (!chain.includes(cs.face) || cs.face === p.style.char.face) {
        const fm = measurer.face(cs.face);
        ascent = Math.max(ascent, (fm.ascent / fm.unitsPerEm) * cs.size);
        descent = Math.min(descent, (fm.descent / fm.unitsPerEm) * cs.size);
      }
    }
    runs[runs.length - 1]!.glyphs.push(g);
  }
  if (ascent === 0 && descent === 0) {
    const fm = measurer.face(p.style.char.face);
    ascent = (fm.ascent / fm.unitsPerEm) * p.em;
    descent = (fm.descent / fm.unitsPerEm) * p.em;
  }
  return {
    start: s < p.n ? atoms[s]!.offset : p.text.length,
    end: e < p.n ? atoms[e]!.offset : p.text.length,
    runs,
    measure: req.measure,
    indent: req.indent,
    right: right + shift,
    align: req.align,
    ascent,
    descent,
    hyphenated,
    hardBreak: e > s && atoms[e - 1]!.cls === 'hard-break',
    last: req.last,
    maxGap: gapEm,
    overflow: plan.overflow,
    loose: req.loose || (req.align === 'justify' && gapEm > LOOSE_GAP_EM),
  };
}

function glyph(p: Prepared, i: number, x: number, trimLeft: number, trimRight: number): TypesetGlyph {
  const atom = p.atoms[i]!;
  return { gid: p.gid[i]!, x, text: atom.text, offset: atom.offset, advance: p.advance[i]!, trimLeft, trimRight };
}

function gapAt(p: Prepared, i: number, plan: Plan): number {
  const kind = p.gapKind[i]!;
  const g = p.gap[i]!;
  if (kind === GAP_PLAIN) return g + plan.plainExtra + plan.evenExtra;
  if (kind === GAP_LETTER) return g + plan.letterExtra + plan.evenExtra;
  if (kind === GAP_CJK_LATIN) {
    return g - plan.shrink[SHRINK_CJK_LATIN]! * p.gapShrink[i]! + plan.cjkLatinStretch * p.gapStretch[i]! + plan.evenExtra;
  }
  return g;
}

/** Widest blank between neighbouring glyph boxes (spaces count as blank), em of the paragraph size. */
function maxGap(glyphs: readonly TypesetGlyph[], p: Prepared): number {
  let widest = 0;
  let prevEnd: number | null = null;
  for (const g of glyphs) {
    if (g.text.trim() === '') continue;
    if (prevEnd !== null) widest = Math.max(widest, g.x - prevEnd);
    prevEnd = g.x + g.advance;
  }
  return widest / p.em;
}
