import { composePage } from '../../shared/compose/compose-page';
import type { ComposeResult } from '../../shared/compose/compose-types';
import type { PageDocument } from '../../shared/model/page';
import type { LayoutCache } from '../../shared/typeset/cache';
import type { Measurer } from '../../shared/typeset/measurer';
import type { Store } from '../store/store-types';
import { resolvePageAssets, type PageAssets } from '../photos/page-photos';
import { pressSetup, type PressSetup } from '../photos/press-conversion';
import type { PressProfile } from '../../shared/model/press';
import { pageLayoutCache, pageMeasurer } from '../fonts/page-measurer';
import { resolvePageStories } from './page-stories';
import { pageNumberLabel } from '../../shared/model/page-label';
import { saveFontRecords } from '../fonts/font-metrics-cache';

/**
 * The page pipeline in the main process: resolve the stories (inline or from the database) and
 * the photos (files or the photo store, with their pixel sizes), measure with the real fonts,
 * compose. Exporting is export-page.ts.
 */

export interface ComposeOptions {
  /** A page file's folder (relative photo paths start there); without it, photos come from the store only. */
  baseDir?: string;
  store?: Store;
  /** Stored photos' files by SHA-256, instead of the store (composition in the heavy-work process). */
  photoPaths?: Record<string, string>;
  /** Whether the PDF writer will convert RGB photos (default true); if not, preflight makes them errors. */
  convertRgb?: boolean;
  /** A PDF will be written: start converting photos for the press while the page is composed. */
  forPdf?: boolean;
  /** Press settings that override the page file's `press` (the CLI's --ink-limit, --press-icc, …). */
  press?: PressProfile;
  measurer?: Measurer;
  cache?: LayoutCache;
}

export interface ComposedDocument {
  doc: PageDocument;
  result: ComposeResult;
  assets: PageAssets;
  title: string;
  /** The press the page is made for: the page's `press`, overridden by the caller's. */
  press: PressSetup;
}

export function pageTitle(doc: PageDocument): string {
  const { page } = doc;
  return [page.paper, page.edition, pageNumberLabel(page.number), page.name].filter((p) => p && p.trim()).join(' ');
}

function withoutUndefined(profile: PressProfile | undefined): PressProfile {
  return Object.fromEntries(Object.entries(profile ?? {}).filter(([, v]) => v !== undefined));
}

/** The press a page is composed and converted for: the page's own, overridden by the caller's settings. */
export function pagePress(doc: PageDocument, press: PressProfile | undefined): PressProfile {
  return { ...doc.press, ...withoutUndefined(press) };
}

export async function composeDocument(doc: PageDocument, options: ComposeOptions): Promise<ComposedDocument> {
  const convertRgb = options.convertRgb ?? true;
  const press = await pressSetup(pagePress(doc, options.press), options.baseDir);
  const assets = await resolvePageAssets(doc, { baseDir: options.baseDir, store: options.store, photoPaths: options.photoPaths, convertFor: convertRgb ? press : undefined, convertNow: options.forPdf });
  const result = composePage(doc, {
    measurer: options.measurer ?? pageMeasurer(),
    cache: options.cache ?? pageLayoutCache(),
    stories: resolvePageStories(doc, options.store),
    images: assets.images,
    convertRgb,
    inkLimit: press.press.inkLimit,
  });
  saveFontRecords(); // what the fonts answered for the first time, for the next process
  for (const [key, asset] of assets.assets) {
    if (asset.problem) {
      const issue = result.preflight.find((i) => i.code === 'unknown-asset' && i.params.assetId === key);
      if (issue?.code === 'unknown-asset') {
        issue.params.problem = asset.problem;
        if (asset.onServer) issue.params.onServer = true;
      }
    }
  }
  return { doc, result, assets, title: pageTitle(doc), press };
}
