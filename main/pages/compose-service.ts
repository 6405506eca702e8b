import { composePage } from '../../shared/compose/compose-page';
import type { ComposeResult } from '../../shared/compose/compose-types';
import type { PageDocument } from '../../shared/model/page';
import type { LayoutCache } from '../../shared/typeset/cache';
import type { Measurer } from '../../shared/typeset/measurer';
import type { Store } from '../store/store-types';
import { resolvePageAssets, type PageAssets } from '../photos/page-photos';
import { pageLayoutCache, pageMeasurer } from '../fonts/page-measurer';
import { resolvePageStories } from './page-stories';
import { pageNumberLabel } from '../../shared/model/page-label';

/**
 * The page pipeline in the main process: resolve the stories (inline or from the database) and
 * the photos (files or the photo store, with their pixel sizes), measure with the real fonts,
 * compose. Exporting is export-page.ts.
 */

export interface ComposeOptions {
  /** Folder that relative photo paths are relative to: the page file's folder. */
  baseDir: string;
  store?: Store;
  /** Whether the PDF writer will convert RGB photos (default true); if not, preflight makes them errors. */
  convertRgb?: boolean;
  /** A PDF will be written: start converting RGB photos while the page is composed. */
  forPdf?: boolean;
  measurer?: Measurer;
  cache?: LayoutCache;
}

export interface ComposedDocument {
  doc: PageDocument;
  result: ComposeResult;
  assets: PageAssets;
  title: string;
}

export function pageTitle(doc: PageDocument): string {
  const { page } = doc;
  return [page.paper, page.edition, pageNumberLabel(page.number), page.name].filter((p) => p && p.trim()).join(' ');
}

export async function composeDocument(doc: PageDocument, options: ComposeOptions): Promise<ComposedDocument> {
  const convertRgb = options.convertRgb ?? true;
  const assets = await resolvePageAssets(doc, { baseDir: options.baseDir, store: options.store, convertForPdf: options.forPdf && convertRgb });
  const result = composePage(doc, {
    measurer: options.measurer ?? pageMeasurer(),
    cache: options.cache ?? pageLayoutCache(),
    stories: resolvePageStories(doc, options.store),
    images: assets.images,
    convertRgb,
  });
  for (const [key, asset] of assets.assets) {
    if (asset.problem) {
      const issue = result.preflight.find((i) => i.code === 'unknown-asset' && i.params.assetId === key);
      if (issue?.code === 'unknown-asset') issue.params.problem = asset.problem;
    }
  }
  return { doc, result, assets, title: pageTitle(doc) };
}
