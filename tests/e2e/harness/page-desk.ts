import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { gridGeometry, type GridGeometry } from '../../../shared/compose/grid-geometry';
import type { GridArea, PageTemplate } from '../../../shared/model/page';
import { resultsDir } from './paths';

/** A set line as the page view draws it: the glyph runs of one line of one frame, read from the SVG. */
export interface ScreenLine {
  frame: string;
  line: number;
  column: number;
  block: string;
  text: string;
  /** Left edge of the first glyph, pt from the trim's left edge. */
  x: number;
  /** Baseline, pt from the trim's top edge. */
  y: number;
  size: number;
}

/** What a test reads and does in the page list and the page workspace, in a make-up editor's terms. */
export class PageDesk {
  private geometry: GridGeometry;

  constructor(
    readonly page: Page,
    template: PageTemplate,
  ) {
    this.geometry = gridGeometry(template);
  }

  get workspace(): Locator {
    return this.page.getByTestId('page-workspace');
  }

  /** Waits until the page on screen is the composition of the document as it stands, in its fonts. */
  async waitComposed(): Promise<void> {
    await this.page.waitForFunction(
      () => {
        const ws = document.querySelector('[data-testid=page-workspace]');
        return ws?.getAttribute('data-fonts-ready') === 'true' && ws.getAttribute('data-revision') === ws.getAttribute('data-composed-revision');
      },
      undefined,
      { timeout: 30_000 },
    );
  }

  async waitSaved(): Promise<void> {
    await this.page.locator('[data-testid=page-workspace][data-save-state=saved]').waitFor({ state: 'attached', timeout: 15_000 });
  }

  /** The screen point at the middle of grid cell (column, line), 0-based. */
  async cellPoint(column: number, line: number): Promise<{ x: number; y: number }> {
    const svg = this.page.getByTestId('page-svg');
    const box = (await svg.boundingBox())!;
    const scale = Number(await svg.getAttribute('data-scale'));
    const pad = Number(await svg.getAttribute('data-pad'));
    // Wider on the left while the proof layer's notes are shown.
    const padLeft = Number(await svg.getAttribute('data-pad-left'));
    const g = this.geometry;
    const x = g.typeArea.x + column * (g.columnWidth + g.gutter) + g.columnWidth / 2;
    const y = g.typeArea.y + (line + 0.5) * g.pitch;
    return { x: box.x + (x + padLeft) * scale, y: box.y + (y + pad) * scale };
  }

  /** Presses on `source` and drags it onto the page, letting go over grid cell (column, line). */
  async dragOnto(source: Locator, column: number, line: number): Promise<string> {
    const from = (await source.boundingBox())!;
    const to = await this.cellPoint(column, line);
    await this.page.mouse.move(from.x + from.width / 2, from.y + Math.min(12, from.height / 2));
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 20, from.y + 20, { steps: 2 });
    await this.page.mouse.move(to.x, to.y, { steps: 6 });
    await this.page.getByTestId('placement-preview').waitFor({ state: 'attached' });
    await this.page.mouse.up();
    return this.selectedId();
  }

  async selectedId(): Promise<string> {
    const selected = this.page.locator('[data-testid=frame-overlay] .frame.selected');
    await selected.first().waitFor({ state: 'attached' });
    return (await selected.first().getAttribute('data-frame-id')) ?? '';
  }

  /** Clicks a frame where no other frame lies over it. */
  async select(id: string, modifiers: Array<'Shift'> = []): Promise<void> {
    const point = await this.page.evaluate((frameId) => {
      const rect = document.querySelector(`[data-frame-id="${frameId}"] .frame-hit`)!.getBoundingClientRect();
      for (let fy = 0.1; fy < 1; fy += 0.1) {
        for (let fx = 0.1; fx < 1; fx += 0.2) {
          const x = rect.left + rect.width * fx;
          const y = rect.top + rect.height * fy;
          if (document.elementFromPoint(x, y)?.closest('[data-frame-id]')?.getAttribute('data-frame-id') === frameId) return { x, y };
        }
      }
      return null;
    }, id);
    if (!point) throw new Error(`frame ${id} is covered everywhere`);
    for (const key of modifiers) await this.page.keyboard.down(key);
    await this.page.mouse.click(point.x, point.y);
    for (const key of modifiers) await this.page.keyboard.up(key);
  }

  /** Types a frame's place into the inspector (columns and lines counted from 1, as on screen). */
  async setArea(area: GridArea, prefix = 'area'): Promise<void> {
    const field = (name: string) => this.page.getByTestId(`${prefix}-${name}`);
    // First to the top-left corner, so the size can grow; then where it goes.
    await field('column').fill('1');
    await field('line').fill('1');
    await field('span').fill(String(area.span));
    await field('depth').fill(String(area.depth));
    await field('column').fill(String(area.column + 1));
    await field('line').fill(String(area.line + 1));
  }

  async fill(testId: string, value: string): Promise<void> {
    await this.page.getByTestId(testId).fill(value);
  }

  /** From the page list: a new broadsheet page in the given slot, opened in the workspace and composed. */
  async newBroadsheet(slot: { edition: string; number: number; name: string; section: string }): Promise<void> {
    await this.page.getByTestId('page-list').waitFor();
    await this.page.getByTestId('new-page').click();
    await this.fill('new-edition', slot.edition);
    await this.fill('new-number', String(slot.number));
    await this.fill('new-name', slot.name);
    await this.fill('new-section', slot.section);
    await this.page.getByTestId('template-broadsheet').check();
    await this.page.getByTestId('new-page-create').click();
    await this.workspace.waitFor();
    await this.waitComposed();
  }

  /** Every line the page view draws, from the SVG's text elements (the display list as drawn). */
  async screenLines(): Promise<ScreenLine[]> {
    return this.page.locator('[data-testid=display-list] text.dl-text').evaluateAll((nodes) => {
      const lines = new Map<string, { frame: string; line: number; column: number; block: string; text: string; x: number; y: number; size: number }>();
      for (const node of nodes) {
        const frame = node.getAttribute('data-frame') ?? '';
        const line = Number(node.getAttribute('data-line'));
        const key = `${frame}#${line}`;
        const xAttr = node.getAttribute('x') ?? node.querySelector('tspan')?.getAttribute('x') ?? '';
        const x = Number(xAttr.split(' ')[0]);
        const entry = lines.get(key);
        if (entry) {
          entry.text += node.textContent ?? '';
          entry.x = Math.min(entry.x, x);
        } else {
          lines.set(key, {
            frame,
            line,
            column: Number(node.getAttribute('data-column')),
            block: node.getAttribute('data-block') ?? '',
            text: node.textContent ?? '',
            x,
            y: Number(node.getAttribute('y')),
            size: Number(node.getAttribute('font-size')),
          });
        }
      }
      return [...lines.values()];
    });
  }

  async screenshot(name: string): Promise<string> {
    await mkdir(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}
