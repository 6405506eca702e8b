import { describe, expect, it } from 'vitest';
import type { Frame } from '../../../shared/model/page';
import { at, codes, compose, glyphRuns, pageDoc, story } from './compose-fixtures';

/**
 * 竖排 frames (issue 13, item 4): a vertical headline beside its story, a vertical banner, free
 * text in vertical columns — all vertical runs in the display list, right to left.
 */

const banner = (extra: Partial<Extract<Frame, { kind: 'banner' }>> = {}): Frame => ({
  id: 'b',
  kind: 'banner',
  text: '视觉新闻',
  style: 'reverse',
  color: [0, 1, 1, 0],
  area: at(0, 1, 0, 20),
  vertical: true,
  ...extra,
});

describe('vertical frames', () => {
  it('sets a vertical banner as one column centred across its box, spread down it', () => {
    const result = compose(pageDoc([banner()]));
    const runs = glyphRuns(result);
    expect(runs.every((r) => r.vertical)).toBe(true);
    const glyphs = runs.flatMap((r) => r.glyphs);
    expect(glyphs.map((g) => g.text).join('')).toBe('视觉新闻');
    const frame = result.frames.find((f) => f.frameId === 'b')!.rect;
    for (const g of glyphs) expect(g.x + 8).toBeCloseTo(frame.x + frame.width / 2, 6);
    // 均排: at most an em between characters, and each step the same.
    const steps = glyphs.slice(1).map((g, i) => g.y! - glyphs[i]!.y!);
    for (const s of steps) expect(s).toBeCloseTo(steps[0]!, 6);
    expect(steps[0]).toBeCloseTo(32, 6);
    expect(result.lines[0]).toMatchObject({ vertical: true, text: '视觉新闻', block: 'banner' });
    expect(codes(result)).toEqual([]);
  });

  it('reports a vertical banner too short for its name as overset', () => {
    expect(codes(compose(pageDoc([banner({ area: at(0, 1, 0, 3) })])))).toContain('error:overset');
  });

  it('sets free text in columns right to left, each paragraph a new column, and reports what does not fit', () => {
    const text: Frame = { id: 't', kind: 'text', text: '编者按\n这是一段竖排的说明文字，共两段。', size: 12, face: 'noto-serif-sc-400', align: 'left', area: at(0, 1, 0, 10), vertical: true };
    const result = compose(pageDoc([text]));
    const columns = result.lines.filter((l) => l.frameId === 't');
    expect(columns[0]!.text).toBe('编者按');
    expect(columns.every((c) => c.vertical)).toBe(true);
    expect(columns.map((c) => c.x)).toEqual([...columns.map((c) => c.x)].sort((a, b) => b - a));
    expect(columns.map((c) => c.text).join('')).toBe('编者按这是一段竖排的说明文字，共两段。');
    expect(codes(result)).toEqual([]);
    const narrow = compose(pageDoc([{ ...text, text: '甲\n乙\n丙\n丁\n戊\n己\n庚\n辛\n壬\n癸', area: at(0, 1, 0, 10, { dw: -30 }) }]));
    expect(codes(narrow)).toContain('error:overset');
  });

  it('flows a story left of its vertical headline', () => {
    const frame: Frame = { id: 's', kind: 'story', storyId: 'x', bodyColumns: 2, area: at(0, 2, 0, 30), headline: { size: 22, face: 'noto-sans-sc-700', align: 'left', deckSize: 12, vertical: true } };
    const result = compose(pageDoc([frame], { x: story(3, { headline: '沁阳市：凝聚合力构建新兴领域党建新格局', kicker: '聚焦基层' }) }));
    const heads = result.lines.filter((l) => l.vertical);
    expect(heads.map((l) => l.block)).toEqual(['kicker', 'headline', 'headline']);
    // Kicker rightmost, read first; the headline's columns balanced.
    expect(heads[0]!.x).toBeGreaterThan(heads[1]!.x);
    expect([...heads[1]!.text].length - [...heads[2]!.text].length).toBeLessThanOrEqual(1);
    const strip = Math.min(...heads.map((l) => l.x));
    for (const l of result.lines.filter((x) => !x.vertical)) expect(l.x + l.width).toBeLessThan(strip);
    // The body starts at the frame's top: no horizontal headline block above it.
    const body = result.lines.filter((l) => !l.vertical);
    expect(Math.min(...body.map((l) => l.y))).toBeLessThan(result.frames[0]!.rect.y + 20);
  });

  it("sets a Traditional Chinese story's vertical headline in the TC cuts, as its body", () => {
    const frame: Frame = { id: 's', kind: 'story', storyId: 'x', bodyColumns: 2, area: at(0, 2, 0, 30), headline: { size: 22, face: 'noto-sans-sc-700', align: 'left', deckSize: 12, vertical: true } };
    const fields = { headline: '臺灣學校：數位學習邁向新階段', kicker: '聚焦教育' };
    const hant = glyphRuns(compose(pageDoc([frame], { x: story(2, { ...fields, language: 'zh-Hant' }) })));
    const hans = glyphRuns(compose(pageDoc([frame], { x: story(2, fields) })));
    const headFaces = (runs: ReturnType<typeof glyphRuns>) => [...new Set(runs.filter((r) => r.vertical).map((r) => r.face))].sort();
    expect(headFaces(hant)).toEqual(['noto-sans-tc-700', 'noto-serif-tc-700']);
    expect(headFaces(hans)).toEqual(['noto-sans-sc-700', 'noto-serif-sc-700']);
    expect(hant.filter((r) => !r.vertical).every((r) => /-tc-/.test(r.face))).toBe(true);
  });
});
