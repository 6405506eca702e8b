import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../renderer/src/library/highlight-segments';

describe('highlightSegments', () => {
  it('marks exactly the matched words of a Chinese snippet', () => {
    const snippet = '…依托“骑手之家”，邀请交警大队民警为60余名外卖骑手现场进行交通安全专题辅导…';
    const first = snippet.indexOf('骑手');
    const second = snippet.indexOf('骑手', first + 1);
    const segments = highlightSegments(snippet, [[first, first + 2], [second, second + 2]]);
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['骑手', '骑手']);
    expect(segments.map((s) => s.text).join('')).toBe(snippet);
  });

  it('merges overlapping and touching ranges into one mark', () => {
    const segments = highlightSegments('新兴领域党建工作', [[4, 6], [2, 5], [6, 8]]);
    expect(segments).toEqual([
      { text: '新兴', marked: false },
      { text: '领域党建工作', marked: true },
    ]);
  });

  it('ignores empty and out-of-range ranges without losing text', () => {
    expect(highlightSegments('朱光丽', [[2, 2], [-5, 1], [2, 99]])).toEqual([
      { text: '朱', marked: true },
      { text: '光', marked: false },
      { text: '丽', marked: true },
    ]);
  });

  it('never drops, repeats or reorders a character, whatever the ranges', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 90 }), fc.integer({ min: -5, max: 90 })), { maxLength: 8 }),
        (snippet, ranges) => {
          const segments = highlightSegments(snippet, ranges);
          expect(segments.map((s) => s.text).join('')).toBe(snippet);
          expect(segments.every((s) => s.text.length > 0)).toBe(true);
          // Adjacent segments alternate, so no two marks touch.
          for (let i = 1; i < segments.length; i += 1) expect(segments[i]!.marked).not.toBe(segments[i - 1]!.marked);
        },
      ),
    );
  });
});
