import { describe, expect, it } from 'vitest';
import { lineText } from '../../../shared/typeset/line-text';
import { DEFAULT_STYLES } from '../../../shared/typeset/styles';
import { glyphs, set } from './fixtures/set';
import { paragraphViolations } from './fixtures/line-checks';

describe('paragraph and character styles', () => {
  it('indents the first line 2 em by default and no other line', () => {
    const layout = set('近年来，沁阳市瞄准新兴领域党建工作难点、堵点，围绕压实责任主体、提升服务质效。');
    expect(glyphs(layout.lines[0]!)[0]!.x).toBe(18);
    expect(layout.lines[0]!.indent).toBe(18);
    expect(glyphs(layout.lines[1]!)[0]!.x).toBe(0);
  });

  it('sets a bold lead-in in another face as its own run, offsets running on through the paragraph', () => {
    const lead = '机制保障聚力。';
    const rest = '由市委组织部牵头，定期组织相关行业部门召开新兴领域党建工作推进会。';
    const layout = set([{ text: lead, style: { face: 'noto-sans-sc-700' } }, { text: rest }]);
    const [bold, regular] = layout.lines[0]!.runs;
    expect(bold!.face).toBe('noto-sans-sc-700');
    expect(bold!.glyphs.map((g) => g.text).join('')).toBe(lead);
    expect(regular!.face).toBe('noto-serif-sc-400');
    expect(regular!.glyphs[0]!.offset).toBe(lead.length);
    expect(paragraphViolations(lead + rest, layout, { em: 9, minLastLine: 2 })).toEqual([]);
  });

  it('sets a run in another size on the same baseline and makes the line taller', () => {
    const layout = set([{ text: '覆盖率达到' }, { text: '100%', style: { size: 14 } }, { text: '，成效明显。' }], 300, { firstLineIndent: 0 });
    const line = layout.lines[0]!;
    expect(line.runs.map((r) => r.size)).toEqual([9, 14, 9]);
    expect(line.ascent).toBeCloseTo(0.88 * 14, 6);
  });

  it('passes a run colour through to composition', () => {
    const layout = set([{ text: '红色', style: { color: [0, 1, 1, 0] } }, { text: '基因' }], 300, { firstLineIndent: 0 });
    expect(layout.lines[0]!.runs[0]!.color).toEqual([0, 1, 1, 0]);
    expect(layout.lines[0]!.runs[1]!.color).toBeUndefined();
  });

  it('keeps names whole in a byline and breaks a two-part subhead between its phrases', () => {
    const byline = set('本报记者 宁江东 本报通讯员 郭佳旗', 117, DEFAULT_STYLES.byline);
    expect(byline.lines.map(lineText)).toEqual(['本报记者 宁江东 ', '本报通讯员 郭佳旗']);
    const subhead = set('挂图作战“一条心” 齐头并进“攥指成拳”', 117, DEFAULT_STYLES.subhead);
    expect(subhead.lines.map(lineText)).toEqual(['挂图作战“一条心” ', '齐头并进“攥指成拳”']);
    expect(subhead.lines.every((l) => l.align === 'center')).toBe(true);
  });

  it('breaks a two-line subhead at its hard line break and draws no glyph for the break', () => {
    const layout = set('压实责任主体\n延伸新兴领域党建工作', 200, DEFAULT_STYLES.subhead);
    expect(layout.lines.map(lineText)).toEqual(['压实责任主体', '延伸新兴领域党建工作']);
    expect(layout.lines[0]!.hardBreak).toBe(true);
    expect(layout.lines[0]!.end).toBe(7);
  });

  it('gives an empty paragraph one empty line', () => {
    const layout = set('', 117);
    expect(layout.lines).toHaveLength(1);
    expect(layout.lines[0]!.runs).toEqual([]);
  });
});
