import type { Locator, Page } from 'playwright-core';

/** What a test reads and does with proofreading marks in the story editor, in the user's terms. */
export class ProofPage {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByTestId('proof-panel');
  }

  /** Sets the workstation's user name in the status bar. */
  async setUser(name: string): Promise<void> {
    const field = this.page.getByTestId('user-name');
    await field.fill(name);
    await field.press('Enter');
  }

  /** The text each mark covers in the body, as drawn (widgets left out), by mark id. */
  async drawn(): Promise<Record<string, string>> {
    return this.page.getByTestId('body-editor').evaluate((root) => {
      const out: Record<string, string> = {};
      for (const leaf of Array.from(root.querySelectorAll('[data-mark-ids]'))) {
        const copy = leaf.cloneNode(true) as Element;
        copy.querySelectorAll('.mark-widget').forEach((widget) => widget.remove());
        const text = (copy.textContent ?? '').replace(/[\uFEFF\u200B]/g, '');
        for (const id of (leaf.getAttribute('data-mark-ids') ?? '').split(' ')) out[id] = (out[id] ?? '') + text;
      }
      return out;
    });
  }

  /** Widgets (suggested insertions, ¶ …) in the body, in document order. */
  async widgets(): Promise<{ id: string; kind: string; text: string }[]> {
    return this.page.getByTestId('body-editor').evaluate((root) =>
      Array.from(root.querySelectorAll('.mark-widget'), (node) => ({
        id: node.getAttribute('data-mark-id') ?? '',
        kind: Array.from(node.classList).find((c) => c.startsWith('mark-widget-'))?.slice('mark-widget-'.length) ?? '',
        text: node.textContent ?? '',
      })),
    );
  }

  item(id: string): Locator {
    return this.panel.locator(`[data-mark-id="${id}"]`);
  }

  async itemIds(): Promise<string[]> {
    return this.panel.locator('.mark-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-mark-id') ?? ''));
  }

  /** Opens the composer on the current selection, picks the kind, fills the correction and note, and adds the mark. */
  async mark(kind: string, options: { text?: string; note?: string } = {}): Promise<void> {
    await this.page.getByTestId('tool-mark').click();
    const composer = this.page.getByTestId('mark-composer');
    await composer.waitFor();
    await composer.getByTestId('mark-kind').selectOption(kind);
    if (options.text !== undefined) await composer.getByTestId('mark-text').fill(options.text);
    if (options.note !== undefined) await composer.getByTestId('mark-note').fill(options.note);
    await composer.getByTestId('mark-create').click();
    await composer.waitFor({ state: 'detached' });
  }

  async action(id: string, action: string): Promise<void> {
    await this.item(id).locator(`[data-action="${action}"]`).click();
  }
}
