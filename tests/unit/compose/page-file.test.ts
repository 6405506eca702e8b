import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageFileError, parsePageDocument } from '../../../shared/compose/page-file';
import { pageJsonSchema } from '../../../shared/compose/page-schema';
import type { Frame } from '../../../shared/model/page';
import { at, pageDoc, story } from './compose-fixtures';

function problems(value: unknown, known?: Set<string>): string[] {
  try {
    parsePageDocument(typeof value === 'string' ? value : JSON.stringify(value), known);
  } catch (error) {
    expect(error).toBeInstanceOf(PageFileError);
    return (error as PageFileError).problems;
  }
  return [];
}

const valid = (): ReturnType<typeof pageDoc> =>
  pageDoc(
    [
      { id: 'a', kind: 'story', storyId: 's', area: at(0, 2, 0, 10), bodyColumns: 2, next: 'b' },
      { id: 'b', kind: 'story', storyId: 's', area: at(2, 2, 0, 10), bodyColumns: 2 },
      { id: 'p', kind: 'photo', area: at(4, 2, 0, 10), assetId: 'img', fit: 'crop', crop: { x: 0.1, y: 0.1, width: 0.5, height: 0.5 }, caption: '', credit: '' },
    ],
    { s: story(1) },
    { img: { file: 'photos/a.jpg' } },
  );

describe('page files', () => {
  it('accept a valid page', () => {
    expect(problems(valid())).toEqual([]);
  });

  it('name the field and the problem', () => {
    const doc = valid() as unknown as { frames: { area: Record<string, unknown> }[] };
    doc.frames[2]!.area.span = 0;
    expect(problems(doc)).toEqual(['frames[2].area.span: Too small: expected number to be >=1']);
  });

  it('refuse unknown keys, so a misspelt field is not silently ignored', () => {
    const doc = valid() as unknown as { frames: { area: Record<string, unknown> }[] };
    doc.frames[0]!.area.colum = 1;
    expect(problems(doc)[0]).toMatch(/^frames\[0\]\.area: Unrecognized key: "colum"/u);
  });

  it('check what the schema cannot: columns past the grid, threads, photos, crops', () => {
    const doc = valid();
    (doc.frames[0] as Extract<Frame, { kind: 'story' }>).area.column = 7;
    (doc.frames[1] as Extract<Frame, { kind: 'story' }>).next = 'a';
    (doc.frames[2] as Extract<Frame, { kind: 'photo' }>).assetId = 'missing';
    (doc.frames[2] as Extract<Frame, { kind: 'photo' }>).crop = { x: 0.8, y: 0, width: 0.5, height: 1 };
    expect(problems(doc)).toEqual([
      "frames[0].area.span: columns 7–8 run past the grid's 8 columns (0–7)",
      'frames[2].assetId: photo "missing" is not listed in assets',
      'frames[2].crop.width: x + width is more than the whole image (1)',
      'frames[0].next: the frames of story "s" continue in a circle',
    ]);
  });

  it('name unknown stories, unless a database has them', () => {
    const doc = valid();
    for (const f of doc.frames) if (f.kind === 'story') f.storyId = 'db-story';
    expect(problems(doc)).toEqual(['frames[0].storyId: no story "db-story" in the file\'s stories', 'frames[1].storyId: no story "db-story" in the file\'s stories']);
    expect(problems(doc, new Set(['db-story']))).toEqual([]);
  });

  it('say what is wrong with a file that is not a page file', () => {
    expect(problems('{ "format": "banmian-page", ')).toEqual([expect.stringMatching(/^\(file\): not valid JSON/u)]);
    expect(problems({ format: 'something-else' })).toEqual(['format: expected "banmian-page", found "something-else"']);
    expect(problems({ ...valid(), version: 2 })[0]).toMatch(/^version: this Banmian reads page files up to version 1/u);
    expect(problems({ ...valid(), assets: { img: {} } })).toEqual(['assets.img: give a "file" path or a "sha256" of a stored photo']);
  });

  it('have a committed JSON Schema that is the one generated from the model (npx tsx scripts/gen-page-schema.ts)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../../docs/page-format.schema.json'), 'utf8')) as unknown;
    expect(committed).toEqual(pageJsonSchema());
  });
});

describe('docs/page-format.md', () => {
  it('has an example page file that reads and composes (its photo aside)', async () => {
    const { compose } = await import('./compose-fixtures');
    const text = readFileSync(join(__dirname, '../../../docs/page-format.md'), 'utf8');
    const example = /## Example[\s\S]*?```json\n([\s\S]*?)\n```/u.exec(text)![1]!;
    const doc = parsePageDocument(example);
    const result = compose(doc, { portrait: { width: 1200, height: 1600, colorSpace: 'gray' } });
    expect(result.preflight).toEqual([]);
    expect(result.lines.map((l) => l.text)).toContain('朱光丽：用爱缔造生命奇迹');
  });
});
