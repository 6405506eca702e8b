import { describe, expect, it } from 'vitest';
import { anchorFor, bodyTexts, locateAnchor, reanchor } from '../../../shared/proof/anchoring';
import type { StoryBody } from '../../../shared/model/story';

// Marks made on one version of a story, found again in a version edited elsewhere.

const LEAD = '近年来，沁阳市委坚持把新兴领域党建作为基层党建的重要内容，全市共有党员48人参与骑手之家建设。';
const SECOND = '机制保障聚力。沁阳市建立“党委统筹、部门协同”工作机制，为60余名外卖骑手进行交通安全专题辅导。';

function body(...texts: string[]): StoryBody {
  return texts.map((text) => ({ type: 'paragraph' as const, children: [{ text }] }));
}

function spanOf(texts: string[], block: number, quote: string) {
  const start = texts[block]!.indexOf(quote);
  if (start < 0) throw new Error(`no ${quote}`);
  return { block, start, end: start + quote.length };
}

describe('anchors', () => {
  const texts = bodyTexts(body(LEAD, SECOND));
  const mark = anchorFor(texts, spanOf(texts, 0, '党员48人'), 3);

  it('keep the quote and a little context on each side', () => {
    expect(mark).toEqual({ path: [0], offset: LEAD.indexOf('党员48人'), quote: '党员48人', before: '党建的重要内容，全市共有', after: '参与骑手之家建设。', version: 3, orphaned: false });
  });

  it('stay in place when the text did not change', () => {
    expect(locateAnchor(mark, texts)).toEqual(spanOf(texts, 0, '党员48人'));
  });

  it('follow their text when words were added before it', () => {
    const edited = bodyTexts(body(`【本报讯】${LEAD}`, SECOND));
    expect(locateAnchor(mark, edited)).toEqual(spanOf(edited, 0, '党员48人'));
  });

  it('are not disturbed by edits after them', () => {
    const edited = bodyTexts(body(LEAD.replace('骑手之家', '“骑手驿站”'), SECOND));
    expect(locateAnchor(mark, edited)).toEqual(spanOf(edited, 0, '党员48人'));
  });

  it('follow their paragraph when paragraphs were inserted before it or it was split off', () => {
    const edited = bodyTexts(body('新加的导语。', '近年来，沁阳市委坚持把新兴领域党建作为基层党建的重要内容，', '全市共有党员48人参与骑手之家建设。', SECOND));
    expect(locateAnchor(mark, edited)).toEqual(spanOf(edited, 2, '党员48人'));
  });

  it('choose, among repeated words, the one whose surroundings agree', () => {
    const twice = bodyTexts(body('党建引领，党建聚力。', '支部书记说，党建聚力最要紧。'));
    const second = anchorFor(twice, { block: 1, start: 6, end: 8 }); // 党建 in 党建聚力最要紧
    const moved = bodyTexts(body('党建引领，党建聚力。', '前言。', '支部书记说，党建聚力最要紧。'));
    expect(locateAnchor(second, moved)).toEqual({ block: 2, start: 6, end: 8 });
  });

  it('are orphaned when the quoted text is gone', () => {
    const edited = bodyTexts(body(LEAD.replace('党员48人', '46名党员'), SECOND));
    expect(locateAnchor(mark, edited)).toBeNull();
    expect(reanchor(mark, edited, 5)).toMatchObject({ orphaned: true, quote: '党员48人', version: 5 });
  });

  it('keep an insertion point between its context, even when the text around moved', () => {
    const point = anchorFor(texts, { block: 1, start: SECOND.indexOf('外卖'), end: SECOND.indexOf('外卖') });
    expect(point.quote).toBe('');
    const edited = bodyTexts(body(LEAD, `（通讯员稿）${SECOND}`));
    expect(locateAnchor(point, edited)).toEqual({ block: 1, start: edited[1]!.indexOf('外卖'), end: edited[1]!.indexOf('外卖') });
    // Its context gone on both sides: orphaned.
    expect(locateAnchor(point, bodyTexts(body(LEAD, '全新的第二段。')))).toBeNull();
  });

  it('count offsets as Slate does, over the block text of every leaf (bold lead-ins included)', () => {
    const withBold: StoryBody = [{ type: 'paragraph', children: [{ text: '机制保障聚力。', bold: true }, { text: SECOND.slice(7) }] }, { type: 'photo', assetId: null, caption: '图①', credit: '', children: [{ text: '' }] }];
    expect(bodyTexts(withBold)).toEqual([SECOND, '']);
  });
});
