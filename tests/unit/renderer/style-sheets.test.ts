import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The renderer's style sheets: one owner per class, colours and spacing only from tokens.
const rendererSrc = path.resolve(__dirname, '../../../renderer/src');
const sheets = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sheets(path.join(dir, entry.name)) : entry.name.endsWith('.css') ? [path.join(dir, entry.name)] : [],
  );
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//gu, '');

/** The selector lists of a sheet's top-level rule blocks; at-rules (@media, @keyframes, @font-face) are skipped whole. */
function topLevelSelectorLists(css: string): string[] {
  const lists: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') {
      const prelude = css.slice(start, i).trim();
      if (depth === 0 && !prelude.startsWith('@')) lists.push(prelude);
      depth++;
    } else if (css[i] === '}') {
      depth--;
      if (depth === 0) start = i + 1;
    } else if (css[i] === ';' && depth === 0) start = i + 1;
  }
  return lists;
}

describe('renderer style sheets', () => {
  const files = sheets(rendererSrc);

  it('define each class (as a selector of its own) in one sheet only', () => {
    const owners = new Map<string, Set<string>>();
    for (const file of files) {
      for (const [, selectors] of withoutComments(readFileSync(file, 'utf8')).matchAll(/([^{}]+)\{/gu)) {
        for (const selector of selectors!.split(',').map((s) => s.trim())) {
          if (!/^\.[\w-]+$/u.test(selector)) continue;
          owners.set(selector, (owners.get(selector) ?? new Set()).add(path.relative(rendererSrc, file)));
        }
      }
    }
    expect([...owners].filter(([, where]) => where.size > 1).map(([selector, where]) => `${selector}: ${[...where].join(', ')}`)).toEqual([]);
  });

  it('give each selector one rule block per sheet (outside media queries), so a rule is read in one place', () => {
    const twice = files.flatMap((file) => {
      const count = new Map<string, number>();
      for (const list of topLevelSelectorLists(withoutComments(readFileSync(file, 'utf8')))) {
        for (const selector of list.split(',').map((s) => s.trim().replace(/\s+/gu, ' '))) count.set(selector, (count.get(selector) ?? 0) + 1);
      }
      return [...count].filter(([, n]) => n > 1).map(([selector, n]) => `${path.relative(rendererSrc, file)}: ${selector} in ${n} blocks`);
    });
    expect(twice).toEqual([]);
  });

  it('take colours from custom properties: a hex colour appears only where a token is defined', () => {
    const literals = files.flatMap((file) =>
      withoutComments(readFileSync(file, 'utf8'))
        .split('\n')
        .flatMap((line, i) => (/#[0-9a-f]{3,8}\b/iu.test(line) && !/^\s*--[\w-]+\s*:/u.test(line) && !/^(\s*--[\w-]+: #[0-9a-f]+;)+\s*$/iu.test(line) ? [`${path.relative(rendererSrc, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(literals).toEqual([]);
  });

  it('take margins, padding and gaps from the spacing scale: no px literal that is a step of it', () => {
    const tokens = readFileSync(path.join(rendererSrc, 'styles/tokens.css'), 'utf8');
    const steps = new Set([...tokens.matchAll(/--space-\d+:\s*(\d+px);/gu)].map(([, value]) => value!));
    expect(steps.size).toBeGreaterThan(5);
    const literals = files.flatMap((file) =>
      withoutComments(readFileSync(file, 'utf8'))
        .split('\n')
        .flatMap((line, i) => {
          const spacing = /^\s*(?:margin|padding|gap|row-gap|column-gap)(?:-[a-z-]+)?\s*:([^;]+)/u.exec(line);
          const onScale = (spacing?.[1]?.match(/(?<![\w.-])\d+px\b/gu) ?? []).filter((value) => steps.has(value));
          return onScale.length > 0 ? [`${path.relative(rendererSrc, file)}:${i + 1}: ${line.trim()}`] : [];
        }),
    );
    expect(literals).toEqual([]);
  });
});
