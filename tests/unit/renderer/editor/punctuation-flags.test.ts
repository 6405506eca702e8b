import fc from 'fast-check';
import { createEditor, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { findPunctuationFlags } from '../../../../renderer/src/editor/metrics/punctuation-flags';
import { withPunctuationFlags } from '../../../../renderer/src/editor/plugins/with-punctuation-flags';

describe('findPunctuationFlags', () => {
  it('flags a Latin comma, full stop, colon, semicolon, ? or ! in Chinese text', () => {
    const text = '他说,今天:天气;好吗?好!结束.';
    expect(findPunctuationFlags(text).map((flag) => [text.slice(flag.start, flag.end), flag.suggestion])).toEqual([
      [',', '，'],
      [':', '：'],
      [';', '；'],
      ['?', '？'],
      ['!', '！'],
      ['.', '。'],
    ]);
  });

  it('leaves numbers, Latin words and web addresses alone', () => {
    expect(findPunctuationFlags('增长3.5亿元，iPhone 15. 见 www.example.com 和 A,B 两组；比分 2:1')).toEqual([]);
  });

  it('flags a mark before a Chinese quote or bracket: 他说:“…”', () => {
    expect(findPunctuationFlags('他说:“好。”').map((flag) => flag.start)).toEqual([2]);
  });

  it('flags each run of full-width letters and digits once, with the half-width text', () => {
    expect(findPunctuationFlags('编号ＡＢ１２和第３期')).toEqual([
      { start: 2, end: 6, kind: 'fullwidth-ascii', suggestion: 'AB12' },
      { start: 8, end: 9, kind: 'fullwidth-ascii', suggestion: '3' },
    ]);
  });

  it('finds a Han character from outside the BMP before the mark', () => {
    expect(findPunctuationFlags('𠀀,好')).toHaveLength(1);
  });

  it('returns ordered, non-overlapping spans inside the text, and none once the suggestions are applied', () => {
    const alphabet = fc.constantFrom('中', '文', ',', '.', 'a', '1', 'Ａ', '３', '“', ' ', '。');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join('')), (text) => {
        const flags = findPunctuationFlags(text);
        let end = 0;
        for (const flag of flags) {
          expect(flag.start).toBeGreaterThanOrEqual(end);
          expect(flag.end).toBeGreaterThan(flag.start);
          expect(flag.end).toBeLessThanOrEqual(text.length);
          end = flag.end;
        }
        let fixed = text;
        for (const flag of [...flags].reverse()) fixed = fixed.slice(0, flag.start) + flag.suggestion + fixed.slice(flag.end);
        expect(findPunctuationFlags(fixed)).toEqual([]);
      }),
    );
  });
});

describe('withPunctuationFlags', () => {
  const setup = (children: unknown[], composing: { value: boolean }) => {
    const editor = withPunctuationFlags(createEditor(), () => composing.value);
    editor.children = children as Descendant[];
    return editor;
  };

  it('maps a flag across a bold boundary onto both leaves and counts flags in the body', () => {
    const block = { type: 'paragraph', children: [{ text: '机制,', bold: true }, { text: '保障ＡＢ' }] };
    const editor = setup([block, { type: 'paragraph', children: [{ text: '无误。' }] }], { value: false });
    const ranges = editor.punctuationDecorations([block as never, [0]]);
    expect(ranges).toEqual([
      { anchor: { path: [0, 0], offset: 2 }, focus: { path: [0, 0], offset: 3 }, flag: 'latin-in-han', suggestion: '，' },
      { anchor: { path: [0, 1], offset: 2 }, focus: { path: [0, 1], offset: 4 }, flag: 'fullwidth-ascii', suggestion: 'AB' },
    ]);
    expect(editor.punctuationFlagCount()).toBe(2);
  });

  it('keeps the decorations a block had while a composition is open, and asks for a refresh after', () => {
    const composing = { value: false };
    const before = { type: 'paragraph', children: [{ text: '他说,今天' }] };
    const editor = setup([before], composing);
    const original = editor.punctuationDecorations([before as never, [0]]);

    composing.value = true;
    const changed = { type: 'paragraph', children: [{ text: '他说,今天记者.' }] };
    expect(editor.punctuationDecorations([changed as never, [0]])).toEqual(original);
    expect(editor.takeStaleDecorations()).toBe(true);

    composing.value = false;
    expect(editor.punctuationDecorations([changed as never, [0]])).toHaveLength(2);
    expect(editor.takeStaleDecorations()).toBe(false);
  });

  it('decorates only top-level text blocks', () => {
    const editor = setup([], { value: false });
    expect(editor.punctuationDecorations([{ text: 'a,b' } as never, [0, 0]])).toEqual([]);
    expect(editor.punctuationDecorations([{ type: 'photo', caption: '图,说', children: [{ text: '' }] } as never, [0]])).toEqual([]);
  });
});
