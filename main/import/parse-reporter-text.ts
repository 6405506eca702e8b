import type { StoryFields } from '../../shared/model/story';
import { buildItems } from './copy-items';
import { linesFromText, type SourceLine } from './source-lines';
import { buildStories } from './story-builder';

/** Stories from source lines (plain text or the paragraphs of a .docx). */
export function parseSourceLines(lines: SourceLine[]): StoryFields[] {
  return buildStories(buildItems(lines));
}

/**
 * Reporter copy as plain text into stories: one story for ordinary copy, several for a page
 * like the sample (banners, headlines, bylines, subheads, captions, credits). Pure: no I/O.
 */
export function parseReporterText(text: string): StoryFields[] {
  return parseSourceLines(linesFromText(text));
}
