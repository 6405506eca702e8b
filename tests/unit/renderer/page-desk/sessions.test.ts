import { afterEach, describe, expect, it, vi } from 'vitest';
import { BROADSHEET } from '../../../../shared/compose/templates';
import type { PageComposition, PageView } from '../../../../shared/ipc/page-contract';
import { IpcError } from '../../../../shared/ipc/result';
import { PAGE_FORMAT, PAGE_FORMAT_VERSION, type PageDocument } from '../../../../shared/model/page';
import { copyfitBadge } from '../../../../renderer/src/page-desk/workspace/copyfit';
import { PageComposer } from '../../../../renderer/src/page-desk/workspace/page-composer';
import { PageSaveSession } from '../../../../renderer/src/page-desk/workspace/page-save';
import { customTemplate, nextPageNumber, templateFacts, templateProblems, customFrom } from '../../../../renderer/src/page-desk/list/template-choice';
import { groupByEdition } from '../../../../renderer/src/page-desk/list/page-groups';

function doc(name = '要闻'): PageDocument {
  return { format: PAGE_FORMAT, version: PAGE_FORMAT_VERSION, page: { name, edition: '2024-03-01', number: 1, section: '' }, template: BROADSHEET, stories: {}, assets: {}, frames: [] };
}

function view(document: PageDocument, version: number): PageView {
  return { id: 'p1', name: document.page.name, editionDate: '2024-03-01', pageNumber: 1, section: '', version, updatedAt: `t${version}`, deletedAt: null, document };
}

afterEach(() => vi.useRealTimers());

describe('keeping the page in the store', () => {
  it('saves a moment after the last change, with the version it has', async () => {
    vi.useFakeTimers();
    const calls: unknown[] = [];
    const client = { call: vi.fn(async (_c: string, input: { version: number; document: PageDocument }) => (calls.push(input), view(input.document, input.version + 1))) };
    const session = new PageSaveSession(client as never, 'p1', view(doc(), 3), 1000);
    session.changed(doc('甲'));
    session.changed(doc('乙'));
    expect(session.getSnapshot().state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ version: 3, document: { page: { name: '乙' } } });
    expect(session.getSnapshot()).toMatchObject({ state: 'saved', version: 4 });
  });

  it('keeps both versions in a conflict and saves over theirs only when told to', async () => {
    const theirs = view(doc('别处的'), 5);
    let refuse = true;
    const client = {
      call: vi.fn(async (command: string, input: { version: number; document: PageDocument }) => {
        if (command === 'pages.get') return theirs;
        if (refuse) throw new IpcError({ code: 'conflict', message: 'saved elsewhere', details: { current: { version: 5 } } });
        return view(input.document, input.version + 1);
      }),
    };
    const session = new PageSaveSession(client as never, 'p1', view(doc(), 3), 0);
    session.changed(doc('我的'));
    await session.flush();
    expect(session.getSnapshot()).toMatchObject({ state: 'conflict', theirs: { version: 5 } });
    // Nothing more is sent while the conflict waits.
    session.changed(doc('我的，再改'));
    await session.flush();
    expect(client.call.mock.calls.filter(([c]) => c === 'pages.save')).toHaveLength(1);
    refuse = false;
    await session.keepMine();
    expect(client.call.mock.calls.at(-1)![1]).toMatchObject({ version: 5, document: { page: { name: '我的，再改' } } });
    expect(session.getSnapshot()).toMatchObject({ state: 'saved', version: 6 });
  });

  it('takes their version when told to, and has nothing left to save', async () => {
    const theirs = view(doc('别处的'), 5);
    const client = {
      call: vi.fn(async (command: string) => {
        if (command === 'pages.get') return theirs;
        throw new IpcError({ code: 'conflict', message: 'saved elsewhere', details: { current: { version: 5 } } });
      }),
    };
    const session = new PageSaveSession(client as never, 'p1', view(doc(), 3), 0);
    session.changed(doc('我的'));
    await session.flush();
    expect(session.takeTheirs()?.document.page.name).toBe('别处的');
    expect(session.getSnapshot()).toMatchObject({ state: 'saved', version: 5 });
    expect(session.dirty).toBe(false);
  });

  it('takes in a newer version from the newsroom when nothing is unsaved, and leaves unsaved work alone', async () => {
    let stored = view(doc('别处的'), 5);
    const client = {
      call: vi.fn(async (command: string, input: { version: number; document: PageDocument }) => {
        if (command === 'pages.get') return stored;
        stored = view(input.document, input.version + 1);
        return stored;
      }),
    };
    const session = new PageSaveSession(client as never, 'p1', view(doc(), 3), 1000);
    const taken = await session.remoteChanged();
    expect(taken?.document.page.name).toBe('别处的');
    expect(session.getSnapshot()).toMatchObject({ state: 'saved', version: 5 });
    expect(session.dirty).toBe(false);
    // The same version again: nothing to take in.
    expect(await session.remoteChanged()).toBeNull();
    // Unsaved work here: the newer version is not put over it (its save meets the conflict instead).
    session.changed(doc('我的'));
    stored = view(doc('又一版'), 6);
    expect(await session.remoteChanged()).toBeNull();
    expect(session.dirty).toBe(true);
    session.dispose();
  });
});

