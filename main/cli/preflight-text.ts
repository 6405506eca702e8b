import type { PreflightIssue } from '../../shared/compose/compose-types';
import { formatMissingGlyph } from '../../shared/compose/missing-glyphs';

const photo = (p: { assetId: string; width: number; height: number }) => `photo "${p.assetId}" (${p.width}×${p.height} px)`;

/** A preflight problem in English, for the CLI (the window words it in its own language). */
export function preflightText(issue: PreflightIssue): string {
  switch (issue.code) {
    case 'overset': {
      const p = issue.params;
      if (p.frame === 'story') return `story "${p.storyId}": ${p.lines} grid line(s) overset (${p.characters} characters do not fit); make its frames deeper or cut the story`;
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
        ? `${photo(issue.params)} ${what}: converted to CMYK at export (generic profile, not the press's)`
        : `${photo(issue.params)} ${what} and conversion is off: convert it to CMYK`;
    }
    case 'missing-font':
      return `font "${issue.params.faceId}" is not installed; set in ${issue.params.substitute} for now`;
    case 'missing-glyph':
      return `no font has a glyph for ${issue.params.places.map(formatMissingGlyph).join('; ')}: it would print as an empty box`;
    case 'outside-type-area':
      return `frame "${issue.frameId ?? ''}" reaches outside the type area`;
    case 'text-too-small':
      return `text set at ${issue.params.size} pt, under ${issue.params.minimum} pt: it will not print legibly on newsprint`;
    case 'unknown-story':
      return `story "${issue.params.storyId}" was not found`;
    case 'unknown-asset':
      return `photo "${issue.params.assetId}" was not found or cannot be read${issue.params.problem ? ` (${issue.params.problem})` : ''}`;
    case 'loose-line':
      return `story "${issue.params.storyId}": ${issue.params.lines} line(s) spaced wider than half an em`;
    case 'overfull-line':
      return `story "${issue.params.storyId}": ${issue.params.lines} line(s) wider than their column`;
    case 'empty-story':
      return `story "${issue.params.storyId}" has no text to set`;
  }
}
