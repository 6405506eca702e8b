import { Editor, Node, Transforms, type NodeEntry } from 'slate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/ipc/dispatch';
import type { Handlers } from '../../../../main/ipc/handler-types';
import { createHandlers } from '../../../../main/ipc/handlers';
import { openStore } from '../../../../main/store/open-store';
import type { Store } from '../../../../main/store/store-types';
import { createBridge, createClient } from '../../../../shared/ipc/client';
import type { Story } from '../../../../shared/ipc/contract-types';
import type { Block } from '../../../../shared/model/story';
import { AnnotationController, type ControllerHost, type ControllerMessage } from '../../../../renderer/src/editor/annotations/annotation-controller';
import { rangeAt } from '../../../../renderer/src/editor/annotations/slate-spans';
import { withSuggestMode } from '../../../../renderer/src/editor/plugins/with-suggest-mode';
import type { NoteMark, StoryEditor } from '../../../../renderer/src/editor/slate-types';
import { p, storyEditor } from './editor-fixture';

// The controller on a headless Slate editor, the real contract, handlers and an in-memory
// store: marks follow edits, are stored for the saved version, are found again by a fresh
// editor; suggest mode turns typing into suggestions; accepting changes the text and saves.

const LEAD = '近年来，沁阳市委坚持把新兴领域党建作为基层党建的重要内容，全市共有党员48人参与骑手之家建设。';
const SECOND = '机制保障聚力。沁阳市建立工作机制，为60余名外卖骑手进行交通安全专题辅导。';

