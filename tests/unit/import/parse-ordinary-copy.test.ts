import { describe, expect, it } from 'vitest';
import { parseReporterText } from '../../../main/import/parse-reporter-text';
import { blockText, storyFieldsSchema, type StoryFields } from '../../../shared/model/story';

function only(text: string): StoryFields {
  const stories = parseReporterText(text);
  expect(stories).toHaveLength(1);
  const story = stories[0]!;
  expect(() => storyFieldsSchema.parse(story)).not.toThrow();
  return story;
}
const texts = (story: StoryFields) => story.body.map((block) => `${block.type}:${blockText(block)}`);

describe('parseReporterText: ordinary reporter copy', () => {
  it('reads kicker, headline, —— subtitle, a byline with two roles and indented paragraphs (CRLF)', () => {
    const story = only(
      [
        '让城市更有温度',
        '焦作：暖“新”驿站遍布街头',
        '——我市关爱新就业群体工作综述',
        '本报记者 张三 李四 通讯员 王五',
        '',
        '　　近年来，我市建成暖“新”驿站120个。',
        '　　骑手们说，驿站让他们有了歇脚的地方。',
      ].join('\r\n'),
    );
    expect(story.kicker).toBe('让城市更有温度');
    expect(story.headline).toBe('焦作：暖“新”驿站遍布街头');
    expect(story.subtitle).toBe('——我市关爱新就业群体工作综述');
    expect(story.bylines).toEqual([
      { role: 'reporter', label: '本报记者', names: ['张三', '李四'] },
      { role: 'correspondent', label: '通讯员', names: ['王五'] },
    ]);
    expect(texts(story)).toEqual([
      'paragraph:近年来，我市建成暖“新”驿站120个。',
      'paragraph:骑手们说，驿站让他们有了歇脚的地方。',
    ]);
    expect(story.flags).toEqual([]);
  });

  it('joins hard-wrapped lines of indented copy and splits at each 2-em indent', () => {
    const story = only(
      [
        '春运首日车站秩序井然',
        '',
        '　　今天是春运首日，焦作站迎来',
        '客流高峰。车站增开临时售票窗口。',
        '旅客排队进站，秩序井然。',
        '　　记者在现场看到，志愿者为旅客',
        '指路。',
      ].join('\n'),
    );
    expect(story.headline).toBe('春运首日车站秩序井然');
    expect(texts(story)).toEqual([
      'paragraph:今天是春运首日，焦作站迎来客流高峰。车站增开临时售票窗口。旅客排队进站，秩序井然。',
      'paragraph:记者在现场看到，志愿者为旅客指路。',
    ]);
  });

  it('removes stray spaces between Chinese characters but keeps them between Latin words', () => {
    const story = only('标题\n\n该市 围绕 新业态，  推广 Banmian page layout 软件 。\n');
    expect(texts(story)).toEqual(['paragraph:该市围绕新业态，推广Banmian page layout软件。']);
  });

  it('honours labelled head lines: 引题：/主题：/副题：', () => {
    const story = only('引题：凝心聚力\n主题：新兴领域党建见实效\n副题：沁阳市探索新就业群体党建工作\n\n本报记者 杜挺勇\n\n正文。');
    expect([story.kicker, story.headline, story.subtitle]).toEqual(['凝心聚力', '新兴领域党建见实效', '沁阳市探索新就业群体党建工作']);
  });

  it('takes a headline followed directly by paragraphs, with no byline', () => {
    const story = only('市道清中学校史馆开放\n\n新学期，校史馆成为师生打卡地。\n\n去年，校史馆获评红色教育场馆。');
    expect(story.headline).toBe('市道清中学校史馆开放');
    expect(story.bylines).toEqual([]);
    expect(story.body).toHaveLength(2);
  });

  it('reads bylines from a 本报讯（记者 … 通讯员 …） dateline and keeps the dateline in the text', () => {
    const story = only('我市新建驿站120个\n\n本报讯（记者 张三 通讯员 李四）3月5日，我市新建驿站120个。');
    expect(story.bylines).toEqual([
      { role: 'reporter', label: '记者', names: ['张三'] },
      { role: 'correspondent', label: '通讯员', names: ['李四'] },
    ]);
    expect(texts(story)).toEqual(['paragraph:本报讯（记者 张三 通讯员 李四）3月5日，我市新建驿站120个。']);
  });

  it('attaches a byline at the end of the copy to the story, in brackets too', () => {
    const story = only('驿站暖人心\n\n骑手们有了歇脚的地方。\n\n（记者 张三）');
    expect(story.bylines).toEqual([{ role: 'reporter', label: '记者', names: ['张三'] }]);
    expect(texts(story)).toEqual(['paragraph:骑手们有了歇脚的地方。']);
  });

  it('flags copy without a headline and derives a provisional one from its lead', () => {
    const story = only('近日，焦作市妇幼保健院开展义诊活动，为群众免费体检。\n\n活动持续三天。');
    expect(story.flags).toEqual(['provisional-headline']);
    expect(story.headline).toBe('焦作市妇幼保健院开展义诊活动');
  });

  it('keeps a short closing line at the end of the copy as text, not as a head line', () => {
    const story = only('驿站暖人心\n\n骑手们有了歇脚的地方。\n\n2024年3月5日');
    expect(story.kicker).toBe('');
    expect(texts(story)).toEqual(['paragraph:骑手们有了歇脚的地方。', 'paragraph:2024年3月5日']);
  });

  it('does not bold a lone short sentence, and does not bold attributions', () => {
    const story = only('标题\n\n活动很成功。群众纷纷点赞，称赞服务贴心。\n\n“很好。”他说。张三说。大家都笑了。');
    for (const block of story.body) {
      if (block.type === 'paragraph') expect(block.children.every((leaf) => !leaf.bold)).toBe(true);
    }
  });

  it('drops an end mark （完） and keeps everything else', () => {
    const story = only('标题行\n\n正文第一段。\n\n（完）');
    expect(texts(story)).toEqual(['paragraph:正文第一段。']);
  });
});

describe('parseReporterText: several stories in one file', () => {
  it('starts a new story at head lines set off by three blank lines, byline or not', () => {
    const stories = parseReporterText('第一篇标题\n\n第一篇正文。\n\n小标题一行\n\n第一篇续文。\n\n\n\n第二篇标题\n\n第二篇正文。');
    expect(stories.map((s) => s.headline)).toEqual(['第一篇标题', '第二篇标题']);
    expect(stories[0]!.body.map(blockText)).toEqual(['第一篇正文。', '小标题一行', '第一篇续文。']);
    expect(stories[0]!.body[1]!.type).toBe('subhead');
  });

  it('starts a new story at each headline-and-byline head', () => {
    const stories = parseReporterText('标题甲\n本报记者 张三\n正文甲。\n\n标题乙\n本报通讯员 李四\n正文乙。');
    expect(stories.map((s) => [s.headline, s.bylines[0]?.names[0]])).toEqual([
      ['标题甲', '张三'],
      ['标题乙', '李四'],
    ]);
  });
});

describe('parseReporterText: long first line', () => {
  it('takes a first line of up to 40 characters without sentence punctuation as the headline', () => {
    const headline = '市道清中学校史馆：讲好红色校史 传承红色基因 打造红色教育特色学校新名片';
    const story = only(`${headline}\n\n新学期，校史馆成为师生打卡地。`);
    expect(story.headline).toBe(headline);
    expect(texts(story)).toEqual(['paragraph:新学期，校史馆成为师生打卡地。']);
  });
});
