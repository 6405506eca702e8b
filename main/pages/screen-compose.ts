import { composePage } from '../../shared/compose/compose-page';
import type { PageComposition, PhotoView } from '../../shared/ipc/page-contract';
import type { PreflightIssue } from '../../shared/compose/compose-types';
import type { ScreenComposeJob } from '../isolation/heavy-protocol';
import type { DisplayItem, GlyphRun } from '../../shared/model/display-list';
import type { PageDocument } from '../../shared/model/page';
import type { StoryFields } from '../../shared/model/story';
import type { Measurer } from '../../shared/typeset/measurer';
import type { Store } from '../store/store-types';
import { itemKeys } from '../../shared/compose/item-keys';
import { pageLayoutCache, pageMeasurer } from '../fonts/page-measurer';
import { recordingMeasurer } from './recording-measurer';
import { resolvePageStories } from './page-stories';
import { namedStoryIds } from '../../shared/compose/photo-captions';
import type { PhotoUrl } from '../photos/previews';
import { screenPhotos } from '../photos/screen-photos';

/**
 * Composition for the page on screen: the page document as it stands in the workspace (saved
 * or not), the stories being typed (`drafts`, newer than the store), composed with the same
 * composePage, Measurer and layout cache as the PDF export. Only items the screen does not
 * hold yet are sent (see item-keys.ts), with the faces it is set in and the photo previews it needs.
 */

export interface ScreenUrls {
  photo?: PhotoUrl;
}

export interface ScreenComposeInput {
  document: PageDocument;
  drafts?: Record<string, StoryFields>;
  have?: string[];
  lines?: boolean;
  resources?: boolean;
}

/** Glyphs other than their character's cmap glyph (full-width or proportional forms), by index. */
function alternatesOf(run: GlyphRun, measurer: Measurer): Array<[number, 'fwid' | 'pwid']> {
  const found: Array<[number, 'fwid' | 'pwid']> = [];
  run.glyphs.forEach((g, index) => {
    const cp = g.text.codePointAt(0);
    if (cp === undefined || g.text.length > (cp > 0xffff ? 2 : 1)) return;
    if (measurer.glyph(run.face, cp).gid === g.gid) return;
    if (measurer.glyph(run.face, cp, 'full-width').gid === g.gid) found.push([index, 'fwid']);
    else if (measurer.glyph(run.face, cp, 'proportional').gid === g.gid) found.push([index, 'pwid']);
  });
  return found;
}

/**
 * Everything composition for the screen needs from the store, as plain data (ScreenComposeJob):
 * the stories (the store's, then the drafts) and the photos' sizes and views. Gathered in the
 * main thread; the composition itself (composeScreenJob) runs in the heavy-work process (main/isolation).
 */
export async function screenComposeJob(store: Store, input: ScreenComposeInput, urls: ScreenUrls = {}): Promise<ScreenComposeJob> {
  const { drafts, ...rest } = input;
  const stories = resolvePageStories(input.document, store);
  for (const [id, draft] of Object.entries(drafts ?? {})) stories[id] = draft;
  const { images, photos } = await screenPhotos(store, input.document, urls.photo);
  return { ...rest, stories, images, photos };
}

export async function composeForScreen(store: Store, input: ScreenComposeInput, urls: ScreenUrls = {}): Promise<PageComposition> {
  const started = performance.now();
  const composition = composeScreenJob(await screenComposeJob(store, input, urls));
  return { ...composition, ms: performance.now() - started };
}

export function composeScreenJob(input: ScreenComposeJob): PageComposition {
  const started = performance.now();
  const doc = input.document;
  const { stories, images, photos } = input;
  // Asked for the resources, compose without the layout cache through a recording measurer:
  // every paragraph is measured afresh, so every answer the fonts give is written down.
  const recorder = input.resources ? recordingMeasurer(pageMeasurer()) : null;
  const measurer = recorder ?? pageMeasurer();
  const result = composePage(doc, { measurer, cache: recorder ? undefined : pageLayoutCache(), stories, images, convertRgb: true });
  result.preflight.push(...originalsOnServer(doc, photos));

  const keys = itemKeys(result.page.items);
  const have = new Set(input.have ?? []);
  const items: Record<string, DisplayItem> = {};
  const alternates: PageComposition['alternates'] = {};
  const faces = new Set<string>();
  result.page.items.forEach((item, i) => {
    const key = keys[i]!;
    if (item.kind === 'glyphs') faces.add(item.face);
    if (have.has(key)) return;
    items[key] = item;
    if (item.kind === 'glyphs') {
      const alt = alternatesOf(item, measurer);
      if (alt.length) alternates[key] = alt;
    }
  });
  return {
    page: { width: result.page.width, height: result.page.height, bleed: result.page.bleed },
    order: keys,
    items,
    alternates,
    frames: result.frames,
    preflight: result.preflight,
    ...(input.lines ? { lines: result.lines } : {}),
    faces: [...faces],
    photos,
    ms: performance.now() - started,
    ...(recorder ? { resources: { faces: recorder.faces(), stories: usedStories(doc, stories), images: Object.fromEntries(Object.keys(doc.assets).map((key) => [key, images[key] ?? null])) } } : {}),
  };
}

/**
 * A photo drawn from its preview while its original is on the newsroom server: the preflight says
 * so for every frame showing it, as print's preflight does (compose-service.ts), until export fetches it.
 */
function originalsOnServer(doc: PageDocument, photos: Record<string, PhotoView>): PreflightIssue[] {
  const issues: PreflightIssue[] = [];
  for (const frame of doc.frames) {
    const assetIds = frame.kind === 'photo' ? [frame.assetId] : frame.kind === 'photo-group' ? frame.photos.map((cell) => cell.photo.assetId) : [];
    for (const assetId of new Set(assetIds)) {
      if (photos[assetId]?.onServer) issues.push({ severity: 'error', code: 'unknown-asset', frameId: frame.id, params: { assetId, onServer: true } });
    }
  }
  return issues;
}

function usedStories(doc: PageDocument, stories: Record<string, StoryFields>): Record<string, StoryFields> {
  const out: Record<string, StoryFields> = {};
  for (const id of namedStoryIds(doc)) if (stories[id]) out[id] = stories[id]!;
  return out;
}
