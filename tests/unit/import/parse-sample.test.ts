import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReporterText } from '../../../main/import/parse-reporter-text';
import { blockText, storyFieldsSchema, type Block, type StoryFields } from '../../../shared/model/story';

const SAMPLE_PATH = new URL('../../../../shared/samples/seed-page.txt', import.meta.url);
const sample = readFileSync(SAMPLE_PATH, 'utf8');
const stories = parseReporterText(sample);
const BANNERS = ['视觉新闻', '党员先锋故事', '图说基层党建'];

function story(index: number): StoryFields {
  const found = stories[index];
  if (!found) throw new Error(`no story ${index}`);
  return found;
}
const blocksOf = (s: StoryFields, type: Block['type']) => s.body.filter((block) => block.type === type);
const subheads = (s: StoryFields) => blocksOf(s, 'subhead').map(blockText);
const photos = (s: StoryFields) =>
  s.body.flatMap((block) => (block.type === 'photo' ? [{ caption: block.caption, credit: block.credit }] : []));
const boldLeaves = (s: StoryFields) =>
  s.body.flatMap((block) => (block.type === 'paragraph' ? block.children.filter((leaf) => leaf.bold).map((leaf) => leaf.text) : []));
const paragraphs = (s: StoryFields) => blocksOf(s, 'paragraph').map(blockText);

