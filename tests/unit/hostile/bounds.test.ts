import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePageDocument, PageFileError } from '../../../shared/compose/page-file';
import { STORY_MAX_CHARS } from '../../../shared/model/bounds';
import type { PageDocument } from '../../../shared/model/page';
import { cli, oneLine, pageWith, useDesk } from './hostile-fixtures';

// Item 3 of issue 16: every number and string of the page format and the contract is bounded,
// and the refusal names the field. Each case is a page (or payload) a real desk never makes.

type Patch = (doc: PageDocument) => void;
const story = (doc: PageDocument) => doc.frames[0] as Extract<PageDocument['frames'][number], { kind: 'story' }>;

const HUGE_PAGES: Array<[string, string, Patch]> = [
  ['depth 1e9', 'frames[0].area.depth', (d) => void (story(d).area.depth = 1e9)],
  ['depth 1e7', 'frames[0].area.depth', (d) => void (story(d).area.depth = 1e7)],
  ['line 1e9', 'frames[0].area.line', (d) => void (story(d).area.line = 1e9)],
  ['span 1e6', 'frames[0].area.span', (d) => void (story(d).area.span = 1e6)],
  ['column -1', 'frames[0].area.column', (d) => void (story(d).area.column = -1)],
  ['dx 1e308', 'frames[0].area.dx', (d) => void (story(d).area.dx = 1e308)],
  ['dy -1e308', 'frames[0].area.dy', (d) => void (story(d).area.dy = -1e308)],
  ['dw 1e9', 'frames[0].area.dw', (d) => void (story(d).area.dw = 1e9)],
  ['dh 1e9', 'frames[0].area.dh', (d) => void (story(d).area.dh = 1e9)],
  ['headline depth 1e9', 'frames[0].headline.depth', (d) => void (story(d).headline!.depth = 1e9)],
  ['headline size 1e6', 'frames[0].headline.size', (d) => void (story(d).headline!.size = 1e6)],
  ['trim width 1e9', 'template.trim.width', (d) => void (d.template.trim.width = 1e9)],
  ['bleed 1e9', 'template.bleed', (d) => void (d.template.bleed = 1e9)],
  ['grid columns 1e6', 'template.grid.columns', (d) => void (d.template.grid.columns = 1e6)],
  ['page number 1e9', 'page.number', (d) => void (d.page.number = 1e9)],
  ['edition 2024-13-45', 'page.edition', (d) => void (d.page.edition = '2024-13-45')],
  ['edition 2023-02-29', 'page.edition', (d) => void (d.page.edition = '2023-02-29')],
  ['a 100 000-character page name', 'page.name', (d) => void (d.page.name = '版'.repeat(100_000))],
  ['a 1 000-character headline', 'stories.s.headline', (d) => void (d.stories.s!.headline = '标'.repeat(1000))],
  ['a story of 250 000 characters', 'stories.s.body', (d) => void (d.stories.s!.body = [{ type: 'paragraph', children: [{ text: '字'.repeat(250_000) }] }])],
  ['20 000 paragraphs', 'stories.s.body', (d) => void (d.stories.s!.body = Array.from({ length: 20_000 }, () => ({ type: 'paragraph' as const, children: [{ text: '段' }] })))],
  ['a 100 000-character caption', 'frames[1].caption', (d) => void ((d.frames[1] as { caption: string }).caption = '说'.repeat(100_000))],
  ['a 1 000-character frame id', 'frames[1].id', (d) => void (d.frames[1]!.id = 'x'.repeat(1000))],
  ['a face id with a path in it', 'frames[0].headline.face', (d) => void (story(d).headline!.face = '../../etc/passwd')],
  ['5 000 frames', 'frames', (d) => void (d.frames = Array.from({ length: 5000 }, (_, i) => ({ ...d.frames[1]!, id: `p${i}` })))],
  ['2 000 stories', 'stories', (d) => void (d.stories = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`s${i}`, d.stories.s!])))],
];

