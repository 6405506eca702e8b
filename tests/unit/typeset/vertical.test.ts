import { describe, expect, it } from 'vitest';
import { HEADLINE_STYLE, withStyle, type StyleChanges } from '../../../shared/typeset/styles';
import { layoutVertical, verticalColumnText, type VerticalLayout } from '../../../shared/typeset/vertical';
import { measurer } from './fixtures/fonts';

/**
 * Vertical writing (issue 13, item 4): vertical glyph forms, 纵中横 and rotated Western text,
 * clreq's prohibitions and compression down a column, balanced headline columns.
 */

const SIZE = 22;

function vset(text: string, heightEm = 12, changes: StyleChanges = {}, balance = false): VerticalLayout {
  const style = withStyle(HEADLINE_STYLE, { align: 'start', ...changes });
  return layoutVertical({ runs: [{ text }], style }, { height: heightEm * (changes.char?.size ?? SIZE), balance }, measurer);
}

const cols = (layout: VerticalLayout): string[] => layout.columns.map(verticalColumnText);
const glyphsOf = (layout: VerticalLayout) => layout.columns.flatMap((c) => c.glyphs);

describe('vertical layout', () => {
  it('debug', () => {
    const l = vset('「上海」发布（2026）第12届——《报告》，真好。OpenAI 来了');
    console.log(JSON.stringify(l.columns.map((c) => c.glyphs.map((g) => [g.text, g.gid, g.orient, Math.round(g.x * 10) / 10, Math.round(g.y * 10) / 10])), null, 0));
    expect(cols(l).join('')).toBe('「上海」发布（2026）第12届——《报告》，真好。OpenAI来了');
  });
});
