import { describe, expect, it } from 'vitest';
import { parsePageDocument } from '../../../../shared/compose/page-file';
import { BROADSHEET } from '../../../../shared/compose/templates';
import { PAGE_FORMAT, PAGE_FORMAT_VERSION, type PageDocument, type StoryFrame } from '../../../../shared/model/page';
import {
  continueStory,
  groupPhotos,
  placePhoto,
  placeRule,
  placeStory,
  removeFrames,
  reorderFrames,
  setArea,
  storyChain,
  ungroupPhotos,
  unthread,
} from '../../../../renderer/src/page-desk/workspace/frame-edits';

// Layout changes keep the page a valid page file (the main process refuses to save anything
// else), keep a story one thread, and never change the document they were given.

const LIMITS = { columns: 8, lines: 105 };
const STORIES = new Set(['a', 'b']);

function empty(): PageDocument {
  return { format: PAGE_FORMAT, version: PAGE_FORMAT_VERSION, page: { name: '要闻', edition: '2024-03-01', number: 1, section: '' }, template: BROADSHEET, stories: {}, assets: {}, frames: [] };
}

const valid = (doc: PageDocument) => parsePageDocument(JSON.parse(JSON.stringify(doc)), STORIES);
const photo = (n: number) => ({ sha256: String(n).repeat(64).slice(0, 64), width: 1600, height: 1000, fileName: `photo ${n}.jpg` });

describe('placing and threading stories', () => {
  it('places a story with a headline over its columns; placing it again continues the thread (续排)', () => {
    const start = empty();
    const first = placeStory(start, 'a', { column: 0, span: 3, line: 0, depth: 30 });
    expect(start.frames).toEqual([]);
    const head = first.doc.frames[0] as StoryFrame;
    expect(head).toMatchObject({ storyId: 'a', bodyColumns: 3, headline: { size: 26, face: 'noto-sans-sc-700' } });
    const second = placeStory(first.doc, 'a', { column: 3, span: 2, line: 40, depth: 20 });
    expect(second.continued).toBe(first.id);
    expect((second.doc.frames[1] as StoryFrame).headline).toBeUndefined();
    expect(storyChain(second.doc, 'a').map((f) => f.id)).toEqual([first.id, second.id]);
    valid(second.doc);
  });

  it('continues a story in a free part of the page and ends it again', () => {
    let doc = placeStory(empty(), 'a', { column: 0, span: 4, line: 0, depth: 40 }).doc;
    doc = placeStory(doc, 'b', { column: 4, span: 4, line: 0, depth: 40 }).doc;
    const id = doc.frames[0]!.id;
    const continued = continueStory(doc, LIMITS, id)!;
    const added = continued.doc.frames.find((f) => f.id === continued.id)!;
    expect(added.area.line).toBeGreaterThanOrEqual(40); // not over the two stories
    expect(storyChain(continued.doc, 'a')).toHaveLength(2);
    valid(continued.doc);
    const ended = unthread(continued.doc, id);
    expect(storyChain(ended, 'a').map((f) => f.id)).toEqual([id]);
    expect(ended.frames.some((f) => f.id === continued.id)).toBe(false);
    valid(ended);
  });

  it('deleting a frame in the middle of a thread joins its neighbours; deleting the first passes the headline on', () => {
    let doc = empty();
    const ids: string[] = [];
    for (const line of [0, 30, 60]) {
      const placed = placeStory(doc, 'a', { column: 0, span: 2, line, depth: 20 });
      doc = placed.doc;
      ids.push(placed.id);
    }
    const joined = removeFrames(doc, [ids[1]!]);
    expect(storyChain(joined, 'a').map((f) => f.id)).toEqual([ids[0], ids[2]]);
    valid(joined);
    const headless = removeFrames(doc, [ids[0]!]);
    expect((headless.frames.find((f) => f.id === ids[1]) as StoryFrame).headline).toBeDefined();
    valid(headless);
  });

  it('keeps 破栏 when a frame is resized, and normal columns follow the span', () => {
    let doc = placeStory(empty(), 'a', { column: 0, span: 3, line: 0, depth: 30 }).doc;
    const id = doc.frames[0]!.id;
    doc = setArea(doc, id, { column: 0, span: 5, line: 0, depth: 30 });
    expect((doc.frames[0] as StoryFrame).bodyColumns).toBe(5);
    doc = { ...doc, frames: [{ ...(doc.frames[0] as StoryFrame), bodyColumns: 4 }] };
    doc = setArea(doc, id, { column: 0, span: 6, line: 0, depth: 30 });
    expect((doc.frames[0] as StoryFrame).bodyColumns).toBe(4);
    doc = setArea(doc, id, { column: 0, span: 2, line: 0, depth: 30 });
    expect((doc.frames[0] as StoryFrame).bodyColumns).toBe(2);
    valid(doc);
  });
});

