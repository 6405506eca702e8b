import { describe, expect, it } from 'vitest';
import type { DisplayItem, GlyphRun } from '../../../../shared/model/display-list';
import { glyphAt, selectGlyphs, selectionAnchor } from '../../../../renderer/src/page-desk/workspace/glyph-selection';

/** A set line of 10pt CJK type: one glyph per character, 10pt apart, starting at x, offsets from `offset`. */
function line(text: string, y: number, offset: number, block: number | string = 2, storyId = 's1', x = 100): GlyphRun {
  return {
    kind: 'glyphs',
    face: 'noto-serif-sc-400',
    size: 10,
    color: [0, 0, 0, 1],
    overprint: true,
    y,
    glyphs: Array.from(text).map((ch, i) => ({ gid: 1, x: x + i * 10, text: ch, offset: offset + i })),
    source: { frameId: 'f1', storyId, block, line: 0, column: 0 },
  };
}

const items: DisplayItem[] = [
  line('标题文字', 50, 0, 'headline'),
  line('今年全市新增', 100, 0),
  line('党员四十八人', 114, 6),
  line('另一段', 128, 0, 3),
];

describe('marking glyphs on the page', () => {
  it('finds the body glyph under the pointer, and nothing over a headline or a gap', () => {
    expect(glyphAt(items, 125, 97)).toEqual({ storyId: 's1', block: 2, offset: 2, end: 3 });
    expect(glyphAt(items, 105, 47)).toBeNull();
    expect(glyphAt(items, 300, 97)).toBeNull();
  });

  it('selects the characters under a drag within one line, either direction', () => {
    const forward = selectGlyphs(items, { x: 121, y: 97 }, { x: 149, y: 97 });
    expect(forward).toMatchObject({ storyId: 's1', block: 2, start: 2, end: 5, quote: '全市新' });
    expect(forward?.boxes).toEqual([{ x: 120, y: 91, width: 30, height: 11.5 }]);
    expect(selectGlyphs(items, { x: 149, y: 97 }, { x: 121, y: 97 })?.quote).toBe('全市新');
  });

  it('selects across lines of one block, in text order, one highlight per line', () => {
    const across = selectGlyphs(items, { x: 145, y: 98 }, { x: 115, y: 111 });
    expect(across).toMatchObject({ start: 4, end: 8, quote: '新增党员' });
    expect(across?.boxes).toHaveLength(2);
  });

  it('selects nothing across blocks or off body text', () => {
    expect(selectGlyphs(items, { x: 105, y: 111 }, { x: 105, y: 125 })).toBeNull();
    expect(selectGlyphs(items, { x: 105, y: 47 }, { x: 125, y: 97 })).toBeNull();
  });

  it('anchors with context from the block text, or from the set lines without it', () => {
    const selection = selectGlyphs(items, { x: 145, y: 98 }, { x: 115, y: 111 })!;
    const block = '今年全市新增党员四十八人，选派干部';
    expect(selectionAnchor(selection, block, 7)).toEqual({ path: [2], offset: 4, quote: '新增党员', before: '今年全市', after: '四十八人，选派干部', version: 7 });
    expect(selectionAnchor(selection)).toMatchObject({ before: '今年全市', after: '四十八人' });
    // A block text that no longer holds the quote there is not used.
    expect(selectionAnchor(selection, '改过的正文').after).toBe('四十八人');
  });
});
