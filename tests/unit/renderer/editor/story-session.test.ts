import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../../main/ipc/dispatch';
import type { Handlers } from '../../../../main/ipc/handler-types';
import { createHandlers } from '../../../../main/ipc/handlers';
import { openStore } from '../../../../main/store/open-store';
import type { Store } from '../../../../main/store/store-types';
import { createBridge, createClient, type BanmianClient } from '../../../../shared/ipc/client';
import type { Story } from '../../../../shared/ipc/contract-types';
import type { StoryFields } from '../../../../shared/model/story';
import { storyFieldsOf } from '../../../../shared/model/story';
import { AUTOSAVE_DELAY_MS, StorySession } from '../../../../renderer/src/editor/saving/story-session';

// The session on the real contract, dispatch, handlers and an in-memory SQLite store:
// what the editor saves is what the store keeps, versions and conflicts included.

const paragraph = (text: string) => [{ type: 'paragraph' as const, children: [{ text }] }];

describe('StorySession', () => {
  let store: Store;
  let handlers: Handlers;
  let client: BanmianClient;
  let story: Story;
  let onScreen: StoryFields;
  let composing: boolean;
  let applied: Story[];
  let undoable: boolean[];
  let session: StorySession;

  const host = {
    read: () => onScreen,
    apply: (stored: Story, options?: { undoable: boolean }) => {
      applied.push(stored);
      undoable.push(options?.undoable ?? false);
      onScreen = storyFieldsOf(stored);
    },
    isComposing: () => composing,
  };

  /** What this window types: a change on screen, then the session told. */
  const type = (patch: Partial<StoryFields>) => {
    onScreen = { ...onScreen, ...patch };
    session.changed();
  };
  /** Another window's save, straight through the handlers. */
  const elsewhere = async (patch: Partial<StoryFields>) => {
    const current = store.stories.get(story.id);
    return handlers['stories.save']({ id: story.id, version: current.version, fields: patch });
  };
  const settle = () => vi.waitFor(() => expect(session.getSnapshot().state).not.toBe('saving'));

  beforeEach(() => {
    vi.useFakeTimers();
    store = openStore(':memory:');
    handlers = createHandlers({ store, appInfo: () => ({ name: 'Banmian', version: 'test', dataDir: '', shell: 'harness' }) });
    client = createClient(createBridge((command, input) => dispatch(handlers, command, input), () => () => undefined));
    story = store.stories.create({ headline: '骑手之家', body: paragraph('初稿') });
    onScreen = storyFieldsOf(story);
    composing = false;
    applied = [];
    undoable = [];
    session = new StorySession(client, story, host);
  });

  afterEach(() => {
    session.dispose();
    store.close();
    vi.useRealTimers();
  });

  it('saves 800 ms after the last change, with the version it is based on', async () => {
    type({ headline: '骑' });
    await vi.advanceTimersByTimeAsync(500);
    type({ headline: '骑手驿站' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(store.stories.get(story.id).version).toBe(1);
    expect(session.getSnapshot().state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(store.stories.get(story.id)).toMatchObject({ version: 2, headline: '骑手驿站' });
    expect(session.getSnapshot()).toMatchObject({ state: 'saved', version: 2 });
    expect(store.stories.revisions(story.id).map((revision) => revision.version)).toEqual([1]);
  });

  it('saves at once on flush (blur, leaving the story)', async () => {
    type({ body: paragraph('改过的正文') });
    await session.flush();
    expect(store.stories.get(story.id).body).toEqual(paragraph('改过的正文'));
  });

  it('does not save while an IME composition is open, and saves when it ends', async () => {
    type({ body: paragraph('初稿加') });
    composing = true;
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(store.stories.get(story.id).version).toBe(1);
    composing = false;
    onScreen = { ...onScreen, body: paragraph('初稿加记者') };
    session.compositionEnded();
    await vi.advanceTimersByTimeAsync(0);
    await settle();
    expect(store.stories.get(story.id).body).toEqual(paragraph('初稿加记者'));
  });

  it('in a conflict writes nothing, keeps both versions, and "keep mine" saves over theirs', async () => {
    await elsewhere({ headline: '他们的标题' });
    type({ headline: '我的标题' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await settle();
    const snapshot = session.getSnapshot();
    expect(snapshot.state).toBe('conflict');
    expect(snapshot.theirs).toMatchObject({ version: 2, headline: '他们的标题' });
    expect(onScreen.headline).toBe('我的标题');
    expect(applied).toEqual([]);

    // Typing on does not save over theirs while the choice is open.
    type({ subtitle: '副题' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(store.stories.get(story.id)).toMatchObject({ version: 2, headline: '他们的标题' });

    await session.keepMine();
    expect(store.stories.get(story.id)).toMatchObject({ version: 3, headline: '我的标题', subtitle: '副题' });
    expect(store.stories.revisions(story.id).find((revision) => revision.version === 2)?.fields.headline).toBe('他们的标题');
    expect(session.getSnapshot()).toMatchObject({ state: 'saved', version: 3, theirs: null });
  });

  it('"keep theirs" keeps mine as a revision first, then shows and stores theirs', async () => {
    await elsewhere({ body: paragraph('他们的正文') });
    type({ body: paragraph('我的正文') });
    await session.flush();
    expect(session.getSnapshot().state).toBe('conflict');

    await session.keepTheirs();
    const current = store.stories.get(story.id);
    expect(current).toMatchObject({ version: 4, body: paragraph('他们的正文') });
    const mine = store.stories.revisions(story.id).find((revision) => revision.version === 3);
    expect(mine?.fields.body).toEqual(paragraph('我的正文'));
    expect(onScreen.body).toEqual(paragraph('他们的正文'));
    expect(session.getSnapshot()).toMatchObject({ state: 'saved', version: 4, keptAsVersion: 3 });
  });

  it('settles an open conflict without overwriting anything when the editor is left', async () => {
    await elsewhere({ headline: '他们的标题' });
    type({ headline: '我的标题' });
    await session.flush();
    expect(session.getSnapshot().state).toBe('conflict');
    await session.leave();
    expect(store.stories.get(story.id).headline).toBe('他们的标题');
    expect(store.stories.revisions(story.id).some((revision) => revision.fields.headline === '我的标题')).toBe(true);
  });

  it('offers another window’s save in a banner instead of putting it under the caret; loading it is one undoable step', async () => {
    await elsewhere({ body: paragraph('别处保存的') });
    await session.remoteChanged();
    expect(applied).toEqual([]);
    expect(onScreen.body).toEqual(paragraph('初稿'));
    expect(session.getSnapshot()).toMatchObject({ state: 'saved', version: 1, newer: { version: 2 } });

    await session.loadNewer();
    expect(applied.map((stored) => stored.version)).toEqual([2]);
    expect(undoable).toEqual([true]);
    expect(onScreen.body).toEqual(paragraph('别处保存的'));
    expect(session.getSnapshot()).toMatchObject({ state: 'saved', version: 2, newer: null });

    // Its own save coming back as stories.changed offers nothing.
    type({ headline: '新标题' });
    await session.flush();
    await session.remoteChanged();
    expect(session.getSnapshot().newer).toBeNull();
    expect(applied).toHaveLength(1);
  });

  it('compares the offered version in the conflict view; keeping theirs then writes nothing of its own', async () => {
    await elsewhere({ headline: '别处的标题' });
    await session.remoteChanged();
    session.compareNewer();
    expect(session.getSnapshot()).toMatchObject({ state: 'conflict', theirs: { version: 2, headline: '别处的标题' }, newer: null });
    await session.keepTheirs();
    expect(onScreen.headline).toBe('别处的标题');
    expect(store.stories.get(story.id).version).toBe(2);
    expect(session.getSnapshot()).toMatchObject({ state: 'saved', version: 2 });
  });

  it('typing while a newer version is offered: the save meets the ordinary conflict, nothing typed is lost', async () => {
    await elsewhere({ headline: '别处的标题' });
    await session.remoteChanged();
    type({ body: paragraph('初稿，本窗口补充') });
    await session.loadNewer(); // typed meanwhile: nothing is replaced
    await settle();
    expect(applied).toEqual([]);
    expect(session.getSnapshot()).toMatchObject({ state: 'conflict', theirs: { headline: '别处的标题' }, newer: null });
    expect(onScreen.body).toEqual(paragraph('初稿，本窗口补充'));
  });

  it('takes in a status-only change silently (placed on a page, sent to proofing): nothing under the caret moves', async () => {
    await elsewhere({ status: 'editing' });
    await session.remoteChanged();
    expect(applied.map((stored) => stored.status)).toEqual(['editing']);
    expect(session.getSnapshot()).toMatchObject({ state: 'saved', version: 2, newer: null });
  });

  it('leaves a remote save alone while this window has unsaved changes (the save then meets the conflict)', async () => {
    type({ headline: '本窗口的修改' });
    await elsewhere({ headline: '别处的修改' });
    await session.remoteChanged();
    expect(applied).toEqual([]);
    expect(onScreen.headline).toBe('本窗口的修改');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await settle();
    expect(session.getSnapshot().state).toBe('conflict');
  });

  it('waits for a composition to end before offering a remote save', async () => {
    composing = true;
    await elsewhere({ headline: '别处的修改' });
    await session.remoteChanged();
    expect(session.getSnapshot().newer).toBeNull();
    composing = false;
    session.compositionEnded();
    await vi.waitFor(() => expect(session.getSnapshot().newer?.headline).toBe('别处的修改'));
    expect(applied).toEqual([]);
  });

  it('stops saving a story deleted elsewhere, and goes on once it is restored', async () => {
    await handlers['stories.delete']({ id: story.id });
    await session.remoteChanged();
    expect(session.getSnapshot().state).toBe('deleted');
    type({ headline: '删除后打的字' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(store.stories.get(story.id).headline).toBe('骑手之家');

    await handlers['stories.restore']({ id: story.id });
    await session.remoteChanged();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await settle();
    expect(store.stories.get(story.id).headline).toBe('删除后打的字');
  });
});