describe('photos', () => {
  it('groups photos under one credit with cells relative to the group, and ungroups them back where they were', () => {
    let doc = empty();
    const a = placePhoto(doc, photo(1), { column: 0, span: 4, line: 50, depth: 24 });
    const b = placePhoto(a.doc, photo(2), { column: 0, span: 2, line: 74, depth: 20 });
    const c = placePhoto(b.doc, photo(3), { column: 2, span: 2, line: 74, depth: 20 });
    doc = c.doc;
    doc = { ...doc, frames: doc.frames.map((f) => (f.id === c.id && f.kind === 'photo' ? { ...f, credit: '（本栏照片均由本报记者王梦梦摄）' } : f)) };
    const grouped = groupPhotos(doc, [a.id, b.id, c.id])!;
    const group = grouped.doc.frames[0]!;
    expect(group).toMatchObject({ kind: 'photo-group', area: { column: 0, span: 4, line: 50, depth: 44 }, credit: '（本栏照片均由本报记者王梦梦摄）' });
    if (group.kind !== 'photo-group') throw new Error('a group');
    expect(group.photos.map((cell) => cell.area)).toEqual([
      { column: 0, span: 4, line: 0, depth: 24 },
      { column: 0, span: 2, line: 24, depth: 20 },
      { column: 2, span: 2, line: 24, depth: 20 },
    ]);
    expect(group.photos.every((cell) => cell.photo.credit === '')).toBe(true);
    valid(grouped.doc);
    // A group is never made smaller than its cells.
    expect(setArea(grouped.doc, group.id, { column: 0, span: 2, line: 50, depth: 10 }).frames[0]!.area).toMatchObject({ span: 4, depth: 44 });

    const apart = ungroupPhotos(grouped.doc, group.id)!;
    expect(apart.doc.frames.map((f) => f.area)).toEqual(doc.frames.map((f) => f.area));
    expect(Object.keys(apart.doc.assets)).toHaveLength(3);
    valid(apart.doc);
  });

  it('uses one asset entry per stored photo and drops photos no frame shows', () => {
    const a = placePhoto(empty(), photo(1), { column: 0, span: 2, line: 0, depth: 20 });
    const b = placePhoto(a.doc, photo(1), { column: 2, span: 2, line: 0, depth: 20 });
    expect(Object.keys(b.doc.assets)).toEqual(['photo-1']);
    expect(removeFrames(b.doc, [a.id]).assets).toHaveProperty('photo-1');
    expect(removeFrames(b.doc, [a.id, b.id]).assets).toEqual({});
  });
});

describe('stacking order', () => {
  it('brings frames to the front and sends them back, drawn in document order', () => {
    let doc = empty();
    for (const line of [0, 10, 20]) doc = placeRule(doc, { column: 0, span: 4, line, depth: 1 }, 'horizontal').doc;
    const [r1, r2, r3] = doc.frames.map((f) => f.id);
    expect(reorderFrames(doc, [r1!], 'front').frames.map((f) => f.id)).toEqual([r2, r3, r1]);
    expect(reorderFrames(doc, [r3!], 'back').frames.map((f) => f.id)).toEqual([r3, r1, r2]);
    expect(reorderFrames(doc, [r1!], 'forward').frames.map((f) => f.id)).toEqual([r2, r1, r3]);
    expect(reorderFrames(doc, [r3!], 'backward').frames.map((f) => f.id)).toEqual([r1, r3, r2]);
  });
});