function composition(keys: string[]): PageComposition {
  return {
    page: { width: 1000, height: 1500, bleed: 8.5 },
    order: keys,
    items: Object.fromEntries(keys.map((k) => [k, { kind: 'rule', x1: 0, y1: 0, x2: 1, y2: 1, width: 1, color: [0, 0, 0, 1] }])),
    alternates: {},
    frames: [],
    preflight: [],
    faces: [],
    photos: {},
    ms: 1,
  };
}

describe('live composition in the main process', () => {
  it('sends one request at a time and then only the newest document (latest wins)', async () => {
    const resolvers: Array<() => void> = [];
    const sent: string[] = [];
    const client = {
      call: vi.fn((_c: string, input: { document: PageDocument }) => {
        sent.push(input.document.page.name);
        return new Promise<PageComposition>((resolve) => resolvers.push(() => resolve(composition([input.document.page.name]))));
      }),
    };
    const composer = new PageComposer(client as never);
    composer.request(doc('1'), 1);
    composer.request(doc('2'), 2);
    composer.request(doc('3'), 3);
    expect(sent).toEqual(['1']);
    resolvers.shift()!();
    await vi.waitFor(() => expect(sent).toEqual(['1', '3']));
    resolvers.shift()!();
    await vi.waitFor(() => expect(composer.getSnapshot().composed?.revision).toBe(3));
    expect(composer.getSnapshot().busy).toBe(false);
    // The second request named the items the window already held.
    expect(client.call.mock.calls[1]![1]).toMatchObject({ have: ['1'], resources: true });
  });
});

describe('copyfit badges', () => {
  const fit = (o: Partial<{ linesOver: number; charsOver: number; linesUnder: number; charsUnder: number }>, chain = ['a']) => ({
    frameId: chain[chain.length - 1]!,
    kind: 'story' as const,
    rect: { x: 0, y: 0, width: 1, height: 1 },
    lines: 10,
    story: { storyId: 's', chain, overset: null, copyfit: { linesAvailable: 50, linesUsed: 48, linesOver: 0, charsOver: 0, linesUnder: 0, charsUnder: 0, ...o } },
  });

  it('is red with the lines and characters over, blue when short, green when it fits', () => {
    expect(copyfitBadge(fit({ linesOver: 3, charsOver: 38 }))).toEqual({ tone: 'over', lines: 3, chars: 38 });
    expect(copyfitBadge(fit({ linesUnder: 2, charsUnder: 26 }))).toEqual({ tone: 'under', lines: 2, chars: 26 });
    expect(copyfitBadge(fit({}))).toEqual({ tone: 'fits', lines: 0, chars: 0 });
  });

  it('stands on the last frame of a thread only', () => {
    expect(copyfitBadge({ ...fit({}, ['a', 'b']), frameId: 'a' })).toBeNull();
    expect(copyfitBadge(fit({}, ['a', 'b']))).not.toBeNull();
  });
});

describe('templates and the page list', () => {
  it('makes a custom grid with the type area centred, and names what makes a template unusable', () => {
    const custom = customTemplate({ ...customFrom(BROADSHEET), width: 400 }, 'custom');
    expect(custom.margins.left).toBeCloseTo((400 - 352.425) / 2, 1);
    expect(templateFacts(BROADSHEET)).toMatchObject({ lines: 105 });
    expect(templateProblems(BROADSHEET)).toEqual([]);
    expect(templateProblems(customTemplate({ ...customFrom(BROADSHEET), width: 300, left: 10 }, 'narrow'))).toContain('too-wide');
    expect(templateProblems(customTemplate({ ...customFrom(BROADSHEET), baselinePitch: 8 }, 'tight'))).toContain('pitch-below-size');
  });

  it('lists editions newest first, pages by 版次, and finds the next free 版次', () => {
    const page = (editionDate: string, pageNumber: number) => ({ id: `${editionDate}-${pageNumber}`, name: '', editionDate, pageNumber, section: '', version: 1, updatedAt: '', deletedAt: null });
    const groups = groupByEdition([page('2024-02-20', 5), page('2024-02-21', 1), page('2024-02-20', 1)]);
    expect(groups.map((g) => [g.editionDate, g.pages.map((p) => p.pageNumber)])).toEqual([
      ['2024-02-21', [1]],
      ['2024-02-20', [1, 5]],
    ]);
    expect(nextPageNumber([page('2024-02-20', 1), page('2024-02-20', 2), page('2024-02-20', 4)], '2024-02-20')).toBe(3);
    expect(nextPageNumber([], '2024-02-20')).toBe(1);
  });
});
