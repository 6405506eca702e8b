import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { resultsDir } from './paths';

export interface FileToImport {
  name: string;
  /** Omit for a file read from `path`. */
  buffer?: Buffer;
  path?: string;
}

export interface HitView {
  id: string;
  headline: string;
  snippet: string;
  marks: string[];
}

/** What a test reads and does in the story library, in the user's terms. */
export class LibraryPage {
  constructor(readonly page: Page) {}

  get rows(): Locator {
    // Story rows only: the rows off screen are stood in for by spacer rows.
    return this.page.locator('[data-testid=story-table] tbody tr[data-story-id]');
  }

  get importStatus(): Locator {
    return this.page.getByTestId('import-status');
  }

  get searchBox(): Locator {
    return this.page.locator('input[type=search]');
  }

  /** The headlines in the table, top to bottom. */
  async headlines(): Promise<string[]> {
    if ((await this.page.getByTestId('story-table').count()) === 0) return [];
    return this.rows.locator('.headline').allInnerTexts();
  }

  /** Picks files through the import button's file input, as the file chooser does. */
  async importThroughInput(files: FileToImport[]): Promise<void> {
    const payloads = await Promise.all(
      files.map(async (file) => ({
        name: file.name,
        mimeType: 'application/octet-stream',
        buffer: file.path ? await readFile(file.path) : (file.buffer ?? Buffer.alloc(0)),
      })),
    );
    await this.page.getByTestId('import-input').setInputFiles(payloads);
  }

  /** Drops files onto the window with a real DataTransfer, as dragging from the file manager does. */
  async dropFiles(files: Array<{ name: string; text: string }>, whileDragging?: () => Promise<void>): Promise<void> {
    const transfer = await this.page.evaluateHandle((list) => {
      const data = new DataTransfer();
      for (const file of list) data.items.add(new File([file.text], file.name, { type: 'text/plain' }));
      return data;
    }, files);
    for (const type of ['dragenter', 'dragover']) await this.page.dispatchEvent('main.content', type, { dataTransfer: transfer });
    await whileDragging?.();
    await this.page.dispatchEvent('main.content', 'drop', { dataTransfer: transfer });
    await transfer.dispose();
  }

  /** Waits for the import to finish and returns the message the user reads. */
  async importOutcome(): Promise<{ kind: 'success' | 'warning' | 'error'; text: string }> {
    const done = this.page.locator('[data-testid=import-status]:is(.notice-success, .notice-warning, .notice-error)');
    await done.waitFor({ state: 'visible' });
    const className = (await done.getAttribute('class')) ?? '';
    const kind = className.includes('notice-error') ? 'error' : className.includes('notice-warning') ? 'warning' : 'success';
    return { kind, text: (await done.innerText()).trim() };
  }

  async dismissImportStatus(): Promise<void> {
    await this.importStatus.getByRole('button').click();
    await this.importStatus.waitFor({ state: 'detached' });
  }

  /** Types a query and returns the results once the store has answered, best first. */
  async search(query: string): Promise<HitView[]> {
    await this.searchBox.fill(query);
    await this.page.locator('[data-testid=search-results][aria-busy=false] .results-summary', { hasText: query }).waitFor({ state: 'visible' });
    return this.page.locator('.hit').evaluateAll((items) =>
      items.map((item) => ({
        id: item.getAttribute('data-story-id') ?? '',
        headline: item.querySelector('.headline')?.textContent ?? '',
        snippet: item.querySelector('.snippet')?.textContent ?? '',
        marks: Array.from(item.querySelectorAll('.snippet mark'), (mark) => mark.textContent ?? ''),
      })),
    );
  }

  async clearSearch(): Promise<void> {
    await this.searchBox.fill('');
    await this.page.getByTestId('story-table').or(this.page.locator('.placeholder.empty')).waitFor({ state: 'visible' });
  }

  /** Waits until the table shows `count` rows (it refreshes on stories.changed). */
  async waitForRowCount(count: number): Promise<void> {
    await this.page.waitForFunction(
      (expected) => document.querySelectorAll('[data-testid=story-table] tbody tr[data-story-id]').length === expected,
      count,
    );
  }

  async screenshot(name: string): Promise<string> {
    await mkdir(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `${name}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
    return file;
  }
}
