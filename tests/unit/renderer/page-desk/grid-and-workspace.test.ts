import { describe, expect, it } from 'vitest';
import { areaRect, gridGeometry } from '../../../../shared/compose/grid-geometry';
import { BROADSHEET } from '../../../../shared/compose/templates';
import { PAGE_FORMAT, PAGE_FORMAT_VERSION, type PageDocument } from '../../../../shared/model/page';
import { placeRule, setArea } from '../../../../renderer/src/page-desk/workspace/frame-edits';
import { cellAt, freeMovedArea, freeResizedArea, movedArea, nudgedArea, resizedArea } from '../../../../renderer/src/page-desk/workspace/grid-snap';
import { defaultSpan, photoArea, storyArea } from '../../../../renderer/src/page-desk/workspace/placement';
import { WorkspaceStore } from '../../../../renderer/src/page-desk/workspace/workspace-store';
import { fitZoom, zoomIn, zoomOut } from '../../../../renderer/src/page-desk/workspace/zoom';
import { cmykToRgb } from '../../../../renderer/src/page-desk/workspace/screen-color';

const geometry = gridGeometry(BROADSHEET);
const limits = { columns: 8, lines: geometry.lines };
const pitch = geometry.pitch; // 13.5 pt
const column = geometry.columnWidth + geometry.gutter; // 126 pt
const area = { column: 2, span: 2, line: 10, depth: 20 };

describe('snapping to the grid', () => {
  it('moves by whole columns and lines, rounding the pointer, and stays on the page', () => {
    expect(movedArea(geometry, limits, area, column * 0.6, pitch * 2.4)).toMatchObject({ column: 3, line: 12 });
    expect(movedArea(geometry, limits, area, column * 0.4, pitch * 0.4)).toMatchObject({ column: 2, line: 10 });
    expect(movedArea(geometry, limits, area, column * 20, pitch * 500)).toMatchObject({ column: 6, line: geometry.lines - 20 });
    expect(movedArea(geometry, limits, { ...area, dx: 1.5 }, column, 0)).toMatchObject({ column: 3, dx: 1.5 });
  });

  it('resizes from an edge or a corner, never below one column and one line', () => {
    expect(resizedArea(geometry, limits, area, 'e', column * 1.2, 0)).toMatchObject({ column: 2, span: 3 });
    expect(resizedArea(geometry, limits, area, 'w', -column, 0)).toMatchObject({ column: 1, span: 3 });
    expect(resizedArea(geometry, limits, area, 'se', 0, pitch * 5)).toMatchObject({ depth: 25 });
    expect(resizedArea(geometry, limits, area, 'n', 0, pitch * 50)).toMatchObject({ line: 29, depth: 1 });
    expect(resizedArea(geometry, limits, area, 'e', column * 20, 0)).toMatchObject({ span: 6 });
  });

  it('leaves the grid with Alt: the grid position stays, the movement goes into the free offsets in mm', () => {
    const mm = 72 / 25.4;
    expect(freeMovedArea(area, 3.3 * mm, -1.26 * mm)).toEqual({ ...area, dx: 3.3, dy: -1.3 });
    // Back to where it was: no offsets left.
    expect(freeMovedArea({ ...area, dx: 2 }, -2 * mm, 0)).toEqual(area);
    expect(freeResizedArea(area, 'e', 4 * mm, 9 * mm)).toEqual({ ...area, dw: 4 });
    expect(freeResizedArea(area, 'nw', 2 * mm, 3 * mm)).toEqual({ ...area, dx: 2, dw: -2, dy: 3, dh: -3 });
    // Off the grid, a frame is where its offsets put it.
    const r = areaRect(geometry, freeMovedArea(area, 10, 5));
    expect(r.x - areaRect(geometry, area).x).toBeCloseTo(Math.round((10 / mm) * 10) / 10 * mm, 9);
  });

  it('nudges by a column across and a line (ten with Shift) down', () => {
    expect(nudgedArea(limits, area, 'ArrowRight', false)).toMatchObject({ column: 3 });
    expect(nudgedArea(limits, area, 'ArrowUp', true)).toMatchObject({ line: 0 });
    expect(nudgedArea(limits, { ...area, column: 0 }, 'ArrowLeft', false)).toMatchObject({ column: 0 });
  });

  it('finds the cell under a point of the page', () => {
    const x = geometry.typeArea.x + 3 * column + 10;
    const y = geometry.typeArea.y + 7 * pitch + 2;
    expect(cellAt(geometry, limits, x, y)).toEqual({ column: 3, line: 7 });
    expect(cellAt(geometry, limits, -100, -100)).toEqual({ column: 0, line: 0 });
  });
});

describe('where a dropped story or photo lands', () => {
  it('sizes a story by its length: a short item over two columns, a long one over five', () => {
    expect(defaultSpan(500, 8)).toBe(2);
    expect(defaultSpan(1200, 8)).toBe(3);
    expect(defaultSpan(3000, 8)).toBe(5);
    expect(defaultSpan(3000, 3)).toBe(3);
    const small = storyArea(limits, BROADSHEET.grid, { column: 7, line: 100 }, 500);
    expect(small).toMatchObject({ column: 6, span: 2 });
    expect(small.line + small.depth).toBeLessThanOrEqual(limits.lines);
    // Deep enough for its text at 13 characters a column.
    expect(small.depth).toBeGreaterThanOrEqual(Math.ceil(500 / 13 / 2));
  });

  it('gives a photo a frame of its shape with room for a caption', () => {
    const landscape = photoArea(geometry, limits, { column: 0, line: 0 }, { width: 1600, height: 800 });
    expect(landscape.span).toBe(3);
    const width = 3 * geometry.columnWidth + 2 * geometry.gutter;
    expect(landscape.depth).toBe(Math.ceil((width * 0.5) / pitch) + 2);
    expect(photoArea(geometry, limits, { column: 0, line: 0 }, { width: 600, height: 900 }).span).toBe(2);
  });
});

