import * as M_CharClasses from './char-classes';
import * as M_Collect from './collect';
import * as M_Compress from './compress';
import * as M_DisplayRules from './display-rules';
import * as M_Fallback from './fallback';
import * as M_Hyphenate from './hyphenate';
import * as M_Measure from './measure';
import type { GlyphInfo } from './measure';
import * as M_PunctuationStyle from './punctuation-style';
import type { Measurer } from './measurer';
import * as M_Prepared from './prepared';
import type { Prepared } from './prepared';
import * as M_Prohibition from './prohibition';
import * as M_Segment from './segment';
import * as M_Tokens from './tokens';
import * as M_Spacing from './spacing';
import type { ParagraphInput } from './types';

// Module-local copies: under CommonJS transpilation (tsx) every imported binding is a getter call.
const { isCompressible } = M_CharClasses;
const { collect } = M_Collect;
const { compressAdjacent } = M_Compress;
const { applyDisplayRules } = M_DisplayRules;
const { fallbackGlyph, fallbackStyle, styleInFace } = M_Fallback;
const { addHyphenation } = M_Hyphenate;
const { glyphForm, glyphInfo, joinedDashInfo } = M_Measure;
const { BREAK_HYPHEN, SHRINK_BRACKET, SHRINK_COMMA, SHRINK_INTERPUNCT, SHRINK_SPACE } = M_Prepared;
const { prohibitionRules } = M_Prohibition;
const { segment } = M_Segment;
const { applyTokenBreaks, findTokens } = M_Tokens;
const { computeGaps, MAX_GAP_EM } = M_Spacing;
const { styledMark } = M_PunctuationStyle;

/**
 * Runs the width-independent stages in order (collect → segment → tokens → hyphenate → measure →
 * compress → spacing) and packs the result for the breaker. Pure: same input and fonts, same
 * output.
 */

const SPACE_SHRINK = 1 / 3; // a Western space may lose a third of its width (TeX's interword shrink)
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function prepare(input: ParagraphInput, measurer: Measurer): Prepared {
  const { text, styles, atoms, cjk } = collect(input);
  const style = input.style;
  const n = atoms.length;
  const em = style.char.size;
  const breaks = segment(atoms, text, prohibitionRules(style.prohibition));
  const tokens = findTokens(atoms, text);
  applyTokenBreaks(atoms, tokens, breaks);
  if (style.hyphenate) addHyphenation(atoms, breaks, tokens.kind);

  const gid = new Int32Array(n);
  const advance = new Float64Array(n);
  const canL = new Float64Array(n);
  const canR = new Float64Array(n);
  const trimL = new Float64Array(n);
  const trimR = new Float64Array(n);
  const width = new Float64Array(n);
  const shrinkLevel = new Int8Array(n).fill(-1);
  const spaceShrink = new Float64Array(n);
  const spaceStretch = new Float64Array(n);
  const unit = new Uint8Array(n);
  let maxSize = em;

  for (let i = 0; i < n; i++) {
    const atom = atoms[i]!;
    let cs = styles[atom.style]!;
    const size = cs.size;
    if (size > maxSize) maxSize = size;
    if (atom.cls === 'hard-break' || atom.cls === 'invisible') continue;
    let info: GlyphInfo;
    if (atom.cls === 'dash' && cjk && (atoms[i - 1]?.cls === 'dash' || atoms[i + 1]?.cls === 'dash')) {
      info = joinedDashInfo(measurer, cs.face) ?? glyphInfo(measurer, cs.face, atom.cp, atom.cls, 'full-width');
    } else {
      const cp = atom.cls === 'space' && atom.cp === 0x09 ? 0x20 : atom.cp;
      const mark = cs.punctuationFace === undefined ? null : styledMark(measurer, styles, atom, cs);
      if (mark) cs = styles[atom.style]!;
      info = mark ?? glyphInfo(measurer, cs.face, cp, atom.cls, glyphForm(atom.text.charAt(0), atom.cls));
      if (info.gid === 0 && atom.cls === 'space') info = glyphInfo(measurer, cs.face, 0x20, atom.cls, 'default');
      else if (info.gid === 0) {
        // The face lacks the character: the style's fallback chain sets it (the atom moves to that face).
        const found = fallbackGlyph(measurer, cs, atom.cp, atom.cls, glyphForm(atom.text.charAt(0), atom.cls));
        if (found) {
          atom.style = styleInFace(styles, fallbackStyle(cs, found.face), found.face);
          cs = styles[atom.style]!;
          info = found.info;
        }
      }
    }
    gid[i] = info.gid;
    advance[i] = info.advance * size;
    canL[i] = info.trimLeft * size;
    canR[i] = info.trimRight * size;
    if (atom.cls === 'space') {
      shrinkLevel[i] = SHRINK_SPACE;
      spaceShrink[i] = advance[i]! * SPACE_SHRINK;
      spaceStretch[i] = Math.max(0, MAX_GAP_EM * em - advance[i]!);
    } else if (isCompressible(atom.cls)) {
      shrinkLevel[i] =
        atom.cls === 'interpunct'
          ? SHRINK_INTERPUNCT
          : atom.cls === 'opening' || atom.cls === 'closing'
            ? SHRINK_BRACKET
            : SHRINK_COMMA;
    }
    // 孤字不成行 counts characters: Han, and Western letters and digits.
    if ((atom.cls === 'han' && atom.cp !== 0x3000) || (atom.cls === 'western' && WORD_CHAR.test(atom.text))) unit[i] = 1;
  }

  compressAdjacent(atoms, { canL, canR, trimL, trimR });
  applyDisplayRules(atoms, style, em, { advance, spaceShrink, spaceStretch, canL, canR, trimL, trimR });
  for (let i = 0; i < n; i++) width[i] = advance[i]! - trimL[i]! - trimR[i]!;

  const gap = new Float64Array(n);
  const gapKind = new Uint8Array(n);
  const gapShrink = new Float64Array(n);
  const gapStretch = new Float64Array(n);
  computeGaps(atoms, styles, gid, measurer, style.cjkLatinSpacing, em, { gap, gapKind, gapShrink, gapStretch });

  const hyphenGid = new Int32Array(n + 1);
  const hyphenWidth = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) {
    if (breaks[i] !== BREAK_HYPHEN) continue;
    const cs = styles[atoms[i - 1]!.style]!;
    const h = glyphInfo(measurer, cs.face, 0x2d, 'western-punct', 'default');
    hyphenGid[i] = h.gid;
    hyphenWidth[i] = h.advance * cs.size;
  }

  return {
    text,
    style,
    styles,
    atoms,
    n,
    cjk,
    em,
    maxSize,
    breaks,
    gid,
    advance,
    trimL,
    trimR,
    canL,
    canR,
    width,
    gap,
    gapKind,
    shrinkLevel,
    spaceShrink,
    spaceStretch,
    gapShrink,
    gapStretch,
    hyphenGid,
    hyphenWidth,
    unit,
  };
}
