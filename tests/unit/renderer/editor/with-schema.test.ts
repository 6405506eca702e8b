import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { storyBodySchema } from '../../../../shared/model/story';
import { runCommand } from '../../../../renderer/src/editor/body/run-command';
import { p, photo, storyEditor, sub } from './editor-fixture';

// Whatever reaches the editor ends up in the shape the store accepts: these are the
// checks the desk would otherwise meet as a refused save or a mangled page.

describe('withSchema', () => {
  it('never leaves the editor empty', () => {
    const editor = storyEditor([]);
    expect(editor.children).toEqual([p('')]);
    Transforms.removeNodes(editor, { at: [0] });
    expect(editor.children).toEqual([p('')]);
  });

  it('keeps only leaves inside a block, moving a nested photo out with its caption', () => {
    const editor = storyEditor([
      { type: 'paragraph', children: [{ text: '前文' }, { type: 'paragraph', children: [{ text: '嵌套' }] }, { text: '后文' }] },
      { type: 'paragraph', children: [{ text: '图前' }, photo('图① 说明'), { text: '图后' }] },
    ]);
    expect(editor.children[0]).toEqual(p('前文嵌套后文'));
    expect(editor.children).toContainEqual(photo('图① 说明'));
    expect(storyBodySchema.safeParse(editor.children).success).toBe(true);
  });

  it('drops unknown marks, false marks, unknown block types and foreign attributes', () => {
    const editor = storyEditor([
      { type: 'paragraph', align: 'center', children: [{ text: '红字', color: 'red', bold: true }, { text: '普通', bold: false, underline: true }] },
      { type: 'heading-one', children: [{ text: '标题' }] },
    ]);
    expect(editor.children).toEqual([
      { type: 'paragraph', children: [{ text: '红字', bold: true }, { text: '普通' }] },
      p('标题'),
    ]);
  });

  it('keeps 着重号 (emphasis) as a mark, toggled like bold, so a story from a page file does not lose it', () => {
    const editor = storyEditor([{ type: 'paragraph', children: [{ text: '我们' }, { text: '必须坚持', emphasis: true }] }]);
    expect(editor.children).toEqual([{ type: 'paragraph', children: [{ text: '我们' }, { text: '必须坚持', emphasis: true }] }]);
    Transforms.select(editor, { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 2 } });
    runCommand(editor, 'emphasis');
    expect(editor.children).toEqual([{ type: 'paragraph', children: [{ text: '我们必须坚持', emphasis: true }] }]);
    expect(storyBodySchema.safeParse(editor.children).success).toBe(true);
  });

  it('lets a subhead hold two lines; a third line becomes the next paragraph', () => {
    const editor = storyEditor([sub('压实责任主体\n延伸工作“触角”\n多出来的一行')]);
    expect(editor.children).toEqual([sub('压实责任主体\n延伸工作“触角”'), p('多出来的一行')]);
  });

  it('splits a paragraph or a pull quote at a line break into two of the same kind', () => {
    const editor = storyEditor([p('第一段\n第二段'), { type: 'pull-quote', children: [{ text: '引语一\n引语二' }] }]);
    expect(editor.children).toEqual([
      p('第一段'),
      p('第二段'),
      { type: 'pull-quote', children: [{ text: '引语一' }] },
      { type: 'pull-quote', children: [{ text: '引语二' }] },
    ]);
  });

  it('gives a photo exactly one empty leaf and string caption and credit', () => {
    const editor = storyEditor([{ type: 'photo', caption: 7, children: [{ text: '不该有字', bold: true }, { text: '更多' }] }, p('')]);
    expect(editor.children[0]).toEqual({ type: 'photo', caption: '', credit: '', assetId: null, children: [{ text: '' }] });
    expect(Editor.isVoid(editor, editor.children[0] as never)).toBe(true);
  });

  it('merges neighbouring leaves with the same marks, so the stored body stays small', () => {
    const editor = storyEditor([{ type: 'paragraph', children: [{ text: '机制', bold: true }, { text: '保障。', bold: true }, { text: '正文' }] }]);
    expect(editor.children).toEqual([{ type: 'paragraph', children: [{ text: '机制保障。', bold: true }, { text: '正文' }] }]);
  });
});
