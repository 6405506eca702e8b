import type { PageDocument } from '../model/page';
import { layoutParagraph, type LineWidths } from '../typeset/paragraph';
import type { LayoutCache } from '../typeset/cache';
import type { Measurer } from '../typeset/measurer';
import type { ParagraphInput, ParagraphLayout } from '../typeset/types';
import type { ImageInfo, PreflightIssue } from './compose-types';
import type { GridGeometry } from './grid-geometry';
import { PageOutput } from './page-output';

/** What every composition stage shares: the page, its grid, the fonts, and where results go. */
export interface ComposeContext {
  doc: PageDocument;
  geometry: GridGeometry;
  measurer: Measurer;
  cache: LayoutCache | undefined;
  images: Readonly<Record<string, ImageInfo | undefined>>;
  convertRgb: boolean;
  out: PageOutput;
  issues: PreflightIssue[];
  /** A face id that can be used: the one asked for, or a stand-in when the font is missing (reported once). */
  face(faceId: string, frameId?: string): string;
  /** Sets one paragraph (through the layout cache). */
  layout(input: ParagraphInput, widths: LineWidths): ParagraphLayout;
}

/** Stand-ins for a missing face: same family when the id names one, else the body face. */
function standIn(faceId: string): string {
  if (faceId.startsWith('noto-sans-sc')) return faceId.endsWith('400') ? 'noto-sans-sc-400' : 'noto-sans-sc-700';
  return 'noto-serif-sc-400';
}

export function createComposeContext(
  doc: PageDocument,
  geometry: GridGeometry,
  measurer: Measurer,
  options: { cache?: LayoutCache; images: Readonly<Record<string, ImageInfo | undefined>>; convertRgb: boolean },
): ComposeContext {
  const known = new Map<string, boolean>();
  const reported = new Set<string>();
  const issues: PreflightIssue[] = [];
  const available = (faceId: string): boolean => {
    let ok = known.get(faceId);
    if (ok === undefined) {
      try {
        measurer.face(faceId);
        ok = true;
      } catch {
        ok = false;
      }
      known.set(faceId, ok);
    }
    return ok;
  };
  return {
    doc,
    geometry,
    measurer,
    cache: options.cache,
    images: options.images,
    convertRgb: options.convertRgb,
    out: new PageOutput(),
    issues,
    face(faceId, frameId) {
      if (available(faceId)) return faceId;
      const substitute = standIn(faceId);
      if (!reported.has(faceId)) {
        reported.add(faceId);
        issues.push({
          severity: 'error',
          code: 'missing-font',
          frameId,
          params: { faceId, substitute },
        });
      }
      return substitute;
    },
    layout(input, widths) {
      return layoutParagraph(input, widths, measurer, options.cache);
    },
  };
}
