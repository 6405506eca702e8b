import { describe, expect, it } from 'vitest';
import { gridGeometry } from '../../../shared/compose/grid-geometry';
import { HEADER_FRAME_ID } from '../../../shared/compose/page-header';
import { BROADSHEET } from '../../../shared/compose/templates';
import type { BoxItem, ImageItem, RuleItem } from '../../../shared/model/display-list';
import type { Frame } from '../../../shared/model/page';
import { at, compose, glyphRuns, pageDoc } from './compose-fixtures';

const g = gridGeometry(BROADSHEET);
const CMYK_PHOTO = { width: 3000, height: 2000, colorSpace: 'cmyk' as const };

describe('section banners (栏目头)', () => {
  it('reverse: paper-white text on the colour box, spread 均排 within the box', () => {
    const frames: Frame[] = [{ id: 'b', kind: 'banner', area: at(2, 3, 10, 3), text: '视觉新闻', style: 'reverse', color: [0, 1, 1, 0] }];
    const result = compose(pageDoc(frames));
    const box = result.page.items.find((i): i is BoxItem => i.kind === 'box')!;
    expect(box.fill).toEqual([0, 1, 1, 0]);
    expect(box.rect.x).toBeCloseTo(g.typeArea.x + 2 * 126, 9);
    expect(box.rect.width).toBeCloseTo(369, 9);
    // The box sits within the banner's three grid lines.
    expect(box.rect.y).toBeGreaterThan(g.typeArea.y + 10 * 13.5);
    expect(box.rect.y + box.rect.height).toBeLessThan(g.typeArea.y + 13 * 13.5);
    const runs = glyphRuns(result);
    expect(runs.flatMap((r) => r.glyphs.map((gl) => gl.text)).join('')).toBe('视觉新闻');
    for (const r of runs) expect(r).toMatchObject({ color: [0, 0, 0, 0], overprint: false });
    const xs = runs.flatMap((r) => r.glyphs.map((gl) => gl.x));
    const gaps = xs.slice(1).map((x, i) => x - xs[i]!);
    // 均排: equal steps, an em of space between characters (16 pt type: 32 pt steps).
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!, 6);
    expect(gaps[0]).toBeCloseTo(32, 6);
    // Centred in the box, vertically too.
    const line = result.lines[0]!;
    expect(line.x + line.width / 2).toBeCloseTo(box.rect.x + box.rect.width / 2, 1);
    const emCentre = line.y - 0.38 * 16;
    expect(emCentre).toBeCloseTo(box.rect.y + box.rect.height / 2, 1);
  });

  it('tint: black text that overprints, centred when asked', () => {
    const frames: Frame[] = [{ id: 'b', kind: 'banner', area: at(0, 2, 0, 3), text: '图说基层党建', style: 'tint', color: [0, 0.15, 0.15, 0], align: 'center' }];
    const result = compose(pageDoc(frames));
    const runs = glyphRuns(result);
    for (const r of runs) expect(r).toMatchObject({ color: [0, 0, 0, 1], overprint: true });
    const xs = runs.flatMap((r) => r.glyphs.map((gl) => gl.x));
    expect(xs[1]! - xs[0]!).toBeCloseTo(16, 6);
  });
});

