import { describe, expect, it } from 'vitest';
import { printedCaption, withStoryCaptions } from '../../../shared/compose/photo-captions';
import type { PhotoBlock, StoryFields } from '../../../shared/model/story';
import type { Frame } from '../../../shared/model/page';
import { at, codes, compose, pageDoc, story } from './compose-fixtures';

// One source for captions (issue 12, item 7): a photo linked to a story's photo block prints the
// story's caption and credit and follows the story; an override on the page wins and is kept.

const photoBlock = (caption: string, credit = ''): PhotoBlock => ({ type: 'photo', assetId: null, caption, credit, children: [{ text: '' }] });

function illustrated(captions: string[], fields: Partial<StoryFields> = {}): StoryFields {
  const base = story(2);
  return { ...base, body: [...base.body, ...captions.map((c, i) => photoBlock(c, `本报记者 记者${i + 1} 摄`))], ...fields };
}

const image = { width: 2000, height: 1500, colorSpace: 'cmyk' as const };
const linked = (photo: number, extra: Partial<Extract<Frame, { kind: 'photo' }>> = {}): Frame => ({
  id: 'p',
  kind: 'photo',
  area: at(0, 3, 0, 20),
  assetId: 'a',
  fit: 'fill',
  caption: '版面上的旧图说。',
  credit: '',
  source: { storyId: 's', photo },
  ...extra,
});

const captionText = (frames: Frame[], stories: Record<string, StoryFields>) =>
  compose(pageDoc(frames, stories, { a: { file: 'a.jpg' } }), { a: image })
    .lines.filter((l) => l.block === 'caption' || l.block === 'credit')
    .map((l) => l.text)
    .join('|');

describe('captions from the story', () => {
  it('prints the story photo block’s caption and credit, and the edited one after the story changes', () => {
    const before = illustrated(['图① 建设温室大棚。', '图② 修好的村道。']);
    expect(captionText([linked(1)], { s: before })).toBe('图② 修好的村道。|本报记者 记者2 摄');
    const edited = structuredClone(before);
    (edited.body.filter((b) => b.type === 'photo')[1] as PhotoBlock).caption = '图② 村里新修的路。';
    expect(captionText([linked(1)], { s: edited })).toBe('图② 村里新修的路。|本报记者 记者2 摄');
  });

  it('prints the page’s own text when overridden, and says so', () => {
    const s = illustrated(['图① 建设温室大棚。']);
    const frame = linked(0, { captionOverride: true, caption: '版面改写的图说。', credit: '版面署名' });
    expect(captionText([frame], { s })).toBe('版面改写的图说。|版面署名');
    expect(printedCaption(frame as never, { s }).origin).toBe('override');
    expect(printedCaption(linked(0) as never, { s }).origin).toBe('story');
  });

  it('reports a link to a photo block the story does not have, printing the page’s text', () => {
    const s = illustrated(['图① 建设温室大棚。']);
    const result = compose(pageDoc([linked(3)], { s }, { a: { file: 'a.jpg' } }), { a: image });
    expect(codes(result)).toContain('warning:caption-source');
    expect(result.preflight.find((i) => i.code === 'caption-source')!.params).toEqual({ storyId: 's', photo: 4 });
    expect(result.lines.find((l) => l.block === 'caption')!.text).toBe('版面上的旧图说。');
  });

  it('gives a photo group the story’s shared credit line unless the page overrides it', () => {
    const s = illustrated(['图① 大棚。', '图② 村道。'], { photoCredit: '（本栏照片均由本报记者王梦梦摄）' });
    const group = (extra: object): Frame => ({
      id: 'g',
      kind: 'photo-group',
      area: at(0, 4, 0, 40),
      photos: [0, 1].map((n) => ({ area: at(n * 2, 2, 0, 30), photo: { assetId: 'a', fit: 'fill' as const, caption: '', credit: '', source: { storyId: 's', photo: n } } })),
      credit: '旧署名',
      creditFrom: 's',
      ...extra,
    });
    const { doc } = withStoryCaptions(pageDoc([group({})], { s }), { s });
    const resolved = doc.frames[0] as Extract<Frame, { kind: 'photo-group' }>;
    expect(resolved.credit).toBe('（本栏照片均由本报记者王梦梦摄）');
    expect(resolved.photos.map((c) => c.photo.caption)).toEqual(['图① 大棚。', '图② 村道。']);
    const kept = withStoryCaptions(pageDoc([group({ creditOverride: true })], { s }), { s }).doc.frames[0] as Extract<Frame, { kind: 'photo-group' }>;
    expect(kept.credit).toBe('旧署名');
  });
});
