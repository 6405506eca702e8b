import { describe, expect, it } from 'vitest';
import { parsePageDocument } from '../../../shared/compose/page-file';
import { HAO_SIZES } from '../../../shared/model/units';
import { at, compose, glyphRuns, pageDoc, story } from './compose-fixtures';

/** Issue 13, item 8: a page file may give type sizes as 字号 names (初号 … 八号) as well as points. */

const frame = (size: number | string, deckSize: number | string) => ({
  id: 's',
  kind: 'story',
  storyId: 's',
  bodyColumns: 2,
  area: at(0, 2, 0, 20),
  headline: { size, face: 'noto-sans-sc-700', align: 'center', deckSize },
});

const docWith = (size: number | string, deckSize: number | string, body: number | string) => {
  const doc = pageDoc([], { s: story(2, { kicker: '引题', headline: '主题' }) }) as unknown as Record<string, unknown> & { template: { grid: Record<string, unknown> } };
  doc.frames = [frame(size, deckSize)];
  doc.template.grid.bodySize = body;
  return doc;
};

describe('type sizes in 号', () => {
  it('reads each 字号 name as its points', () => {
    for (const [name, pt] of Object.entries(HAO_SIZES)) {
      // 引题 sizes run 5–80 pt: every name fits there.
      const doc = parsePageDocument(docWith(22, name, 9));
      const head = doc.frames[0]!;
      expect(head.kind === 'story' && head.headline?.deckSize, name).toBe(pt);
    }
  });

  it('composes a page sized in 号 exactly as the same page sized in points', () => {
    const named = compose(parsePageDocument(docWith('小初', '五号', '小五')));
    const points = compose(parsePageDocument(docWith(36, 10.5, 9)));
    expect(named.page.items).toEqual(points.page.items);
    expect(Math.max(...glyphRuns(named).map((r) => r.size))).toBe(36);
  });

  it('refuses an unknown size name, naming the field', () => {
    expect(() => parsePageDocument(docWith('大号', 12, 9))).toThrow(/frames\.0\.headline\.size|frames\[0\]\.headline\.size|size/);
    expect(() => parsePageDocument(docWith('大号', 12, 9))).toThrow(/字号/);
  });
});
