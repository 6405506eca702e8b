import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeForScreen } from '../../../../main/pages/screen-compose';
import { openSamplePage } from '../../../../main/pages/sample-in-store';
import { openStore } from '../../../../main/store/open-store';
import type { Store } from '../../../../main/store/store-types';
import type { PageDocument } from '../../../../shared/model/page';
import type { StoryFields } from '../../../../shared/model/story';
import { LocalComposer } from '../../../../renderer/src/page-desk/workspace/local-composer';

// The page view composes a dragged page itself, from what the main process sent. It must set
// exactly what the main process (and so the PDF) sets: same display list, same copyfit, same
// preflight — and refuse, rather than guess, when it lacks a font answer, a story or a photo.

let dir: string;
let store: Store;
let doc: PageDocument;
const cacheBefore = process.env.BANMIAN_CACHE_DIR;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banmian-local-'));
  process.env.BANMIAN_CACHE_DIR = join(dir, 'cache');
  store = openStore(join(dir, 'news.db'));
  doc = (await openSamplePage(store)).document;
});

afterAll(() => {
  store.close();
  if (cacheBefore === undefined) delete process.env.BANMIAN_CACHE_DIR;
  else process.env.BANMIAN_CACHE_DIR = cacheBefore;
  rmSync(dir, { recursive: true, force: true });
});

/** As the window receives it: through JSON, like every IPC answer. */
async function mainComposition(page: PageDocument, drafts?: Record<string, StoryFields>) {
  const composed = await composeForScreen(store, { document: page, resources: true, ...(drafts ? { drafts } : {}) });
  return JSON.parse(JSON.stringify(composed)) as typeof composed;
}

function itemsInOrder(composition: Awaited<ReturnType<typeof mainComposition>>) {
  return composition.order.map((key) => composition.items[key]);
}

describe('composition in the window', () => {
  it('sets the page exactly as the main process does, and a moved frame too', async () => {
    const main = await mainComposition(doc);
    const local = new LocalComposer();
    local.absorb(main.resources!);
    const here = local.compose(doc, {})!;
    expect(here).not.toBeNull();
    expect(here.page.items).toEqual(itemsInOrder(main));
    expect(here.preflight).toEqual(main.preflight);
    expect(here.frames).toEqual(main.frames);

    // Frames moved and resized need no new font answers.
    const moved = structuredClone(doc);
    moved.frames.find((f) => f.id === 'portrait')!.area.line += 5;
    const shanyang = moved.frames.find((f) => f.id === 'shanyang')!;
    shanyang.area.depth -= 4;
    const again = local.compose(moved, {})!;
    expect(again).not.toBeNull();
    const truth = await composeForScreen(store, { document: moved });
    expect(again.page.items).toEqual(itemsInOrder(truth));
    expect(again.frames.find((f) => f.frameId === 'shanyang')!.story!.copyfit).toEqual(truth.frames.find((f) => f.frameId === 'shanyang')!.story!.copyfit);
  });

  it('refuses text it has no font answers for, and composes it once the main process sent them', async () => {
    const local = new LocalComposer();
    local.absorb((await mainComposition(doc)).resources!);
    const lead = doc.frames.find((f) => f.id === 'lead');
    if (lead?.kind !== 'story') throw new Error('lead is a story frame');
    const stored = store.stories.get(lead.storyId);
    const { id: _i, version: _v, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = stored;
    // 鑫 and 龘 are nowhere on the sample page.
    const draft = { [lead.storyId]: { ...fields, headline: '鑫龘：新标题' } };
    expect(local.compose(doc, draft)).toBeNull();
    const main = await mainComposition(doc, draft);
    local.absorb(main.resources!);
    const here = local.compose(doc, draft)!;
    expect(here.page.items).toEqual(itemsInOrder(main));
    expect(here.lines.some((l) => l.text.includes('鑫龘'))).toBe(true);
  });

  it('leaves a photo or a story it has not been sent to the main process', async () => {
    const local = new LocalComposer();
    expect(local.compose(doc, {})).toBeNull(); // nothing sent yet
    local.absorb((await mainComposition(doc)).resources!);
    const withPhoto = structuredClone(doc);
    withPhoto.assets.extra = { sha256: 'a'.repeat(64) };
    expect(local.compose(withPhoto, {})).toBeNull();
    const withStory = structuredClone(doc);
    withStory.frames.push({ id: 'x', kind: 'story', storyId: 'not-sent', area: { column: 0, span: 2, line: 90, depth: 10 }, bodyColumns: 2 });
    expect(local.compose(withStory, {})).toBeNull();
  });
});
