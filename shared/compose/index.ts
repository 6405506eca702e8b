/**
 * Page composition: a page document (template, frames, stories) → the display list both the
 * page view and the PDF writer draw, the set lines, preflight and copyfit. See docs/page-format.md.
 */
export type { ComposeInputs, ComposeResult, ComposedLine, FrameReport, ImageInfo, PreflightCode, PreflightIssue, PreflightSeverity, StoryFit } from './compose-types';
export { composePage } from './compose-page';
export { areaRect, gridGeometry, textColumns, type GridGeometry } from './grid-geometry';
export { parsePageDocument, PageFileError } from './page-file';
export { pageJsonSchema } from './page-schema';
export { placePhoto, type PhotoPlacement } from './photo-geometry';
export { A3, BROADSHEET, TABLOID, TEMPLATES, type TemplateName } from './templates';
export { HEADER_FRAME_ID } from './page-header';
export { editionDateText } from './edition-date';
