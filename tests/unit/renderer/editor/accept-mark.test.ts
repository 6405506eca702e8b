import { Editor, Node } from 'slate';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/model/annotation';
import { acceptMark } from '../../../../renderer/src/editor/annotations/accept-mark';
import { rangeAt } from '../../../../renderer/src/editor/annotations/slate-spans';
import { p, storyEditor } from './editor-fixture';

// What accepting each kind of mark does to the story text (and rejecting: nothing).

const LEAD = '近年来沁阳市委坚持把党建作为重要内容。';
const NEXT = '全市共有党员48人。';

function texts(editor: Editor): string[] {
  return editor.children.map((block) => Node.string(block));
}

function accept(kind: Annotation['kind'], span: { block: number; start: number; end: number }, text = '', target?: { block: number; offset: number }) {
  const editor = storyEditor([p(LEAD), p(NEXT)]);
  const targetPoint = target ? rangeAt(editor, { block: target.block, start: target.offset, end: target.offset }).anchor : null;
  const outcome = acceptMark(editor, { kind, text }, rangeAt(editor, span), targetPoint);
  return { outcome, texts: texts(editor) };
}

const at = (quote: string, block = 0) => {
  const text = block === 0 ? LEAD : NEXT;
  const start = text.indexOf(quote);
  return { block, start, end: start + quote.length };
};
const point = (offset: number, block = 0) => ({ block, start: offset, end: offset });

describe('accepting a mark', () => {
  it('改正 replaces the marked text with the correction', () => {
    expect(accept('replace', at('48人', 1), '四十八人').texts).toEqual([LEAD, '全市共有党员四十八人。']);
  });

  it('删除 removes the marked text', () => {
    expect(accept('delete', at('沁阳市委')).texts).toEqual(['近年来坚持把党建作为重要内容。', NEXT]);
  });

  it('增补 inserts the text at its point', () => {
    expect(accept('insert', point(3), '，').texts).toEqual(['近年来，沁阳市委坚持把党建作为重要内容。', NEXT]);
  });

  it('对调 puts the marked characters in the new order', () => {
    expect(accept('transpose', at('作为重要'), '重要作为').texts).toEqual(['近年来沁阳市委坚持把党建重要作为内容。', NEXT]);
  });

  it('转移 cuts the text and inserts it at the target, before or after its place', () => {
    expect(accept('move', at('近年来'), '', { block: 0, offset: LEAD.indexOf('坚持') }).texts).toEqual(['沁阳市委近年来坚持把党建作为重要内容。', NEXT]);
    expect(accept('move', at('全市', 1), '', { block: 0, offset: 0 }).texts).toEqual(['全市近年来沁阳市委坚持把党建作为重要内容。', '共有党员48人。']);
  });

  it('接排 joins the paragraph with the next; 另起段 splits it', () => {
    expect(accept('join', point(LEAD.length)).texts).toEqual([LEAD + NEXT]);
    expect(accept('split', point(LEAD.indexOf('坚持'))).texts).toEqual(['近年来沁阳市委', '坚持把党建作为重要内容。', NEXT]);
  });

  it('接排 on the last paragraph has nothing to join and changes nothing', () => {
    const { outcome, texts: after } = accept('join', point(NEXT.length, 1));
    expect(outcome).toEqual({ ok: false, reason: 'no-next-block' });
    expect(after).toEqual([LEAD, NEXT]);
  });

  it('加空 inserts a full-width space by default; 减空 removes the white space in its range', () => {
    expect(accept('space', point(3)).texts[0]).toBe('近年来\u3000沁阳市委坚持把党建作为重要内容。');
    const editor = storyEditor([p('党 建 引 领，共 建 共 享')]);
    acceptMark(editor, { kind: 'close-up', text: '' }, rangeAt(editor, { block: 0, start: 0, end: 7 }));
    expect(texts(editor)).toEqual(['党建引领，共 建 共 享']);
  });

  it('保留, 排齐, 移位 and notes leave the text as it is', () => {
    for (const kind of ['stet', 'align', 'shift', 'comment', 'query'] as const) {
      expect(accept(kind, at('沁阳市委')).texts).toEqual([LEAD, NEXT]);
    }
  });

  it('a range mark whose text is gone (collapsed) cannot be accepted', () => {
    const { outcome, texts: after } = accept('replace', point(4), '新');
    expect(outcome).toEqual({ ok: false, reason: 'orphaned' });
    expect(after).toEqual([LEAD, NEXT]);
  });

  it('keeps a bold lead-in bold when a correction inside it is accepted', () => {
    const editor = storyEditor([{ type: 'paragraph', children: [{ text: '机制保障聚力。', bold: true }, { text: '为骑手服务。' }] }]);
    acceptMark(editor, { kind: 'replace', text: '保证' }, rangeAt(editor, { block: 0, start: 2, end: 4 }));
    expect(editor.children[0]).toEqual({ type: 'paragraph', children: [{ text: '机制保证聚力。', bold: true }, { text: '为骑手服务。' }] });
  });
});
