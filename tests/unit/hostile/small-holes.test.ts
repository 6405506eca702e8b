import { describe, expect, it } from 'vitest';
import { emptyStoryFields } from '../../../shared/model/story';
import { useDesk } from './hostile-fixtures';

// Item 7 of issue 16: the smaller holes (anchor bounds are in bounds.test.ts, import into a
// damaged database in foreign-files.test.ts).

const desk = useDesk();

describe('annotations on a story in the trash', () => {
  it('refused: a mark on a trashed story, as a save to it is; accepted again once restored', async () => {
    const story = desk.store.stories.create({ ...emptyStoryFields(), headline: '废稿', body: [{ type: 'paragraph', children: [{ text: '这段文字要批注。' }] }] });
    await desk.call('stories.delete', { id: story.id });
    const mark = { storyId: story.id, kind: 'comment', author: '校对甲', anchor: { path: [0], offset: 0, quote: '这段' } };
    const refused = await desk.call('annotations.create', mark);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toBe('“废稿” is in the trash; restore it before marking it. No mark was added.');
    expect(desk.store.annotations.listByStory(story.id)).toEqual([]);
    await desk.call('stories.restore', { id: story.id });
    expect((await desk.call('annotations.create', mark)).ok).toBe(true);
  });
});

describe('UTF-16 Chinese without a byte-order mark', () => {
  const COPY = '本报讯（记者 王梦梦）近日，市委组织部召开基层党建工作推进会。\n会议要求，各级党组织要把新就业群体凝聚在党旗下。\n';
  /** No character with a zero byte: no ASCII, no line break, no U+xx00 ideograph (开). */
  const NO_ZERO = [...COPY].filter((ch) => ch.codePointAt(0)! > 0x7f && (ch.codePointAt(0)! & 0xff) !== 0).join('');
  const le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
  const be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());

  it.each([
    ['UTF-16LE with line breaks', le(COPY), 'utf-16le'],
    ['UTF-16BE with line breaks', be(COPY), 'utf-16be'],
    ['UTF-16LE, one paragraph, no zero byte', le(NO_ZERO), 'utf-16le'],
    ['UTF-16BE, one paragraph, no zero byte', be(NO_ZERO), 'utf-16be'],
  ])('accepted: %s', async (_name, bytes, encoding) => {
    const { decodeReporterText } = await import('../../../main/import/decode-reporter-text');
    const decoded = decodeReporterText(bytes, 'copy.txt');
    expect(decoded.encoding).toBe(encoding);
    expect(Buffer.from(decoded.text, 'utf16le').length).toBe(bytes.length);
    expect(decoded.text).toMatch(/^本报讯/u);
  });
});