describe('AnnotationController', () => {
  let store: Store;
  let handlers: Handlers;
  let story: Story;
  let editor: StoryEditor;
  let controller: AnnotationController;
  let user: string;
  let composing: boolean;
  let messages: ControllerMessage[];
  let version: number;

  const client = () => createClient(createBridge((command, input) => dispatch(handlers, command, input), () => () => undefined));

  /** Saves the editor's body like the autosave does, then the anchors for the saved version. */
  const save = async (on = editor, marks = controller) => {
    const anchors = marks.anchorSnapshot();
    const saved = await handlers['stories.save']({ id: story.id, version, fields: { body: on.children as Block[] } });
    version = saved.version;
    await marks.flushPatches();
    await marks.saveAnchors(anchors, saved.version);
  };

  const open = (body: Block[]): { editor: StoryEditor; controller: AnnotationController } => {
    const opened = withSuggestMode(storyEditor(body)) as unknown as StoryEditor;
    const host: ControllerHost = {
      storyId: story.id,
      user: () => user,
      round: () => 1,
      version: () => version,
      isComposing: () => composing,
      flushStory: async () => {
        await save(opened, made);
        return true;
      },
      notify: (message) => messages.push(message),
      look: { color: (mark) => (mark.round === 1 ? 'red' : 'blue'), title: (mark) => mark.kind, widget: (mark) => mark.text },
    };
    const made = new AnnotationController(opened, client(), host);
    return { editor: opened, controller: made };
  };

  const quoteOf = (id: string, on = controller, ed = editor) => {
    const range = on.rangeOf(id);
    return range ? Editor.string(ed, range) : null;
  };
  const textOf = (ed = editor) => ed.children.map((block) => Node.string(block));
  const notesIn = (block: number, ed = editor) =>
    ed.proofDecorations([ed.children[block], [block]] as NodeEntry).flatMap((range) => (range as { notes?: NoteMark[] }).notes ?? []);

  beforeEach(async () => {
    store = openStore(':memory:');
    handlers = createHandlers({ store, appInfo: () => ({ name: 'Banmian', version: 'test', dataDir: '', shell: 'harness' }) });
    story = store.stories.create({ headline: '沁阳市', body: [p(LEAD), p(SECOND)] as Block[] });
    version = story.version;
    user = '校对 李敏';
    composing = false;
    messages = [];
    ({ editor, controller } = open(story.body));
    await controller.load();
  });

  afterEach(() => {
    controller.dispose();
    store.close();
  });

  const mark = (quote: string, block = 0, kind: 'comment' | 'replace' | 'delete' = 'comment', text = '') => {
    const source = block === 0 ? LEAD : SECOND;
    const start = source.indexOf(quote);
    const made = controller.createMark(kind, rangeAt(editor, { block, start, end: start + quote.length }), { text, body: '请核实' });
    if (!made) throw new Error('not made');
    return made;
  };

  it('keeps a mark on its text through edits before, inside and after it, and a fresh editor finds it after a save', async () => {
    const note = mark('党员48人');
    await controller.flushPatches();
    Transforms.insertText(editor, '【本报讯】', { at: { path: [0, 0], offset: 0 } }); // before
    Transforms.insertText(editor, '（约）', { at: { path: [0, 0], offset: LEAD.length + 5 } }); // after
    const inside = Node.string(editor.children[0]!).indexOf('48');
    Transforms.insertText(editor, '46', { at: { anchor: { path: [0, 0], offset: inside }, focus: { path: [0, 0], offset: inside + 2 } } }); // inside
    expect(quoteOf(note.id)).toBe('党员46人');
    await save();

    const storedAnchor = store.annotations.get(note.id).anchor;
    expect(storedAnchor).toMatchObject({ path: [0], quote: '党员46人', version, orphaned: false });
    expect(Node.string(editor.children[0]!).slice(storedAnchor.offset, storedAnchor.offset + 5)).toBe('党员46人');

    // Reopened: a new editor on the stored body.
    const reopened = open(store.stories.get(story.id).body);
    await reopened.controller.load();
    expect(quoteOf(note.id, reopened.controller, reopened.editor)).toBe('党员46人');
    reopened.controller.dispose();
  });

  it('finds marks again by their quotes when the story was changed elsewhere, and orphans one whose text is gone', async () => {
    const kept = mark('60余名', 1);
    const lost = mark('交通安全', 1);
    await controller.flushPatches();
    // Another window: a new first paragraph and the second rewritten, without the marks' anchors.
    const elsewhere = [p('新的导语段。'), p(LEAD), p(SECOND.replace('交通安全', '防汛'))] as Block[];
    version = (await handlers['stories.save']({ id: story.id, version, fields: { body: elsewhere } })).version;

    const reopened = open(store.stories.get(story.id).body);
    await reopened.controller.load();
    expect(quoteOf(kept.id, reopened.controller, reopened.editor)).toBe('60余名');
    expect(reopened.controller.rangeOf(kept.id)!.anchor.path[0]).toBe(2);
    expect(reopened.controller.rangeOf(lost.id)).toBeNull();
    expect(reopened.controller.getSnapshot().located.has(lost.id)).toBe(false);
    await reopened.controller.flushPatches();
    // The editor stored where it found them.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.annotations.get(kept.id).anchor).toMatchObject({ path: [2], quote: '60余名', version });
    expect(store.annotations.get(lost.id).anchor).toMatchObject({ orphaned: true, quote: '交通安全' });
    reopened.controller.dispose();
  });

  it('orphans a mark whose text is deleted while the story is open', async () => {
    const note = mark('沁阳市委');
    const start = LEAD.indexOf('沁阳市委');
    Transforms.delete(editor, { at: rangeAt(editor, { block: 0, start: start - 1, end: start + 6 }) });
    expect(controller.rangeOf(note.id)).toBeNull();
    await save();
    expect(store.annotations.get(note.id).anchor.orphaned).toBe(true);
  });

  it('in suggest mode turns typing into suggestions and leaves the text alone', async () => {
    editor.suggesting = true;
    const at = LEAD.indexOf('全市');
    Transforms.select(editor, rangeAt(editor, { block: 0, start: at, end: at }));
    editor.insertText('目前');
    editor.insertText('，');
    expect(textOf()).toEqual([LEAD, SECOND]);

    // Backspace over two characters before the caret: one deletion, grown.
    const end = LEAD.indexOf('参与');
    Transforms.select(editor, rangeAt(editor, { block: 0, start: end, end }));
    editor.deleteBackward('character');
    editor.deleteBackward('character');
    // Typing where one's own deletion starts makes it a replacement.
    editor.insertText('名');
    // Selecting and typing replaces; Enter suggests a new paragraph; Backspace at a paragraph's start suggests running on.
    const shi = SECOND.indexOf('专题');
    Transforms.select(editor, rangeAt(editor, { block: 1, start: shi, end: shi + 2 }));
    editor.insertText('主题');
    Transforms.select(editor, rangeAt(editor, { block: 1, start: 7, end: 7 }));
    editor.insertBreak();
    Transforms.select(editor, rangeAt(editor, { block: 1, start: 0, end: 0 }));
    editor.deleteBackward('character');
    // Formatting is refused.
    Transforms.select(editor, rangeAt(editor, { block: 0, start: 0, end: 3 }));
    Editor.addMark(editor, 'bold', true);
    await controller.flushPatches();

    expect(textOf()).toEqual([LEAD, SECOND]);
    expect(messages).toContainEqual({ kind: 'refused' });
    const stored = store.annotations.listByStory(story.id).map((m) => ({ kind: m.kind, quote: m.anchor.quote, text: m.text, author: m.author }));
    expect(stored).toEqual([
      { kind: 'insert', quote: '', text: '目前，', author: '校对 李敏' },
      { kind: 'replace', quote: '8人', text: '名', author: '校对 李敏' },
      { kind: 'replace', quote: '专题', text: '主题', author: '校对 李敏' },
      { kind: 'split', quote: '', text: '', author: '校对 李敏' },
      { kind: 'join', quote: '', text: '', author: '校对 李敏' },
    ]);
  });

  it('takes back one’s own suggested insertion with Backspace, character by character', async () => {
    editor.suggesting = true;
    Transforms.select(editor, rangeAt(editor, { block: 1, start: 7, end: 7 }));
    editor.insertText('今年');
    editor.deleteBackward('character');
    await controller.flushPatches();
    expect(store.annotations.listByStory(story.id).map((m) => m.text)).toEqual(['今']);
    editor.deleteBackward('character');
    await controller.flushPatches();
    expect(store.annotations.listByStory(story.id)).toEqual([]);
  });

  it('needs a user name before it makes a mark', () => {
    user = '';
    editor.suggesting = true;
    Transforms.select(editor, rangeAt(editor, { block: 0, start: 0, end: 0 }));
    editor.insertText('甲');
    expect(messages).toEqual([{ kind: 'need-name' }]);
    expect(controller.getSnapshot().marks).toEqual([]);
  });

  it('accepts suggestions into the text (saved with a new version) and rejects others, one by one or all at once', async () => {
    const replace = mark('48人', 0, 'replace', '四十八人');
    const del = mark('沁阳市委', 0, 'delete');
    const other = mark('外卖', 1, 'delete');
    const comment = mark('骑手', 1);
    await controller.flushPatches();
    editor.suggesting = true; // accepting works in proofing too

    await controller.accept([replace.id, del.id]);
    expect(textOf()[0]).toBe(LEAD.replace('48人', '四十八人').replace('沁阳市委', ''));
    expect(store.stories.get(story.id).body).toEqual(editor.children);
    expect(store.stories.get(story.id).version).toBe(version);
    expect(store.annotations.get(replace.id)).toMatchObject({ status: 'accepted', decidedBy: '校对 李敏' });
    expect(store.annotations.get(del.id).status).toBe('accepted');

    await controller.reject([other.id]);
    expect(store.annotations.get(other.id).status).toBe('rejected');
    expect(textOf()[1]).toBe(SECOND);
    await controller.setStatus(comment.id, 'resolved');
    expect(store.annotations.get(comment.id).status).toBe('resolved');
    // Decided marks are no longer drawn.
    expect(notesIn(0)).toEqual([]);
    expect(notesIn(1)).toEqual([]);
  });

  it('保留 over a deletion takes the deletion back when accepted', async () => {
    const del = mark('沁阳市委', 0, 'delete');
    const start = LEAD.indexOf('沁阳');
    const stet = controller.createMark('stet', rangeAt(editor, { block: 0, start, end: start + 2 }))!;
    await controller.accept([stet.id, del.id]);
    expect(textOf()[0]).toBe(LEAD);
    expect(store.annotations.get(stet.id).status).toBe('accepted');
    expect(store.annotations.get(del.id).status).toBe('rejected');
  });

  it('draws open marks as decorations in their colour, and keeps them unchanged while an IME composition is open', async () => {
    const first = mark('党员48人');
    expect(notesIn(0).map((note) => [note.id, note.kind, note.color])).toEqual([[first.id, 'comment', 'red']]);
    composing = true;
    controller.compositionStarted();
    const epoch = editor.proofEpoch.get();
    mark('骑手之家'); // arrives during the composition (e.g. from another window)
    expect(editor.proofEpoch.get()).toBe(epoch);
    expect(notesIn(0).map((note) => note.id)).toEqual([first.id]);
    composing = false;
    controller.compositionEnded();
    expect(editor.proofEpoch.get()).toBe(epoch + 1);
    expect(notesIn(0)).toHaveLength(2);
  });

  it('lists marks for the panel filtered by round, person and status', async () => {
    const a = mark('党员48人');
    user = '校对 王';
    const b = mark('骑手', 1);
    await controller.flushPatches();
    await controller.setStatus(a.id, 'resolved');
    controller.setFilter({ status: 'all' });
    expect(controller.visible().map((m) => m.id)).toEqual([a.id, b.id]);
    controller.setFilter({ author: '校对 王' });
    expect(controller.visible().map((m) => m.id)).toEqual([b.id]);
    controller.setFilter({ author: null, status: 'resolved' });
    expect(controller.visible().map((m) => m.id)).toEqual([a.id]);
    controller.setFilter({ status: 'all', round: 2 });
    expect(controller.visible()).toEqual([]);
  });
});