describe('photo frames', () => {
  it('put the caption under the image and the credit right-aligned on its last line', () => {
    const frames: Frame[] = [
      { id: 'p', kind: 'photo', area: at(0, 3, 0, 20), assetId: 'a', fit: 'fill', caption: '朱光丽上网查找资料。', credit: '本报记者 杨珂 摄' },
    ];
    const result = compose(pageDoc(frames, {}, { a: { file: 'a.jpg' } }), { a: CMYK_PHOTO });
    const image = result.page.items.find((i): i is ImageItem => i.kind === 'image')!;
    const [caption, credit] = result.lines;
    expect(caption).toMatchObject({ block: 'caption', text: '朱光丽上网查找资料。' });
    expect(credit).toMatchObject({ block: 'credit', text: '本报记者 杨珂 摄' });
    expect(credit!.y).toBe(caption!.y);
    expect(caption!.x).toBeCloseTo(image.clip.x, 6);
    expect(credit!.x + credit!.width).toBeCloseTo(image.clip.x + image.clip.width, 6);
    expect(caption!.y - 7.5 * 0.88).toBeGreaterThan(image.clip.y + image.clip.height);
    // The frame's foot lines up with a body line's em box in the next column.
    const frameBottom = g.typeArea.y + 20 * 13.5;
    expect(caption!.y + 7.5 * 0.12).toBeCloseTo(frameBottom - (0.25 * 13.5 - 0.12 * 9), 1);
    expect(image.clip.y).toBeCloseTo(g.typeArea.y + 0.75 * 13.5 - 0.88 * 9, 6);
  });

  it('put a credit that does not fit beside the caption on a line of its own', () => {
    const frames: Frame[] = [
      { id: 'p', kind: 'photo', area: at(0, 1, 0, 14), assetId: 'a', fit: 'fit', caption: '建设温室大棚，增加集体收入。', credit: '本报记者 王梦梦 摄' },
    ];
    const result = compose(pageDoc(frames, {}, { a: { file: 'a.jpg' } }), { a: CMYK_PHOTO });
    const credit = result.lines.find((l) => l.block === 'credit')!;
    const caption = result.lines.filter((l) => l.block === 'caption');
    expect(credit.y).toBeGreaterThan(caption[caption.length - 1]!.y);
    expect(credit.x + credit.width).toBeCloseTo(g.typeArea.x + 117, 6);
  });

  it('give a photo group cells with their captions and ONE shared credit line', () => {
    const frames: Frame[] = [
      {
        id: 'grp',
        kind: 'photo-group',
        area: at(2, 4, 10, 40),
        photos: [
          { area: at(0, 4, 0, 22), photo: { assetId: 'a', fit: 'fill', caption: '图① 建设温室大棚，增加集体收入。', credit: '' } },
          { area: at(0, 2, 22, 18), photo: { assetId: 'b', fit: 'fill', caption: '图② 村民在游园锻炼身体。', credit: '' } },
          { area: at(2, 2, 22, 18), photo: { assetId: 'c', fit: 'fill', caption: '图③ 村民在农家书屋读书。', credit: '' } },
        ],
        credit: '（本栏照片均由本报记者王梦梦摄）',
      },
    ];
    const result = compose(pageDoc(frames, {}, { a: { file: 'a' }, b: { file: 'b' }, c: { file: 'c' } }), { a: CMYK_PHOTO, b: CMYK_PHOTO, c: CMYK_PHOTO });
    const images = result.page.items.filter((i): i is ImageItem => i.kind === 'image');
    expect(images.map((i) => i.assetId)).toEqual(['a', 'b', 'c']);
    // Cells are relative to the group: ② starts at the group's column 2, ③ two columns right of it.
    expect(images[1]!.clip.x).toBeCloseTo(g.typeArea.x + 2 * 126, 6);
    expect(images[2]!.clip.x).toBeCloseTo(g.typeArea.x + 4 * 126, 6);
    // Side-by-side cells end level.
    expect(images[1]!.clip.y + images[1]!.clip.height).toBeCloseTo(images[2]!.clip.y + images[2]!.clip.height, 6);
    const texts = result.lines.map((l) => l.text);
    expect(texts.filter((t) => t.includes('本栏照片'))).toHaveLength(1);
    expect(texts.slice(0, 3)).toEqual(['图① 建设温室大棚，增加集体收入。', '图② 村民在游园锻炼身体。', '图③ 村民在农家书屋读书。']);
    const credit = result.lines.find((l) => l.block === 'credit')!;
    expect(credit.x + credit.width).toBeCloseTo(g.typeArea.x + 2 * 126 + 495, 6);
    expect(credit.y).toBeGreaterThan(Math.max(...result.lines.filter((l) => l.block === 'caption').map((l) => l.y)));
  });
});

describe('rules and the page header', () => {
  it('draw a horizontal rule across the middle of its line and a vertical one down the gutter', () => {
    const frames: Frame[] = [
      { id: 'h', kind: 'rule', area: at(0, 8, 43, 1), orientation: 'horizontal', weight: 0.5, color: [0, 0, 0, 1] },
      { id: 'v', kind: 'rule', area: at(5, 3, 0, 43), orientation: 'vertical', weight: 0.5, color: [0, 0, 0, 1] },
    ];
    const rules = compose(pageDoc(frames)).page.items.filter((i): i is RuleItem => i.kind === 'rule');
    expect(rules[0]).toMatchObject({ x1: g.typeArea.x, x2: g.typeArea.x + 999 });
    expect(rules[0]!.y1).toBeCloseTo(g.typeArea.y + 43.5 * 13.5, 9);
    expect(rules[1]!.x1).toBeCloseTo(g.typeArea.x + 5 * 126 - 4.5, 9);
    expect(rules[1]!.y2 - rules[1]!.y1).toBeCloseTo(43 * 13.5, 9);
  });

  it('print the page header from the page fields: section, name, date with weekday, 第N版', () => {
    const doc = pageDoc([]);
    doc.page = { name: '基层党建', edition: '2024-02-20', number: 3, section: '党建', paper: '示例日报' };
    const result = compose(doc);
    const header = result.lines.filter((l) => l.frameId === HEADER_FRAME_ID).map((l) => l.text);
    expect(header).toEqual(['党建', '基层党建', '示例日报　2024年2月20日 星期二　第3版']);
    for (const l of result.lines) expect(l.y).toBeLessThan(g.typeArea.y);
    expect(result.preflight).toEqual([]);
  });
});
