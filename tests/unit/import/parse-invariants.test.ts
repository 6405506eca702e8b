import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReporterText } from '../../../main/import/parse-reporter-text';
import { blockText, storyFieldsSchema, type StoryFields } from '../../../shared/model/story';

/** Pieces of copy that exercise every rule: bylines, credits, captions, banners, gaps, indents. */
const PIECES = [
  '本报记者 ', '本报通讯员 ', '杜挺勇', '薛慧科 ', '杨珂', ' 摄', '图① ', '图② ', '（本栏照片均由本报记者王梦梦摄）',
  '视觉新闻', '党员先锋故事', '沁阳市：', '凝聚合力构建新格局', '压实责任主体', '机制保障聚力。', '组织建设聚人。',
  '该市围绕新业态', '开展专项', '培训行动', '，', '。', '！', '“', '”', '——', '、', '100%', 'Banmian ', ' ', '　　',
  '\n', '\n', '\n', '\n\n', '\n\n', '\n\n\n\n', '\r\n',
];

function hanCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.match(/\p{Script=Han}/gu) ?? []) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

function fieldText(story: StoryFields): string {
  return [
    story.section,
    story.kicker,
    story.flags.includes('provisional-headline') ? '' : story.headline,
    story.subtitle,
    story.photoCredit,
    ...story.bylines.map((byline) => byline.label + byline.names.join('')),
    ...story.body.map((block) => (block.type === 'photo' ? block.caption + block.credit : blockText(block))),
  ].join('');
}

describe('parseReporterText on arbitrary copy', () => {
  it('never throws, always gives valid stories and never drops a Han character', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (pieces) => {
        const text = pieces.join('');
        const stories = parseReporterText(text);
        for (const story of stories) storyFieldsSchema.parse(story);
        const out = hanCounts(stories.map(fieldText).join(''));
        for (const [ch, count] of hanCounts(text)) expect(out.get(ch) ?? 0, `${ch} in ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(count);
        if (text.trim() === '') expect(stories).toEqual([]);
      }),
      { numRuns: 400, seed: 20240517 },
    );
  });
});
