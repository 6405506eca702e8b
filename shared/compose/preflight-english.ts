import type { ContentPart, PreflightIssue } from './compose-types';
import { cmykLabel } from './ink-preflight';
import { formatMissingGlyph } from './missing-glyphs';

/** How the sentence names a story and the frame of an issue; the CLI says ids, the window says headlines. */
export interface PreflightNames {
  story: (storyId: string) => string;
  frame: (issue: PreflightIssue) => string;
}

const ids: PreflightNames = {
  story: (storyId) => `story "${storyId}"`,
  frame: (issue) => `frame "${issue.frameId ?? ''}"`,
};

const photo = (p: { assetId: string; width: number; height: number }) => `photo "${p.assetId}" (${p.width}×${p.height} px)`;

/** One side of a collision in words: whose headline, text, photo or caption. */
function contentPart(p: ContentPart, story: PreflightNames['story']): string {
  const owner = p.storyId !== undefined ? story(p.storyId) : undefined;
  switch (p.content) {
    case 'headline':
      return `the headline of ${owner ?? 'a story'}`;
    case 'text':
      return owner ? `the text of ${owner}` : 'a text frame';
    case 'photo':
      return `photo "${p.assetId ?? ''}"`;
    case 'caption':
      return 'a photo caption';
    case 'credit':
      return 'a photo credit';
    case 'banner':
      return `banner "${p.text ?? ''}"`;
  }
}

/**
 * A preflight problem in an English sentence: one wording for the CLI and the window's English
 * catalogue (the other languages word the codes in their own catalogues).
 */
export function englishPreflight(issue: PreflightIssue, names: Partial<PreflightNames> = {}): string {
  const { story, frame } = { ...ids, ...names };
  switch (issue.code) {
    case 'overset': {
      const p = issue.params;
      if (p.frame === 'story') return `${story(p.storyId)}: ${p.lines} grid line(s) overset (${p.characters} characters do not fit); make its frames deeper or cut the story`;
      if (p.frame === 'banner') return `banner "${p.text}" does not fit its box: make it deeper or the text smaller`;
      if (p.frame === 'text') return `text frame: ${p.lines} grid line(s) overset`;
      return 'the caption leaves no room for the photo: make the frame deeper';
    }
    case 'low-resolution':
      return issue.severity === 'error'
        ? `${photo(issue.params)} prints at ${issue.params.ppi} ppi; at least 150 are needed (200 for a clean screen)`
        : `${photo(issue.params)} prints at ${issue.params.ppi} ppi, under 200`;
    case 'rgb-image': {
      const what = issue.params.colorSpace === 'rgb' ? 'is RGB' : 'is not a CMYK or grey JPEG';
      return issue.params.converted
        ? `${photo(issue.params)} ${what}: converted to CMYK for the press at export (LittleCMS, within its ink limit)`
        : `${photo(issue.params)} ${what} and conversion is off: convert it to CMYK`;
    }
    case 'missing-font':
      return `font "${issue.params.faceId}" is not installed; set in ${issue.params.substitute} for now`;
    case 'missing-glyph':
      return `no font has a glyph for ${issue.params.places.map(formatMissingGlyph).join('; ')}: it would print as an empty box`;
    case 'outside-type-area':
      return `${frame(issue)} reaches outside the type area`;
    case 'text-too-small':
      return `text set at ${issue.params.size} pt, under ${issue.params.minimum} pt: it will not print legibly on newsprint`;
    case 'unknown-story':
      return `${story(issue.params.storyId)} was not found`;
    case 'caption-source':
      return issue.params.photo
        ? `the caption comes from photo ${issue.params.photo} of ${story(issue.params.storyId)}, which is not there: the page's own caption is printed`
        : `the credit line comes from ${story(issue.params.storyId)}, which is not there: the page's own credit is printed`;
    case 'unknown-asset':
      if (issue.params.onServer) return `photo "${issue.params.assetId}": its original is on the newsroom server, not on this desk yet (it is fetched before export)`;
      return `photo "${issue.params.assetId}" was not found or cannot be read${issue.params.problem ? ` (${issue.params.problem})` : ''}`;
    case 'loose-line':
      return `${story(issue.params.storyId)}: ${issue.params.lines} line(s) spaced wider than half an em`;
    case 'overfull-line':
      return `${story(issue.params.storyId)}: ${issue.params.lines} line(s) wider than their column`;
    case 'empty-story':
      return `${story(issue.params.storyId)} has no text to set`;
    case 'ink-limit': {
      const p = issue.params;
      if (p.element !== 'photo') return `the ${p.element} colour ${cmykLabel(p.color)} has ${p.ink} % total ink, above the press's ${p.limit} %`;
      const share = p.over >= 0.001 ? `, ${(p.over * 100).toFixed(1)} % of its printed pixels above it` : '';
      const what = `photo "${p.assetId}" reaches ${p.ink} % total ink where it prints, above the press's ${p.limit} %${share}`;
      return p.converted ? `${what}: brought within the limit at export (or convert it for this press)` : `${what}: convert it for this press`;
    }
    case 'collision':
      return `${contentPart(issue.params.a, story)} and ${contentPart(issue.params.b, story)} print over each other: move or resize one of them`;
    case 'underset':
      return `${story(issue.params.storyId)}: ${issue.params.lines} grid line(s) left empty at its foot; make its frame shallower or add copy`;
    case 'rich-black-text':
      return `text in rich black ${cmykLabel(issue.params.color)}: set it in black only (K100), or it prints with coloured fringes`;
  }
}