describe('a page file out of bounds is refused, naming the field', () => {
  it.each(HUGE_PAGES)('refused: %s', (_name, field, patch) => {
    const doc = pageWith({ file: 'photo.jpg' }, patch);
    let problems: string[] = [];
    try {
      parsePageDocument(JSON.stringify(doc));
    } catch (error) {
      expect(error).toBeInstanceOf(PageFileError);
      problems = (error as PageFileError).problems;
    }
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.startsWith(field), problems[0]).toBe(true);
    expect(problems[0]!.length).toBeLessThan(300);
  });

  it('accepted: the largest bounds together still parse (a 2000-line frame, ±2000 mm offsets, a 200 000-character story)', () => {
    const doc = pageWith({ file: 'photo.jpg' }, (d) => {
      Object.assign(story(d).area, { line: 0, depth: 2000, dx: 2000, dy: -2000 });
      d.stories.s!.body = [{ type: 'paragraph', children: [{ text: '字'.repeat(STORY_MAX_CHARS) }] }];
    });
    expect(parsePageDocument(JSON.stringify(doc)).frames).toHaveLength(2);
  });
});

describe('the same through the CLI and the window', () => {
  const desk = useDesk();

  it.each(HUGE_PAGES.slice(0, 6))('refused: banmian compose with %s exits 1 naming the field', async (_name, field, patch) => {
    const file = join(desk.dir, 'huge.json');
    writeFileSync(file, JSON.stringify(pageWith({ file: 'photo.jpg' }, patch)));
    const result = await cli('compose', file, '--out', join(desk.dir, 'huge.pdf'));
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${field}:`);
  });

  it.each(HUGE_PAGES.slice(0, 6))('refused: pages.compose with %s', async (_name, field, patch) => {
    const outcome = await desk.call('pages.compose', { document: pageWith({ sha256: '0'.repeat(64) }, patch) });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.message).toContain(`document.${field.replace(/\[(\d+)\]/gu, '.$1')}:`);
  });

  const PAYLOADS: Array<[string, string, unknown, string]> = [
    ['a 52-million-character headline', 'stories.create', { headline: '标'.repeat(52_000_000) }, 'headline'],
    ['a headline of 1 000 characters', 'stories.create', { headline: '标'.repeat(1000) }, 'headline'],
    ['a story body of 300 000 characters', 'stories.create', { body: [{ type: 'paragraph', children: [{ text: '字'.repeat(300_000) }] }] }, 'body'],
    ['10 000 bylines', 'stories.create', { bylines: Array.from({ length: 10_000 }, () => ({ role: 'reporter', label: '本报记者', names: ['甲'] })) }, 'bylines'],
    ['a section filter of 1 MB', 'stories.list', { section: 'x'.repeat(1_000_000) }, 'section'],
    ['an anchor path [1e9]', 'annotations.create', { storyId: 's', kind: 'comment', author: '甲', anchor: { path: [1e9], offset: 0, quote: '' } }, 'anchor.path.0'],
    ['an anchor offset 1e12', 'annotations.create', { storyId: 's', kind: 'comment', author: '甲', anchor: { path: [0], offset: 1e12, quote: '' } }, 'anchor.offset'],
    ['a story id of 10 000 characters', 'stories.get', { id: 'x'.repeat(10_000) }, 'id'],
    ['a version of 1e308', 'stories.save', { id: 'x', version: 1e308, fields: {} }, 'version'],
    ['a page duplicated to 2024-02-30', 'pages.duplicate', { id: 'x', editionDate: '2024-02-30', pageNumber: 1 }, 'editionDate'],
    ['drafts keyed by a 1 MB id', 'pages.compose', { document: pageWith({ sha256: '0'.repeat(64) }), drafts: { ['k'.repeat(1_000_000)]: {} } }, 'drafts'],
  ];

  it.each(PAYLOADS)('refused: %s (%s)', async (_name, command, input, field) => {
    const outcome = await desk.call(command, input);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('invalid-input');
    expect(outcome.error.message).toContain(`${field}`);
    expect(outcome.error.message.length).toBeLessThan(2000);
    expect(oneLine(outcome.error.message)).toBe(true);
    expect((await desk.call('app.info', {})).ok).toBe(true);
  });
});
