import { describe, expect, it } from 'vitest';
import { blocksFromHtmlTree, defuseInlineStyles, type HtmlNodeLike } from '../../../../renderer/src/editor/paste/html-to-blocks';
import { blocksFromPlainText } from '../../../../renderer/src/editor/paste/plain-text-to-blocks';

// The walker reads DOMParser's tree through a structural interface; these tiny trees have
// the shape DOMParser gives for Word, Google Docs and web clipboards (the e2e test pastes
// the real thing in Chromium).

type Attrs = Record<string, string>;
const el = (name: string, attrs: Attrs, ...children: HtmlNodeLike[]): HtmlNodeLike => ({
  nodeType: 1,
  nodeName: name.toUpperCase(),
  childNodes: children,
  textContent: children.map((child) => child.textContent).join(''),
  getAttribute: (key: string) => attrs[key] ?? null,
});
const text = (value: string): HtmlNodeLike => ({ nodeType: 3, nodeName: '#text', childNodes: [], textContent: value });
const comment = (value: string): HtmlNodeLike => ({ nodeType: 8, nodeName: '#comment', childNodes: [], textContent: value });

describe('blocksFromHtmlTree', () => {
  it('keeps Word paragraphs and bold, and drops styles, classes, comments and Word’s own markup', () => {
    const body = el(
      'body',
      {},
      comment('StartFragment'),
      el('p', { class: 'MsoNormal', style: 'text-indent:2em;color:red' }, el('b', {}, el('span', { lang: 'ZH-CN' }, text('机制保障聚力。'))), el('span', {}, text('由市委组织部牵头')), el('o:p', {}, text('\u00a0'))),
      el('p', { class: 'MsoNormal' }, el('o:p', {}, text('\u00a0'))),
      el('p', {}, text('第二段')),
    );
    expect(blocksFromHtmlTree(body)).toEqual([
      { type: 'paragraph', children: [{ text: '机制保障聚力。', bold: true }, { text: '由市委组织部牵头' }] },
      { type: 'paragraph', children: [{ text: '第二段' }] },
    ]);
  });

  it('reads Google Docs: its outer <b style="font-weight:normal"> is not bold, spans with weight 700 are', () => {
    const body = el(
      'body',
      {},
      el('b', { style: 'font-weight:normal;', id: 'docs-internal-guid-1' }, el('p', {}, el('span', { style: 'font-weight:700' }, text('导语。')), el('span', { style: 'font-weight:400' }, text('正文。')))),
    );
    expect(blocksFromHtmlTree(body)).toEqual([{ type: 'paragraph', children: [{ text: '导语。', bold: true }, { text: '正文。' }] }]);
  });

  it('makes headings subheads, a <br> in a heading its second line, and a <br> elsewhere a new paragraph', () => {
    const body = el('body', {}, el('h2', {}, text('压实责任主体'), el('br', {}), text('延伸工作“触角”')), el('div', {}, text('一行'), el('br', {}), text('二行')));
    expect(blocksFromHtmlTree(body)).toEqual([
      { type: 'subhead', children: [{ text: '压实责任主体\n延伸工作“触角”' }] },
      { type: 'paragraph', children: [{ text: '一行' }] },
      { type: 'paragraph', children: [{ text: '二行' }] },
    ]);
  });

  it('drops scripts, styles, images, form controls and their text; keeps the text of links and lists', () => {
    const body = el(
      'body',
      {},
      el('style', {}, text('p { color: red }')),
      el('p', {}, text('看'), el('a', { href: 'https://example.com' }, text('链接')), el('img', { src: 'x.png', alt: '图' }), el('script', {}, text('alert(1)'))),
      el('ul', {}, el('li', {}, text('第一项')), el('li', {}, text('第二项'))),
      el('button', {}, text('按钮')),
    );
    expect(blocksFromHtmlTree(body)).toEqual([
      { type: 'paragraph', children: [{ text: '看链接' }] },
      { type: 'paragraph', children: [{ text: '第一项' }] },
      { type: 'paragraph', children: [{ text: '第二项' }] },
    ]);
  });

  it('collapses whitespace as a browser does, but joins Chinese split by a source line break', () => {
    const body = el('body', {}, el('p', {}, text('\n  　　新就业群体\n   党建工作，  open\n   source  ')));
    expect(blocksFromHtmlTree(body)).toEqual([{ type: 'paragraph', children: [{ text: '新就业群体党建工作， open source' }] }]);
  });
});

describe('defuseInlineStyles', () => {
  it('removes <style> blocks and renames style attributes inside tags, leaving text alone', () => {
    const html = '<style>p{color:red}</style><p style="font-weight:700" class=x>style="not an attribute"</p><STYLE type=text/css>b{}</STYLE>';
    expect(defuseInlineStyles(html)).toBe('<p data-banmian-style="font-weight:700" class=x>style="not an attribute"</p>');
  });
});

describe('blocksFromPlainText', () => {
  it('makes one paragraph per line, dropping indents and blank lines', () => {
    expect(blocksFromPlainText('　　第一段\r\n\r\n  第二段  \n第三段\n\n')).toEqual([
      { type: 'paragraph', children: [{ text: '第一段' }] },
      { type: 'paragraph', children: [{ text: '第二段' }] },
      { type: 'paragraph', children: [{ text: '第三段' }] },
    ]);
  });
});
