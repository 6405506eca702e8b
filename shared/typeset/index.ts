/**
 * Banmian's typesetting engine: styled Chinese (and English) text → justified lines with
 * per-glyph positions, following W3C clreq. Pure TypeScript; fonts come in through a Measurer.
 * See docs/typesetting.md.
 */
export type { FaceMetrics, GlyphForm, GlyphMetrics, InkBounds, Measurer } from './measurer';
export type {
  Alignment,
  CharStyle,
  LayoutQuality,
  LineAlignment,
  LineRun,
  ParagraphInput,
  ParagraphLayout,
  ParagraphStyle,
  TextRun,
  TypesetGlyph,
  TypesetLine,
} from './types';
export type { ProhibitionLevel, ProhibitionRules } from './prohibition';
export { prohibitionRules, isInseparable } from './prohibition';
export type { CharClass } from './char-classes';
export { classify } from './char-classes';
export {
  BANNER_STYLE,
  BODY_PITCH,
  BODY_STYLE,
  BYLINE_STYLE,
  CAPTION_STYLE,
  DEFAULT_STYLES,
  HEADLINE_STYLE,
  SUBHEAD_STYLE,
  withStyle,
  type DefaultStyleName,
  type StyleChanges,
} from './styles';
export { layoutParagraph, type LineWidths } from './paragraph';
export { createLayoutCache, type CacheStats, type LayoutCache, type LayoutCacheOptions } from './cache';
export { columnsFromGrid, frameSlots, gridLines, type BaselineGrid, type ColumnBox, type LineSpan, type Slot, type TypesetFrame } from './frames';
export { flowStory, type Copyfit, type FlowLine, type FlowOptions, type FlowResult, type Overset } from './flow';
export { lineGlyphRuns, lineText, paragraphText, visibleText, type PlacedRun } from './line-text';
