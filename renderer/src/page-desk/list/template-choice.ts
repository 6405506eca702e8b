import { TEMPLATES, type TemplateName } from '../../../../shared/compose/templates';
import type { PageTemplate } from '../../../../shared/model/page';
import { ptToMm } from '../../../../shared/model/units';

/**
 * Page templates for a new page: the built-in broadsheet (对开, 8 columns), tabloid (四开) and A3,
 * or a custom size and grid. A custom grid is given the way a make-up editor states it —
 * columns × characters of body type, gutter in characters — and its type area is centred on
 * the trim unless a left margin is given.
 */

export type TemplateKey = TemplateName | 'custom';

export interface CustomTemplate {
  width: number;
  height: number;
  top: number;
  bottom: number;
  /** null: centre the type area across the trim. */
  left: number | null;
  bleed: number;
  columns: number;
  charsPerColumn: number;
  gutterChars: number;
  bodySize: number;
  baselinePitch: number;
}

export function customFrom(template: PageTemplate): CustomTemplate {
  return {
    width: template.trim.width,
    height: template.trim.height,
    top: template.margins.top,
    bottom: template.margins.bottom,
    left: null,
    bleed: template.bleed,
    ...template.grid,
  };
}

/** Width of the type area the grid makes, mm. */
export function typeAreaWidthMm(grid: Pick<CustomTemplate, 'columns' | 'charsPerColumn' | 'gutterChars' | 'bodySize'>): number {
  const pt = grid.columns * grid.charsPerColumn * grid.bodySize + (grid.columns - 1) * grid.gutterChars * grid.bodySize;
  return ptToMm(pt);
}

const round2 = (v: number): number => Math.round(v * 100) / 100;

export function customTemplate(custom: CustomTemplate, name: string): PageTemplate {
  const typeWidth = typeAreaWidthMm(custom);
  const left = custom.left ?? round2((custom.width - typeWidth) / 2);
  return {
    name,
    trim: { width: custom.width, height: custom.height },
    margins: { top: custom.top, bottom: custom.bottom, left, right: round2(Math.max(0, custom.width - left - typeWidth)) },
    bleed: custom.bleed,
    grid: {
      columns: custom.columns,
      charsPerColumn: custom.charsPerColumn,
      gutterChars: custom.gutterChars,
      bodySize: custom.bodySize,
      baselinePitch: custom.baselinePitch,
    },
  };
}

export function templateFor(key: TemplateKey, custom: CustomTemplate, customName: string): PageTemplate {
  return key === 'custom' ? customTemplate(custom, customName) : structuredClone(TEMPLATES[key]);
}

export interface TemplateFacts {
  typeWidthMm: number;
  typeHeightMm: number;
  lines: number;
}

export function templateFacts(template: PageTemplate): TemplateFacts {
  const typeHeightMm = template.trim.height - template.margins.top - template.margins.bottom;
  return {
    typeWidthMm: round2(typeAreaWidthMm(template.grid)),
    typeHeightMm: round2(typeHeightMm),
    lines: Math.max(0, Math.floor((typeHeightMm * 72) / 25.4 / template.grid.baselinePitch)),
  };
}

export type TemplateProblem = 'too-wide' | 'too-short' | 'pitch-below-size';

/** What makes a template unusable, checked before the page is made. */
export function templateProblems(template: PageTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const facts = templateFacts(template);
  if (template.margins.left + facts.typeWidthMm > template.trim.width + 0.01) problems.push('too-wide');
  if (facts.lines < 10) problems.push('too-short');
  if (template.grid.baselinePitch < template.grid.bodySize) problems.push('pitch-below-size');
  return problems;
}

/** The next free 版次 on an edition date. */
export function nextPageNumber(pages: ReadonlyArray<{ editionDate: string; pageNumber: number }>, editionDate: string): number {
  const taken = new Set(pages.filter((p) => p.editionDate === editionDate).map((p) => p.pageNumber));
  let n = 1;
  while (taken.has(n)) n++;
  return n;
}