function doc(): PageDocument {
  return { format: PAGE_FORMAT, version: PAGE_FORMAT_VERSION, page: { name: 'x', edition: '2024-03-01', number: 1, section: '' }, template: BROADSHEET, stories: {}, assets: {}, frames: [] };
}

describe('undo and redo of layout changes', () => {
  it('makes a whole drag one step, however many moves it had', () => {
    const store = new WorkspaceStore(doc());
    store.change('place', (d) => placeRule(d, { column: 0, span: 4, line: 10, depth: 1 }, 'horizontal').doc);
    const id = store.doc.frames[0]!.id;
    store.beginGesture();
    for (let line = 11; line < 20; line++) store.gestureUpdate((base) => setArea(base, id, { column: 0, span: 4, line, depth: 1 }));
    store.endGesture('move');
    expect(store.doc.frames[0]!.area.line).toBe(19);
    expect(store.getSnapshot().undoLabel).toBe('move');
    store.undo();
    expect(store.doc.frames[0]!.area.line).toBe(10);
    store.undo();
    expect(store.doc.frames).toEqual([]);
    store.redo();
    store.redo();
    expect(store.doc.frames[0]!.area.line).toBe(19);
  });

  it('merges typing into one field into one step, and a cancelled drag leaves no step', () => {
    const store = new WorkspaceStore(doc());
    for (const name of ['基', '基层', '基层党建']) store.change('name', (d) => ({ ...d, page: { ...d.page, name } }), undefined, 'page-name');
    expect(store.doc.page.name).toBe('基层党建');
    store.undo();
    expect(store.doc.page.name).toBe('x');
    store.beginGesture();
    store.gestureUpdate((base) => ({ ...base, page: { ...base.page, name: 'dragging' } }));
    store.cancelGesture();
    expect(store.doc.page.name).toBe('x');
    expect(store.getSnapshot().undoLabel).toBeNull();
  });

  it('tells listeners of every document and forgets deleted frames from the selection', () => {
    const store = new WorkspaceStore(doc());
    const seen: number[] = [];
    store.onDocument((_d, info) => seen.push(info.revision));
    store.change('place', (d) => placeRule(d, { column: 0, span: 4, line: 10, depth: 1 }, 'horizontal').doc, ['rule-1']);
    expect(store.selection).toEqual(['rule-1']);
    store.undo();
    expect(store.selection).toEqual([]);
    expect(seen).toEqual([1, 2]);
  });

  it('changes nothing while the page is checked out elsewhere, but still selects and takes in the holder’s version', () => {
    const store = new WorkspaceStore(doc());
    store.change('place', (d) => placeRule(d, { column: 0, span: 4, line: 10, depth: 1 }, 'horizontal').doc, ['rule-1']);
    const before = store.doc;
    store.setReadOnly(true);
    store.change('place', (d) => placeRule(d, { column: 0, span: 4, line: 20, depth: 1 }, 'horizontal').doc);
    store.beginGesture();
    store.gestureUpdate((d) => setArea(d, 'rule-1', { column: 1, span: 4, line: 10, depth: 1 }));
    store.endGesture('move');
    expect(store.undo()).toBe(false);
    expect(store.doc).toBe(before);
    store.select([]);
    expect(store.selection).toEqual([]);
    // The holder's save arriving from the newsroom is shown.
    const theirs = placeRule(before, { column: 0, span: 4, line: 30, depth: 1 }, 'horizontal').doc;
    store.replaceDocument(theirs);
    expect(store.doc).toBe(theirs);
    // Free again: editing goes on.
    store.setReadOnly(false);
    store.change('place', (d) => placeRule(d, { column: 0, span: 4, line: 40, depth: 1 }, 'horizontal').doc);
    expect(store.doc.frames).toHaveLength(theirs.frames.length + 1);
  });
});

describe('zoom and colour on screen', () => {
  it('steps through the zoom stops and fits the page in the window', () => {
    expect(zoomIn(1)).toBe(1.25);
    expect(zoomOut(1)).toBe(0.75);
    expect(zoomIn(8)).toBe(8);
    // A broadsheet (about 1105 × 1545 pt) in a 1000 × 800 px window: height decides.
    expect(fitZoom({ width: 1105, height: 1545 }, { width: 1000, height: 800 }, 0)).toBeCloseTo(800 / (1545 * (96 / 72)), 5);
  });

  it('shows process colours by the simple conversion', () => {
    expect(cmykToRgb([0, 0, 0, 1])).toEqual([0, 0, 0]);
    expect(cmykToRgb([0, 0, 0, 0])).toEqual([255, 255, 255]);
    expect(cmykToRgb([0, 1, 1, 0])).toEqual([255, 0, 0]);
  });
});
