import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererDist } from './harness/paths';

// What the window runs before it can show the library (docs/benchmarks.md, App start): the
// entry script index.html names. The story editor (Slate), the page desk and the IPC schemas
// (zod) load with the screens that need them; any of them back in the first script costs every
// start its parsing and compiling (zod alone was a fifth of that script).

function entrySources(): string[] {
  const html = readFileSync(path.join(rendererDist, 'index.html'), 'utf8');
  const entry = /<script[^>]+src="\.?\/?(assets\/index-[^"]+\.js)"/.exec(html)?.[1];
  expect(entry, 'index.html names its entry script').toBeTruthy();
  const map = JSON.parse(readFileSync(path.join(rendererDist, `${entry!}.map`), 'utf8')) as { sources: string[] };
  return map.sources;
}

describe('the window starts on a small script', () => {
  it('the first script holds the library, not the editor, the page desk or the schemas', () => {
    const sources = entrySources();
    expect(sources.some((s) => s.includes('renderer/src/library/library-view'))).toBe(true);
    expect(sources.filter((s) => /node_modules\/(zod|slate|slate-react)\//.test(s))).toEqual([]);
    expect(sources.filter((s) => /renderer\/src\/(editor|page-desk)\//.test(s))).toEqual([]);
    // The lazily loaded screens are there as scripts of their own.
    expect(readdirSync(path.join(rendererDist, 'assets')).some((f) => /^story-editor-screen-.*\.js$/.test(f))).toBe(true);
  });
});
