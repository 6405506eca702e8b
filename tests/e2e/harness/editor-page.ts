import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { resultsDir } from './paths';

/** A body block as the DOM shows it. */
export interface BlockView {
  type: 'paragraph' | 'subhead' | 'pull-quote' | 'photo';
  text: string;
  /** Text of the bold runs, in order. */
  bold: string[];
}

type BlockViewShape = BlockView;

/** What a test reads and does in the story editor, in the user's terms. */
export class EditorPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('story-editor');
  }

  get body(): Locator {
    return this.page.getByTestId('body-editor');
  }

  /** Waits until the editor shows the story (after opening or a reload). */
  async waitOpen(id?: string): Promise<void> {
    const selector = id ? `[data-testid=story-editor][data-story-id="${id}"] [data-testid=body-editor]` : '[data-testid=body-editor]';
    await this.page.locator(selector).waitFor({ state: 'visible' });
  }

  async storyId(): Promise<string> {
    return (await this.root.getAttribute('data-story-id')) ?? '';
  }

  /** The body's blocks from the DOM (Slate's zero-width placeholders removed). */
  async blocks(): Promise<BlockView[]> {
    // No named helper functions inside evaluate(): tsx (the benchmark) would wrap them in __name().
    return this.body.evaluate((root) =>
      Array.from(root.querySelectorAll(':scope > [data-slate-node=element]'), (element) => {
        const type = element.matches('[data-testid=photo-block]')
          ? 'photo'
          : element.tagName === 'H3'
            ? 'subhead'
            : element.tagName === 'BLOCKQUOTE'
              ? 'pull-quote'
              : 'paragraph';
        const strings = Array.from(element.querySelectorAll('[data-slate-string], [data-slate-zero-width]'));
        let text = '';
        strings.forEach((node, at) => {
          if (node.hasAttribute('data-slate-zero-width')) return;
          const piece = (node.textContent ?? '').replace(/[\uFEFF\u200B]/g, '');
          // Slate renders a block's trailing "\n" twice, so that the empty last line has a height.
          text += at === strings.length - 1 && piece.endsWith('\n') ? piece.slice(0, -1) : piece;
        });
        const bold = Array.from(element.querySelectorAll('strong'), (node) => (node.textContent ?? '').replace(/[\uFEFF\u200B]/g, '')).filter(Boolean);
        return { type, text: type === 'photo' ? '' : text, bold } as BlockViewShape;
      }),
    );
  }

  async texts(): Promise<string[]> {
    return (await this.blocks()).map((block) => block.text);
  }

  /**
   * Puts the caret (or a selection) in block `index` at character `offset` (to `endOffset`),
   * counted over the block's text as the user sees it. Goes through the DOM selection, as a
   * click does; Slate reads it from there.
   */
  async select(index: number, offset: number, endOffset = offset): Promise<void> {
    await this.body.focus();
    await this.body.evaluate(
      (root, [blockIndex, start, end]) => {
        const block = root.querySelectorAll(':scope > [data-slate-node=element]')[blockIndex];
        if (!block) throw new Error(`no block ${blockIndex}`);
        const strings = Array.from(block.querySelectorAll('[data-slate-string], [data-slate-zero-width]'));
        const points: Array<[Node, number]> = [];
        for (const at of [start, end]) {
          let remaining = at;
          let found: [Node, number] | null = null;
          for (const node of strings) {
            const zeroWidth = node.hasAttribute('data-slate-zero-width');
            const length = zeroWidth ? 0 : (node.textContent ?? '').length;
            if (remaining <= length) {
              found = [node.firstChild ?? node, zeroWidth ? 0 : remaining];
              break;
            }
            remaining -= length;
          }
          const last = strings[strings.length - 1]!;
          points.push(found ?? [last.firstChild ?? last, (last.textContent ?? '').length]);
        }
        window.getSelection()!.setBaseAndExtent(points[0]![0], points[0]![1], points[1]![0], points[1]![1]);
      },
      [index, offset, endOffset] as const,
    );
    // Slate picks the DOM selection up on selectionchange; wait for it to have happened.
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 120))));
  }

  /** Caret at the end of block `index`. */
  async selectEnd(index: number): Promise<void> {
    const text = (await this.texts())[index] ?? '';
    await this.select(index, text.length);
  }

  async saveState(): Promise<string> {
    return (await this.root.getAttribute('data-save-state')) ?? '';
  }

  async version(): Promise<number> {
    return Number(await this.root.getAttribute('data-version'));
  }

  /** Waits until everything typed is stored (autosave after the pause, or a flush). */
  async waitSaved(minVersion = 0): Promise<number> {
    await this.page.waitForFunction(
      (min) => {
        const root = document.querySelector('[data-testid=story-editor]');
        return root?.getAttribute('data-save-state') === 'saved' && Number(root.getAttribute('data-version')) >= min;
      },
      minVersion,
      { timeout: 15_000 },
    );
    return this.version();
  }

  async waitState(state: string): Promise<void> {
    await this.page.locator(`[data-testid=story-editor][data-save-state=${state}]`).waitFor({ state: 'attached', timeout: 15_000 });
  }

  /** Clicks a toolbar button by its test id suffix: bold, subhead, undo, … */
  async tool(name: string): Promise<void> {
    await this.page.getByTestId(`tool-${name}`).click();
  }

  /**
   * Pastes through the real clipboard and Ctrl+V, as the user does. Writing text/html with
   * the async clipboard API makes Chromium sanitise it in this page, which reports the
   * inline styles to the page's CSP; those reports (from the test's write, not from the
   * app) are taken out of `problems`.
   */
  async paste(data: { html?: string; text: string }, problems: string[]): Promise<void> {
    const before = problems.length;
    await this.page.evaluate(async ([html, text]) => {
      const items: Record<string, Blob> = { 'text/plain': new Blob([text], { type: 'text/plain' }) };
      if (html) items['text/html'] = new Blob([html], { type: 'text/html' });
      await navigator.clipboard.write([new ClipboardItem(items)]);
    }, [data.html ?? '', data.text] as const);
    await this.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    const written = problems.splice(before);
    const unexpected = written.filter((problem) => !problem.includes("Content Security Policy directive 'style-src"));
    problems.push(...unexpected);
    await this.page.keyboard.press(process.platform === 'darwin' ? 'Meta+V' : 'Control+V');
  }

  async back(): Promise<void> {
    await this.page.getByTestId('editor-back').click();
  }

  async screenshot(name: string, fullPage = false): Promise<string> {
    await mkdir(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `${name}.png`);
    await this.page.screenshot({ path: file, fullPage });
    return file;
  }
}
