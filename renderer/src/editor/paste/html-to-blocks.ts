import type { TextLeaf } from '../../../../shared/model/story';
import type { TextBlock } from '../slate-types';

/**
 * Pasted HTML (Word, web pages, Google Docs) reduced to the story schema: paragraphs,
 * headings as subheads, bold from <b>/<strong> or a bold font-weight, and nothing else —
 * no styles, classes, links, images, tables as such, or foreign markup. The walker reads
 * a DOM tree from DOMParser through this small structural interface, so it needs no live
 * document (and is tested without one).
 */
export interface HtmlNodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<HtmlNodeLike>;
  readonly textContent: string | null;
  getAttribute?(name: string): string | null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content is never text of the story. */
const DROPPED = new Set([
  'head', 'title', 'meta', 'link', 'style', 'script', 'noscript', 'template', 'xml', 'o:p', 'img', 'picture', 'svg',
  'video', 'audio', 'canvas', 'iframe', 'object', 'embed', 'button', 'input', 'select', 'textarea', 'math', 'rt', 'rp',
]);

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'html',
]);

const HEADING = /^h[1-6]$/;
/** Whitespace HTML collapses; U+00A0 too, since Word pads with it. U+3000 is kept inside text. */
const COLLAPSIBLE = /[ \t\n\r\f\u00a0]/;
/** Characters between which a source line break is not a space (CJK text wrapped by Word's HTML writer). */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019\u2014\u2026]/u;

interface Context {
  bold: boolean;
  type: 'paragraph' | 'subhead';
}

interface Run {
  text: string;
  bold: boolean;
  /** A <br> inside a heading: the subhead's line break. */
  hard?: boolean;
}

export function blocksFromHtmlTree(root: HtmlNodeLike): TextBlock[] {
  const blocks: TextBlock[] = [];
  let runs: Run[] = [];
  let type: Context['type'] = 'paragraph';

  const endBlock = () => {
    const leaves = collapse(runs, type === 'subhead');
    if (leaves.length > 0) blocks.push({ type, children: leaves });
    runs = [];
  };

  const walk = (node: HtmlNodeLike, context: Context) => {
    if (node.nodeType === TEXT_NODE) {
      if (runs.length === 0) type = context.type;
      runs.push({ text: node.textContent ?? '', bold: context.bold });
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toLowerCase();
    if (DROPPED.has(name)) return;
    if (name === 'br') {
      // A line break in a heading is a two-line subhead; anywhere else it ends the paragraph.
      if (context.type === 'subhead') runs.push({ text: '\n', bold: context.bold, hard: true });
      else endBlock();
      return;
    }
    const inner: Context = { bold: boldOf(node, name, context.bold), type: HEADING.test(name) ? 'subhead' : context.type };
    const isBlock = BLOCKS.has(name) || HEADING.test(name);
    if (isBlock) endBlock();
    for (const child of Array.from(node.childNodes)) walk(child, inner);
    if (isBlock) endBlock();
  };

  walk(root, { bold: false, type: 'paragraph' });
  endBlock();
  return blocks;
}

/**
 * Before the string reaches DOMParser: <style> blocks go, and style attributes are renamed
 * so the parsed (inert) document applies none of them — the page's CSP would otherwise
 * report every blocked inline style of a Word clipboard. The walker still reads the
 * renamed attribute for font-weight. Tags are never altered otherwise.
 */
export function defuseInlineStyles(html: string): string {
  return html
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s)style(\s*=)/gi, `$1${STYLE_ATTRIBUTE}$2`));
}

export const STYLE_ATTRIBUTE = 'data-banmian-style';

function boldOf(node: HtmlNodeLike, name: string, inherited: boolean): boolean {
  const style = node.getAttribute?.(STYLE_ATTRIBUTE) ?? node.getAttribute?.('style') ?? '';
  const weight = /(?:^|;)\s*font-weight\s*:\s*([^;!]+)/i.exec(style)?.[1]?.trim().toLowerCase();
  if (weight) {
    // Google Docs wraps the whole clipboard in <b style="font-weight:normal">: the style wins.
    if (weight === 'bold' || weight === 'bolder') return true;
    if (weight === 'normal' || weight === 'lighter') return false;
    const numeric = Number(weight);
    if (Number.isFinite(numeric)) return numeric >= 600;
  }
  if (name === 'b' || name === 'strong') return true;
  return inherited;
}

/**
 * HTML whitespace rules on a block's runs: runs of spaces and source line breaks become
 * one space, except that a source line break between CJK characters disappears; leading
 * and trailing whitespace (with U+3000 indents) is trimmed. Kept "\n"s (two-line subheads)
 * survive. Adjacent runs of the same weight merge.
 */
function collapse(runs: readonly Run[], keepBreaks: boolean): TextLeaf[] {
  const out: Run[] = [];
  let pending = null as { newline: boolean } | null;
  let previous = '';

  const emit = (ch: string, bold: boolean) => {
    const last = out[out.length - 1];
    if (last && last.bold === bold) last.text += ch;
    else out.push({ text: ch, bold });
    previous = ch;
  };

  for (const run of runs) {
    if (run.hard) {
      if (keepBreaks && previous !== '' && previous !== '\n') {
        pending = null;
        trimEnd(out);
        emit('\n', run.bold);
      }
      continue;
    }
    for (const ch of run.text) {
      if (COLLAPSIBLE.test(ch)) {
        pending = { newline: (pending?.newline ?? false) || ch === '\n' || ch === '\r' };
        continue;
      }
      if (pending) {
        const atLineStart = previous === '' || previous === '\n';
        const joinsCjk = pending.newline && CJK.test(previous) && CJK.test(ch);
        if (!atLineStart && !joinsCjk) emit(' ', run.bold);
        pending = null;
      }
      if (ch === '\u3000' && (previous === '' || previous === '\n')) continue;
      emit(ch, run.bold);
    }
  }
  trimEnd(out, true);
  return out
    .filter((run) => run.text.length > 0)
    .map((run) => (run.bold ? { text: run.text, bold: true } : { text: run.text }));
}

function trimEnd(runs: Run[], breaksToo = false): void {
  for (let index = runs.length - 1; index >= 0; index -= 1) {
    const run = runs[index]!;
    run.text = run.text.replace(breaksToo ? /[ \u3000\n]+$/u : /[ \u3000]+$/u, '');
    if (run.text.length > 0) return;
    runs.pop();
  }
}
