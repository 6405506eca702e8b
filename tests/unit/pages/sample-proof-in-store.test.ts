import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeDocument } from '../../../main/pages/compose-service';
import { openSamplePage } from '../../../main/pages/sample-in-store';
import { proofLayerFor, proofMarksFor } from '../../../main/proof/proof-pdf';
import { SAMPLE_PROOF_MARKS } from '../../../main/sample/sample-proof-round';
import { openStore } from '../../../main/store/open-store';
import type { Store } from '../../../main/store/store-types';
import type { PageView } from '../../../shared/ipc/page-contract';

// "Open the sample page" puts the sample's first proof round on its stories, once: the page
// workspace's proof layer and the proof PDF then show the proofreader's marks on the page.

let dir: string;
let store: Store;
let first: PageView;
const cacheBefore = process.env.BANMIAN_CACHE_DIR;

const storyIds = (view: PageView) => [...new Set(view.document.frames.flatMap((f) => (f.kind === 'story' ? [f.storyId] : [])))];
const marksOn = (view: PageView) => storyIds(view).flatMap((id) => store.annotations.listByStory(id));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banmian-sample-proof-'));
  process.env.BANMIAN_CACHE_DIR = join(dir, 'cache');
  store = openStore(join(dir, 'news.db'));
  first = await openSamplePage(store);
});

afterAll(() => {
  store.close();
  if (cacheBefore === undefined) delete process.env.BANMIAN_CACHE_DIR;
  else process.env.BANMIAN_CACHE_DIR = cacheBefore;
  rmSync(dir, { recursive: true, force: true });
});

describe('the sample page in the database', () => {
  it('comes with its first proof round on the stories it imported', () => {
    const marks = marksOn(first);
    const top = marks.filter((m) => m.replyTo === null);
    expect(top).toHaveLength(SAMPLE_PROOF_MARKS);
    expect(marks.length).toBeGreaterThan(top.length); // the editor's reply to the query
    expect(new Set(top.map((m) => m.round))).toEqual(new Set([1]));
    expect(top.every((m) => m.status === 'open' && m.author === '校对 李敏')).toBe(true);
    const replace = top.find((m) => m.kind === 'replace' && m.anchor.quote === '堵点');
    expect(replace?.text).toBe('痛点');
  });

  it('does not add the marks again when the sample is opened again', async () => {
    const again = await openSamplePage(store);
    expect(again.id).toBe(first.id);
    expect(marksOn(again)).toHaveLength(marksOn(first).length);
  });

  it('has every mark of the round land on the composed page', async () => {
    const composed = await composeDocument(first.document, { baseDir: process.cwd(), store });
    const layer = proofLayerFor(composed, proofMarksFor(first.document, { store }), store);
    expect(layer.unplaced).toEqual([]);
    expect(layer.notes).toHaveLength(SAMPLE_PROOF_MARKS);
  });
});
