import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { insertPhoto, toggleBlockType, toggleMark } from '../../../../renderer/src/editor/commands';
import { p, photo, storyEditor, sub } from './editor-fixture';

describe('withSubheads', () => {
  it('starts a subhead’s second line with Shift+Enter, once', () => {
    const editor = storyEditor([sub('服务阵地')]);
    Transforms.select(editor, Editor.end(editor, [0]));
    editor.insertSoftBreak();
    editor.insertText('新形态');
    editor.insertSoftBreak();
    expect(editor.children).toEqual([sub('服务阵地\n新形态')]);
  });

  it('leaves a subhead for a body paragraph on Enter', () => {
    const editor = storyEditor([sub('服务阵地\n新形态')]);
    Transforms.select(editor, Editor.end(editor, [0]));
    editor.insertBreak();
    editor.insertText('正文');
    expect(editor.children).toEqual([sub('服务阵地\n新形态'), p('正文')]);
  });

  it('treats Shift+Enter in a paragraph as a new paragraph', () => {
    const editor = storyEditor([p('第一段')]);
    Transforms.select(editor, Editor.end(editor, [0]));
    editor.insertSoftBreak();
    editor.insertText('第二段');
    expect(editor.children).toEqual([p('第一段'), p('第二段')]);
  });

  it('turns an empty pull quote back into a paragraph on Enter', () => {
    const editor = storyEditor([{ type: 'pull-quote', children: [{ text: '引语' }] }]);
    Transforms.select(editor, Editor.end(editor, [0]));
    editor.insertBreak();
    editor.insertBreak();
    expect(editor.children).toEqual([{ type: 'pull-quote', children: [{ text: '引语' }] }, p('')]);
  });

  it('toggles the subhead kind and a bold lead-in, and undo restores the text as it was', () => {
    const editor = storyEditor([p('机制保障聚力。由市委牵头')]);
    Transforms.select(editor, { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 7 } });
    toggleMark(editor, 'bold');
    expect(editor.children).toEqual([{ type: 'paragraph', children: [{ text: '机制保障聚力。', bold: true }, { text: '由市委牵头' }] }]);
    toggleBlockType(editor, 'subhead');
    expect((editor.children[0] as { type: string }).type).toBe('subhead');
    toggleBlockType(editor, 'subhead');
    expect((editor.children[0] as { type: string }).type).toBe('paragraph');
    editor.undo();
    editor.undo();
    editor.undo();
    expect(editor.children).toEqual([p('机制保障聚力。由市委牵头')]);
  });
});

describe('withPhotos', () => {
  it('inserts a photo after the current block with a paragraph to type on', () => {
    const editor = storyEditor([p('正文')]);
    Transforms.select(editor, Editor.end(editor, [0]));
    insertPhoto(editor);
    expect(editor.children).toEqual([p('正文'), photo(), p('')]);
  });

  it('selects a photo on Backspace from the block after it instead of deleting it with its caption', () => {
    const editor = storyEditor([photo('图① 朱光丽上网查找资料'), p('正文')]);
    Transforms.select(editor, Editor.start(editor, [1]));
    editor.deleteBackward('character');
    expect(editor.children).toEqual([photo('图① 朱光丽上网查找资料'), p('正文')]);
    expect(editor.selection?.anchor.path).toEqual([0, 0]);
  });

  it('puts text typed with a photo selected into a new paragraph after it, so nothing typed is lost', () => {
    const editor = storyEditor([photo('图③'), p('后文')]);
    Transforms.select(editor, Editor.start(editor, [0]));
    editor.insertText('记者');
    editor.insertText('手记');
    expect(editor.children).toEqual([photo('图③'), p('记者手记'), p('后文')]);
  });

  it('opens a paragraph after a selected photo on Enter', () => {
    const editor = storyEditor([photo('图②'), p('后文')]);
    Transforms.select(editor, Editor.start(editor, [0]));
    editor.insertBreak();
    editor.insertText('新段');
    expect(editor.children).toEqual([photo('图②'), p('新段'), p('后文')]);
  });
});
