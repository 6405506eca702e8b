import { describe, expect, it } from 'vitest';
import type { Frame } from '../../../shared/model/page';
import { at, codes, compose, pageDoc, story } from './compose-fixtures';
import { preflightText } from '../../../main/cli/preflight-text';

const photo = (area = at(0, 2, 0, 14)): Frame => ({ id: 'p', kind: 'photo', area, assetId: 'a', fit: 'fill', caption: '说明。', credit: '' });
const assets = { a: { file: 'a.jpg' } };

describe('preflight', () => {
  it('passes a clean page', () => {
    // The story's frame as deep as it needs (fitStoryFrame): a deeper one leaves lines empty at its foot.
    const result = compose(pageDoc([photo(), { id: 's', kind: 'story', storyId: 's', area: at(2, 2, 0, 11), bodyColumns: 2 }], { s: story(3) }, assets), {
      a: { width: 2400, height: 1600, colorSpace: 'cmyk' },
    });
    expect(result.preflight).toEqual([]);
  });

  it('warns under 200 ppi as placed and refuses under 150', () => {
    // Two columns are 243 pt = 3.375 in wide.
    const warn = compose(pageDoc([photo()], {}, assets), { a: { width: 600, height: 400, colorSpace: 'gray' } });
    expect(codes(warn)).toEqual(['warning:low-resolution']);
    expect(preflightText(warn.preflight[0]!)).toMatch(/prints at 1[5-9][0-9] ppi/u);
    const bad = compose(pageDoc([photo()], {}, assets), { a: { width: 450, height: 300, colorSpace: 'gray' } });
    expect(codes(bad)).toEqual(['error:low-resolution']);
  });

  it('warns about an RGB photo when the writer converts it, and refuses it when conversion is off', () => {
    const rgb = { a: { width: 3000, height: 2000, colorSpace: 'rgb' as const } };
    expect(codes(compose(pageDoc([photo()], {}, assets), rgb))).toEqual(['warning:rgb-image']);
    expect(codes(compose(pageDoc([photo()], {}, assets), rgb, false))).toEqual(['error:rgb-image']);
  });

  it('reports a missing font and sets the text in a stand-in', () => {
    const frames: Frame[] = [
      { id: 's', kind: 'story', storyId: 's', area: at(0, 3, 0, 8), bodyColumns: 3, headline: { size: 24, face: 'fangzheng-xiaobiaosong', align: 'center', deckSize: 14 } },
    ];
    const result = compose(pageDoc(frames, { s: story(2) }));
    expect(codes(result)).toEqual(['error:missing-font']);
    expect(preflightText(result.preflight[0]!)).toContain('fangzheng-xiaobiaosong');
    expect(result.lines.find((l) => l.block === 'headline')?.text).toBe('测试标题');
  });

  it('reports characters the font has no glyph for', () => {
    const result = compose(pageDoc([{ id: 's', kind: 'story', storyId: 's', area: at(0, 3, 0, 30), bodyColumns: 3 }], { s: story(1, { body: [{ type: 'paragraph', children: [{ text: '古文字\u{13000}在此。' }] }] }) }));
    expect(codes(result)).toContain('error:missing-glyph');
    expect(preflightText(result.preflight.find((i) => i.code === 'missing-glyph')!)).toContain('\u{13000}');
  });

  it('warns about a frame outside the type area', () => {
    const result = compose(pageDoc([{ id: 't', kind: 'text', area: at(7, 1, 100, 8), text: '责任编辑 张三', size: 9, face: 'noto-sans-sc-400', align: 'left' }]));
    expect(codes(result)).toEqual(['warning:outside-type-area']);
    expect(result.preflight[0]!.frameId).toBe('t');
  });

  it('refuses text under 6 pt', () => {
    const result = compose(pageDoc([{ id: 't', kind: 'text', area: at(0, 2, 0, 4), text: '小字', size: 5, face: 'noto-sans-sc-400', align: 'left' }]));
    expect(codes(result)).toEqual(['error:text-too-small']);
  });

  it('reports a story or a photo that cannot be found', () => {
    const result = compose(pageDoc([{ id: 's', kind: 'story', storyId: 'nope', area: at(0, 2, 0, 20), bodyColumns: 2 }, photo(at(2, 2, 0, 14))], {}, assets), {});
    expect(codes(result)).toEqual(['error:unknown-story', 'error:unknown-asset']);
    // The photo's frame is still drawn, as an outlined box.
    expect(result.page.items.some((i) => i.kind === 'box' && i.stroke)).toBe(true);
  });

  it('lists errors before warnings', () => {
    const result = compose(pageDoc([photo(), { id: 't', kind: 'text', area: at(0, 2, 20, 4), text: '小字', size: 5, face: 'noto-sans-sc-400', align: 'left' }], {}, assets), {
      a: { width: 600, height: 400, colorSpace: 'rgb' },
    });
    expect(codes(result)).toEqual(['error:text-too-small', 'warning:low-resolution', 'warning:rgb-image']);
  });
});
