import { describe, expect, it } from 'vitest';
import type { Frame, HeadlineLayout } from '../../../shared/model/page';
import { at, compose, glyphRuns, pageDoc, story } from './compose-fixtures';

/** The headline block on the page: manual breaks, balanced automatic breaks, 一字空, 长/扁. */

const head = (size: number, extra: Partial<HeadlineLayout> = {}): HeadlineLayout => ({ size, face: 'noto-sans-sc-700', align: 'center', deckSize: 14, ...extra });
const frame = (span: number, headline: HeadlineLayout): Frame => ({ id: 'f', kind: 'story', storyId: 's', area: at(0, span, 0, 40), bodyColumns: span, headline });

function headlines(headline: string, span: number, layout: HeadlineLayout) {
  const result = compose(pageDoc([frame(span, layout)], { s: story(1, { headline }) }));
  const lines = result.lines.filter((l) => l.block === 'headline');
  const runs = glyphRuns(result).filter((r) => r.source?.block === 'headline');
  return { result, lines, runs };
}

describe('headline block', () => {
  it('breaks at a manual break (Shift+Enter) even where the headline would fit one line, keeping offsets', () => {
    const text = '沁阳市：\n凝聚合力构建新兴领域党建新格局';
    const { lines, runs } = headlines(text, 5, head(32));
    expect(lines.map((l) => l.text)).toEqual(['沁阳市：', '凝聚合力构建新兴领域党建新格局']);
    const second = runs.filter((r) => r.source?.line === 1).flatMap((r) => r.glyphs);
    expect(second[0]).toMatchObject({ text: '凝', offset: 5 });
    // A manual break at the end or doubled adds no empty line.
    expect(headlines('沁阳市：\n\n凝聚合力\n', 5, head(32)).lines.map((l) => l.text)).toEqual(['沁阳市：', '凝聚合力']);
  });

  it('breaks a long headline into balanced lines between words, not a full line and a stub', () => {
    // 19 characters of 32 pt in 3 columns (11½ em): two lines of 9½ em or so, not 11 + 8.
    const { lines } = headlines('沁阳市：凝聚合力构建新兴领域党建新格局', 3, head(32));
    expect(lines.map((l) => l.text)).toEqual(['沁阳市：凝聚合力构建', '新兴领域党建新格局']);
  });

  it('sets 一字空 between headline phrases on the page', () => {
    const { runs } = headlines('山阳区“五星”争创 亮点纷呈', 4, head(26));
    const glyphs = runs.flatMap((r) => r.glyphs);
    const x = (ch: string) => glyphs.find((g) => g.text === ch)!.x;
    expect(x('亮') - x('创')).toBeCloseTo(2 * 26, 3);
  });

  it('长/扁: scales the glyphs horizontally, breaking for the scaled width', () => {
    const text = '修武县郇封镇大位村聚焦创建任务';
    const plain = headlines(text, 3, head(28));
    expect(plain.lines).toHaveLength(2);
    const narrow = headlines(text, 3, head(28, { scale: 75 }));
    expect(narrow.lines.map((l) => l.text)).toEqual([text]);
    for (const r of narrow.runs) expect(r.scaleX).toBe(0.75);
    const glyphs = narrow.runs.flatMap((r) => r.glyphs);
    // Each character advances three quarters of an em (the headline is set solid).
    expect(glyphs[1]!.x - glyphs[0]!.x).toBeCloseTo(0.75 * 28, 3);
    expect(narrow.lines[0]!.width).toBeCloseTo(15 * 0.75 * 28, 1);
    const wide = headlines('朱光丽：用爱缔造生命奇迹', 5, head(26, { scale: 120 }));
    expect(wide.runs.every((r) => r.scaleX === 1.2)).toBe(true);
    expect(wide.runs[0]!.glyphs[1]!.x - wide.runs[0]!.glyphs[0]!.x).toBeCloseTo(1.2 * 26, 3);
  });
});
