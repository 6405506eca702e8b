import { describe, expect, it } from 'vitest';
import type { ComposedLine } from '../../../shared/compose/compose-types';
import { gridGeometry } from '../../../shared/compose/grid-geometry';
import { BROADSHEET } from '../../../shared/compose/templates';
import type { Frame } from '../../../shared/model/page';
import type { StoryFields } from '../../../shared/model/story';
import { at, compose, glyphRuns, pageDoc, para, story } from './compose-fixtures';
import { preflightText } from '../../../main/cli/preflight-text';

const g = gridGeometry(BROADSHEET);
const bodyLines = (lines: ComposedLine[], frameId: string): ComposedLine[] => lines.filter((l) => l.frameId === frameId && typeof l.block === 'number');
const joined = (lines: ComposedLine[]): string => lines.map((l) => l.text).join('').replace(/\s/gu, '');
const bodyText = (s: StoryFields): string =>
  s.body
    .map((b) => (b.type === 'photo' ? '' : b.children.map((c) => c.text).join('')))
    .join('')
    .replace(/\s/gu, '');

describe('story frames', () => {
  it('continue the body in the next frame (续排) and lose nothing', () => {
    const s = story(8);
    const frames: Frame[] = [
      { id: 'a', kind: 'story', storyId: 's', area: at(0, 2, 0, 20), bodyColumns: 2, next: 'b' },
      { id: 'b', kind: 'story', storyId: 's', area: at(4, 3, 40, 40), bodyColumns: 3 },
    ];
    const result = compose(pageDoc(frames, { s }));
    expect(result.preflight.filter((i) => i.severity === 'error')).toEqual([]);
    const a = bodyLines(result.lines, 'a');
    const b = bodyLines(result.lines, 'b');
    // a is full, but for at most a foot line per column left empty by widow/orphan control.
    expect(a.length).toBeGreaterThanOrEqual(2 * 20 - 2);
    expect(a.length).toBeLessThanOrEqual(2 * 20);
    expect(b.length).toBeGreaterThan(0);
    expect(joined([...a, ...b])).toBe(bodyText(s));
    // b's lines are inside b's columns.
    const bx = g.typeArea.x + 4 * 126;
    for (const line of b) expect(line.x).toBeGreaterThanOrEqual(bx - 0.01);
    const report = result.frames.find((f) => f.frameId === 'b')!;
    expect(report.story?.chain).toEqual(['a', 'b']);
    expect(report.story?.overset).toBeNull();
    // Widow and orphan control off: a's columns are full to their feet.
    const off = compose(pageDoc([{ ...frames[0]!, widowsOrphans: false } as Frame, frames[1]!], { s }));
    expect(bodyLines(off.lines, 'a')).toHaveLength(2 * 20);
  });

  it('sets 破栏 columns: two text columns of 20 characters over three basic columns', () => {
    const result = compose(pageDoc([{ id: 'f', kind: 'story', storyId: 's', area: at(1, 3, 0, 10), bodyColumns: 2 }], { s: story(4) }));
    const lines = bodyLines(result.lines, 'f');
    const lefts = [...new Set(lines.filter((l) => !/^\s/u.test(l.text)).map((l) => Math.round(l.x - g.typeArea.x)))].sort((p, q) => p - q);
    // Column lefts (indented first lines aside): 126 and 126 + 180 + 9.
    expect(lefts).toContain(126);
    expect(lefts).toContain(126 + 189);
    const full = lines.filter((l) => l.width > 150);
    for (const l of full) expect(l.width).toBeLessThanOrEqual(180 + 0.01);
    expect(full.some((l) => Math.abs(l.width - 180) < 0.01)).toBe(true);
    expect(new Set(lines.map((l) => l.column))).toEqual(new Set([0, 1]));
  });

  it('puts every body line on the page baseline grid', () => {
    const result = compose(
      pageDoc([{ id: 'f', kind: 'story', storyId: 's', area: at(0, 2, 7, 30, { dy: 1.3 }), bodyColumns: 2, headline: { size: 24, face: 'noto-sans-sc-700', align: 'center', deckSize: 14 } }], {
        s: story(4, { kicker: '引题文字', subtitle: '——副题文字' }),
      }),
    );
    const lines = bodyLines(result.lines, 'f');
    expect(lines.length).toBeGreaterThan(10);
    for (const l of lines) {
      const k = (l.y - g.typeArea.y) / g.pitch - 0.75;
      expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-6);
    }
  });

  it('sets the headline block across the frame: kicker, headline, subtitle, split after the colon when too long', () => {
    const s = story(2, { kicker: '让新就业群体凝聚在党旗下', headline: '市道清中学校史馆：讲好红色校史 传承红色基因', subtitle: '——记一所百年老校' });
    const result = compose(
      pageDoc([{ id: 'f', kind: 'story', storyId: 's', area: at(0, 3, 0, 40), bodyColumns: 3, headline: { size: 26, face: 'noto-sans-sc-700', align: 'center', deckSize: 14 } }], { s }),
    );
    const heads = result.lines.filter((l) => l.frameId === 'f' && typeof l.block === 'string' && !l.block.startsWith('byline'));
    expect(heads.map((l) => l.block)).toEqual(['kicker', 'headline', 'headline', 'subtitle']);
    expect(heads.map((l) => l.text)).toEqual(['让新就业群体凝聚在党旗下', '市道清中学校史馆：', '讲好红色校史 传承红色基因', '——记一所百年老校']);
    // Stacked top to bottom, centred on the frame, above the body.
    const ys = heads.map((l) => l.y);
    expect([...ys].sort((p, q) => p - q)).toEqual(ys);
    const centre = g.typeArea.x + (3 * 117 + 18) / 2;
    for (const l of heads) expect(Math.abs(l.x + l.width / 2 - centre)).toBeLessThan(0.6);
    const firstBody = bodyLines(result.lines, 'f')[0]!;
    expect(firstBody.y).toBeGreaterThan(ys[ys.length - 1]! + 10);
  });

  it('sets bylines at the head of the first column, lead-ins in 黑体 and body in 宋体, black overprinting', () => {
    const s: StoryFields = {
      ...story(0),
      bylines: [
        { role: 'reporter', label: '本报记者', names: ['杜挺勇'] },
        { role: 'correspondent', label: '本报通讯员', names: ['薛慧科'] },
      ],
      body: [{ type: 'paragraph', children: [{ text: '机制保障聚力。', bold: true }, { text: '由市委组织部牵头，定期组织相关行业部门召开推进会。' }] }],
    };
    const result = compose(pageDoc([{ id: 'f', kind: 'story', storyId: 's', area: at(0, 2, 0, 20), bodyColumns: 2 }], { s }));
    const lines = result.lines.filter((l) => l.frameId === 'f');
    expect(lines[0]).toMatchObject({ block: 'byline.0', text: '本报记者 杜挺勇', column: 0 });
    expect(lines[1]).toMatchObject({ block: 'byline.1', text: '本报通讯员 薛慧科', column: 0 });
    const runs = glyphRuns(result).filter((r) => r.source?.block === 0);
    const text = (face: string): string => runs.filter((r) => r.face === face).flatMap((r) => r.glyphs.map((gl) => gl.text)).join('');
    expect(text('noto-sans-sc-700')).toBe('机制保障聚力。');
    expect(text('noto-serif-sc-400')).toContain('由市委组织部牵头');
    for (const r of runs) expect(r).toMatchObject({ color: [0, 0, 0, 1], overprint: true });
  });

  it('keeps a subhead in one column, whatever the frame depth (标题不落底)', () => {
    const s: StoryFields = {
      ...story(0),
      body: [
        para('该区按照整体推进思路，多次召开“五星”支部创建攻坚推进会，将压力再传导、责任再落实。'.repeat(3)),
        { type: 'subhead', children: [{ text: '挂图作战“一条心”\n齐头并进“攥指成拳”' }] },
        para('时间就是命令，任务就是要求！'.repeat(4)),
      ],
    };
    for (let depth = 6; depth <= 16; depth++) {
      const result = compose(pageDoc([{ id: 'f', kind: 'story', storyId: 's', area: at(0, 3, 0, depth), bodyColumns: 3 }], { s }));
      const sub = result.lines.filter((l) => l.block === 1);
      if (sub.length) expect(new Set(sub.map((l) => l.column)).size, `depth ${depth}`).toBe(1);
    }
  });

  it('wraps text around a photo placed over the story (engine exclusions)', () => {
    const s = story(6);
    const gutter = 9;
    // A photo over the right half of the first column, lines 4–11 (off the column grid: dx, dw).
    const photoWidthMm = (117 * 0.5 * 25.4) / 72;
    const frames: Frame[] = [
      { id: 'f', kind: 'story', storyId: 's', area: at(0, 2, 0, 30), bodyColumns: 2 },
      { id: 'p', kind: 'photo', area: at(0, 1, 4, 8, { dx: (117 * 0.5 * 25.4) / 72, dw: photoWidthMm - (117 * 25.4) / 72 }), assetId: 'img', fit: 'fill', caption: '', credit: '' },
    ];
    const result = compose(pageDoc(frames, { s }, { img: { file: 'x.jpg' } }), { img: { width: 2000, height: 2000, colorSpace: 'cmyk' } });
    const col0 = bodyLines(result.lines, 'f').filter((l) => l.column === 0);
    const slot = (l: ComposedLine): number => Math.round((l.y - g.typeArea.y) / g.pitch - 0.75);
    const photoLeft = g.typeArea.x + 117 * 0.5;
    for (const l of col0) {
      const k = slot(l);
      // Beside it the lines are set to the free width (a full-width punctuation mark may hang half an em).
      if (k >= 3 && k <= 12) expect(l.x + l.width).toBeLessThanOrEqual(photoLeft - gutter + 4.6);
    }
    const above = col0.filter((l) => slot(l) < 3);
    const below = col0.filter((l) => slot(l) > 12);
    expect(Math.max(...above.map((l) => l.x + l.width))).toBeCloseTo(g.typeArea.x + 117, 6);
    expect(Math.max(...below.map((l) => l.x + l.width))).toBeCloseTo(g.typeArea.x + 117, 6);
    const beside = col0.filter((l) => slot(l) >= 3 && slot(l) <= 12);
    expect(beside.length).toBe(10);
    expect(beside.some((l) => Math.abs(l.x + l.width - (photoLeft - gutter)) < 0.02)).toBe(true);
    // Not a character lost around the photo.
    expect(joined(bodyLines(result.lines, 'f'))).toBe(bodyText(s));
  });

  it('reports overset text as an error with the copyfit figures', () => {
    const result = compose(pageDoc([{ id: 'f', kind: 'story', storyId: 's', area: at(0, 1, 0, 5), bodyColumns: 1 }], { s: story(6) }));
    const issue = result.preflight.find((i) => i.code === 'overset')!;
    expect(issue).toMatchObject({ severity: 'error', frameId: 'f' });
    const fit = result.frames[0]!.story!;
    expect(fit.overset!.characters).toBeGreaterThan(100);
    expect(fit.copyfit.linesOver).toBeGreaterThan(10);
    expect(preflightText(issue)).toContain(`${fit.copyfit.linesOver} grid line(s) overset`);
  });
});