describe('the sample page (seed-page.txt)', () => {
  it('is five stories, each valid for the store', () => {
    expect(stories).toHaveLength(5);
    for (const fields of stories) expect(() => storyFieldsSchema.parse(fields)).not.toThrow();
  });

  it('finds the printed headlines and gives the two headless stories flagged provisional ones', () => {
    expect(stories.map((s) => s.headline)).toEqual([
      '沁阳市：凝聚合力构建新兴领域党建新格局',
      '修武县郇封镇大位村聚焦创建任务',
      '朱光丽：用爱缔造生命奇迹',
      '山阳区“五星”争创 亮点纷呈',
      '市道清中学校史馆：讲好红色校史 传承红色基因',
    ]);
    expect(stories.map((s) => s.flags.includes('provisional-headline'))).toEqual([false, true, false, true, false]);
  });

  it('sets each story section from the banner above it; banners are not stories', () => {
    expect(stories.map((s) => s.section)).toEqual(['', '', '视觉新闻', '党员先锋故事', '图说基层党建']);
    for (const s of stories) for (const banner of BANNERS) expect(s.headline).not.toBe(banner);
  });

  it('recognises banners by their place on the page, not only by their names', () => {
    const renamed = sample.replace('视觉新闻', '今日焦点').replace('党员先锋故事', '红色引擎').replace('图说基层党建', '基层传真');
    const result = parseReporterText(renamed);
    expect(result.map((s) => s.section)).toEqual(['', '', '今日焦点', '红色引擎', '基层传真']);
    expect(result.map((s) => s.headline)).toEqual(stories.map((s) => s.headline));
  });

  it('reads bylines with role, label as printed and names, two roles on one line too', () => {
    expect(stories.map((s) => s.bylines)).toEqual([
      [
        { role: 'reporter', label: '本报记者', names: ['杜挺勇'] },
        { role: 'correspondent', label: '本报通讯员', names: ['薛慧科'] },
      ],
      [],
      [{ role: 'reporter', label: '本报记者', names: ['杨珂'] }],
      [
        { role: 'reporter', label: '本报记者', names: ['宁江东'] },
        { role: 'correspondent', label: '本报通讯员', names: ['郭佳旗'] },
      ],
      [{ role: 'reporter', label: '本报记者', names: ['赵政玲'] }],
    ]);
  });

  it('keeps two-line subheads in one block and one-line subheads as they are', () => {
    expect(subheads(story(0))).toEqual([
      '压实责任主体\n延伸新兴领域党建工作“触角”',
      '提升服务质效\n探索新兴领域党建工作“路径”',
      '突出作用发挥\n拓展新兴领域党建工作“内涵”',
    ]);
    expect(subheads(story(3))).toEqual([
      '挂图作战“一条心” 齐头并进“攥指成拳”',
      '问题导向“一把尺” 靠前指挥“滴灌督导”',
      '整体推进“一盘棋” 重点突破“提质增效”',
    ]);
    for (const index of [1, 2, 4]) expect(subheads(story(index))).toEqual([]);
  });

  it('makes the parallel lead-ins of story one bold and nothing else', () => {
    expect(boldLeaves(story(0))).toEqual([
      '机制保障聚力。',
      '组织建设聚人。',
      '政治引领聚魂。',
      '完善线下服务矩阵。',
      '畅通诉求表达渠道。',
      '保障群体合法权益。',
      '发挥凝聚人心作用。',
      '发挥助力发展作用。',
      '发挥参与治理作用。',
    ]);
    const withLeadIns = paragraphs(story(0)).find((text) => text.startsWith('机制保障聚力。'));
    expect(withLeadIns).toContain('机制保障聚力。由市委组织部牵头');
    // Short sentences that are not lead-ins stay plain: 朱光丽说。, 像这样的事例还有很多。
    for (const index of [1, 2, 3, 4]) expect(boldLeaves(story(index))).toEqual([]);
  });

  it('takes the trailing line 让新就业群体凝聚在党旗下 as story one’s kicker and flags it', () => {
    expect(story(0).kicker).toBe('让新就业群体凝聚在党旗下');
    expect(story(0).flags).toContain('kicker-from-trailing-line');
    expect(stories.slice(1).map((s) => s.kicker)).toEqual(['', '', '', '']);
    expect(stories.map((s) => s.subtitle)).toEqual(['', '', '', '', '']);
  });

  it('rejoins paragraphs split by the printed page’s column breaks', () => {
    const all = stories.flatMap(paragraphs);
    for (const joined of [
      '线下开展专项培训行动，建立14个新兴领域党组织',
      '诉求维权等新就业群体服务配套功能。畅通诉求表达渠道。',
      '最大程度发挥新兴领域党建在团结职工群体、推动行业发展',
      '她就是焦作市妇幼保健院质控办主任、生殖医学科副主任朱光丽。',
      '作为一名有着近20年党龄的老党员',
      '扶轮学校是共产党在焦作的活动中心，从这里走出了',
    ]) {
      expect(all.filter((text) => text.includes(joined)), joined).toHaveLength(1);
    }
    // No paragraph is left hanging mid-sentence.
    for (const text of all) expect(text, text).toMatch(/[。！？”]$/u);
    expect(paragraphs(story(0))).toHaveLength(8);
    expect(paragraphs(story(2))).toHaveLength(13);
    expect(paragraphs(story(3))).toHaveLength(13);
    expect(paragraphs(story(4))).toHaveLength(5);
  });

  it('turns captions and credits into photo blocks and keeps the shared credit line', () => {
    expect(photos(story(1))).toEqual([
      { caption: '图① 建设温室大棚，增加集体收入。', credit: '' },
      { caption: '图② 村民在游园锻炼身体。', credit: '' },
      { caption: '图③ 村民在农家书屋读书。', credit: '' },
    ]);
    expect(story(1).photoCredit).toBe('（本栏照片均由本报记者王梦梦摄）');
    expect(story(1).body[0]?.type).toBe('paragraph');

    expect(photos(story(2))).toEqual([{ caption: '朱光丽上网查找资料。', credit: '本报记者 杨珂 摄' }]);
    expect(story(2).body[0]?.type).toBe('photo');

    expect(photos(story(4))).toEqual([{ caption: '市道清中学校史馆成为该校师生的打卡地。', credit: '本报记者 王梦梦 摄' }]);
    expect(story(4).body.at(-1)?.type).toBe('photo');

    expect(photos(story(0))).toEqual([]);
    expect(photos(story(3))).toEqual([]);
    for (const index of [0, 2, 3, 4]) expect(story(index).photoCredit).toBe('');
  });

  it('loses no character of the copy: every Han character but the banners’ lands in a field', () => {
    const count = (text: string) => {
      const counts = new Map<string, number>();
      for (const ch of text.match(/\p{Script=Han}/gu) ?? []) counts.set(ch, (counts.get(ch) ?? 0) + 1);
      return counts;
    };
    const sourceWithoutBanners = sample
      .split('\n')
      .filter((line) => !BANNERS.includes(line.trim()))
      .join('\n');
    const parsed = stories
      .map((s) =>
        [
          s.kicker,
          s.flags.includes('provisional-headline') ? '' : s.headline,
          s.subtitle,
          s.photoCredit,
          ...s.bylines.map((byline) => `${byline.label}${byline.names.join('')}`),
          ...s.body.map((block) => (block.type === 'photo' ? `${block.caption}${block.credit}` : blockText(block))),
        ].join(''),
      )
      .join('');
    expect(count(parsed)).toEqual(count(sourceWithoutBanners));
    // Digits, Latin and punctuation too (whitespace aside): nothing dropped, nothing invented.
    const strip = (text: string) => [...text.replace(/\s/gu, '')].sort().join('');
    expect(strip(parsed)).toBe(strip(sourceWithoutBanners));
  });
});
