import { describe, expect, it } from 'vitest';
import type { Store } from '../../../main/store/store-types';
import type { MarkConflict, PageConflict, SlotConflict } from '../../../shared/ipc/newsroom-contract';
import type { Task } from '../../../shared/model/assignment';
import { paragraph } from '../store/sample-stories';
import { handlerDeskSuite, type HandlerDesk } from './handler-desks';
import { until } from './test-desks';

type Desk = HandlerDesk;

/**
 * Assignments, replicated history and the page and mark conflict views, on desks built as the
 * app builds them (store, NewsroomService, the IPC handlers) and one pouchdb-server on loopback.
 * The design document is removed after init (pouchdb-server 4.2.0 drops replicated updates
 * under any validate_doc_update, see newsroom-sync.test.ts); the roles are in newsroom-roles.test.ts.
 */
describe('assignments, shared history and page conflicts between desks', { timeout: 90_000 }, () => {
  const newsroom = handlerDeskSuite('tasks', [
    { name: 'bo', password: 'pw-bo', roles: ['editor'] },
    { name: 'pei', password: 'pw-pei', roles: ['proofreader'] },
    { name: 'wang', password: 'pw-wang', roles: ['page_editor'] },
  ]);
  const desks = newsroom.desks;
  const openDesk = (user: string): Desk => desks.open(user);

  const mine = (desk: Desk, me = '') => (desk.handlers['tasks.mine']({ me }) as { me: string; tasks: Task[] });

  it('an assignment made on A shows in 我的任务 on B, newest first, with its status and who assigned it', async () => {
    const a = openDesk('bo');
    const b = openDesk('pei');
    await a.join();
    await b.join();
    const first = a.store.stories.create({ headline: '冬至的饺子', body: [paragraph('正文。')] });
    const second = a.store.stories.create({ headline: '地铁夜班', body: [paragraph('正文。')] });
    a.handlers['tasks.assign']({ kind: 'story', itemId: first.id, assignee: 'pei', by: 'ignored outside a newsroom' });
    // Routing: sending the second story to proofing gives it to the proofreader in the same step.
    const routed = a.handlers['stories.setStatus']({ id: second.id, version: 1, status: 'proofing', author: '柏编辑', assignTo: 'pei' }) as { assignment?: { id: string } };
    expect(routed.assignment).toBeDefined();

    // An assignment may arrive before its story (the view reads again on stories.changed): wait for both.
    await until(() => mine(b).tasks.length === 2 && mine(b).tasks.every((task) => task.title !== '' && task.itemStatus !== null), 'both assignments in pei’s 我的任务, with their stories');
    const { me, tasks } = mine(b, 'whatever the window says');
    expect(me).toBe('pei');
    expect(tasks.map((task) => [task.title, task.assignedBy, task.status, task.itemStatus])).toEqual([
      ['地铁夜班', 'bo', 'proofing', 'proofing'],
      ['冬至的饺子', 'bo', null, 'draft'],
    ]);
    // The window was told, so an open 我的任务 reads its list again.
    // (Told after the bridge's step ends, which may be a moment after the rows are in SQLite.)
    await until(
      () => b.events.some(({ event, payload }) => event === 'tasks.changed' && (payload as { ids: string[] }).ids.includes(routed.assignment!.id)),
      'tasks.changed on B',
    );
    // Giving the story back to bo takes it off pei's list on both desks; the one on duty for proofing is pei.
    b.handlers['tasks.assign']({ kind: 'story', itemId: first.id, assignee: 'bo', by: 'pei' });
    await until(() => mine(a).tasks.some((task) => task.itemId === first.id), 'the story back on bo’s list');
    expect(mine(b).tasks.map((task) => task.title)).toEqual(['地铁夜班']);
    const people = (await a.handlers['tasks.people']({})) as { people: string[]; directory: Array<{ name: string }>; onDuty: Record<string, string> };
    expect(people.onDuty.proofing).toBe('pei');
    // The page editor wang was never assigned nor seen on A: the newsroom's directory offers him.
    expect(people.directory.map((person) => person.name)).toEqual(['bo', 'pei', 'wang']);
    expect(people.people).toEqual(['bo', 'pei', 'wang']);
    expect(a.store.assignments.ofItem('story', first.id).map((item) => [item.assignee, item.assignedBy])).toEqual([
      ['bo', 'pei'],
      ['pei', 'bo'],
    ]);
  });

  it('revisions and status changes replicate: both desks show the same history with who saved each version', async () => {
    const [a, b] = desks.all as [Desk, Desk];
    const story = a.store.stories.create({ headline: '初稿', body: [paragraph('一。')] });
    a.store.stories.save(story.id, 1, { body: [paragraph('一。二。')] });
    await until(() => b.store.stories.list().some((item) => item.id === story.id && item.version >= 1) && b.store.stories.get(story.id).body.length === 1 && JSON.stringify(b.store.stories.get(story.id).body).includes('二'), 'the story on B');
    // pei (proofreader) changes its status on B; bo edits it again on A once that arrived.
    b.handlers['stories.setStatus']({ id: story.id, version: b.store.stories.get(story.id).version, status: 'editing', author: '裴校对' });
    await until(() => a.store.stories.get(story.id).status === 'editing', 'the status on A');
    a.handlers['stories.setStatus']({ id: story.id, version: a.store.stories.get(story.id).version, status: 'proofing', author: '柏编辑' });
    a.store.stories.save(story.id, a.store.stories.get(story.id).version, { headline: '定稿' });

    const history = (desk: Desk) =>
      JSON.stringify({
        revisions: (desk.handlers['stories.revisions']({ id: story.id }) as ReturnType<Store['stories']['revisions']>).map(({ id, savedAt, savedBy, fields }) => ({ id, savedAt, savedBy, fields })),
        status: (desk.handlers['stories.statusHistory']({ id: story.id }) as Array<{ from: string; to: string; author: string; at: string }>).map(({ from, to, author, at }) => ({ from, to, author, at })),
      });
    await until(() => b.store.stories.get(story.id).headline === '定稿' && history(a) === history(b), 'the same history on both desks');
    const shown = JSON.parse(history(b)) as { revisions: Array<{ savedBy: string; fields: { headline: string; status: string } }>; status: Array<{ to: string; author: string }> };
    expect(shown.status.map((change) => [change.to, change.author])).toEqual([
      ['editing', '裴校对'],
      ['proofing', '柏编辑'],
    ]);
    // Newest first: the version before 定稿 was bo's status change; the one before it pei's.
    expect(shown.revisions.map((revision) => [revision.fields.headline, revision.fields.status, revision.savedBy])).toEqual([
      ['初稿', 'proofing', 'bo'],
      ['初稿', 'editing', 'pei'],
      ['初稿', 'draft', 'bo'],
      ['初稿', 'draft', 'bo'],
    ]);
    await until(
      () => b.events.some(({ event, payload }) => event === 'history.changed' && (payload as { storyIds: string[] }).storyIds.includes(story.id)),
      'history.changed on B',
    );
  });

  it('a page edited apart on two desks: both versions are shown with the frames moved, added and removed; the pick goes to both', async () => {
    const a = openDesk('wang');
    const [, b] = desks.all as [Desk, Desk];
    await a.join();
    const frame = (id: string, column: number, line: number) => ({ id, kind: 'rule', area: { column, span: 2, line, depth: 1 } });
    const page = a.store.pages.create({ editionDate: '2026-12-22', pageNumber: 3, document: { template: { grid: { columns: 8 } }, frames: [frame('r1', 0, 0), frame('r2', 2, 5)] } });
    await until(() => b.store.pages.list().some((item) => item.id === page.id), 'the page on B');

    await a.leave();
    await b.leave();
    a.store.pages.save(page.id, a.store.pages.get(page.id).version, { document: { template: { grid: { columns: 8 } }, frames: [frame('r1', 4, 0), frame('r2', 2, 5), frame('r3', 0, 9)] } });
    b.store.pages.save(page.id, b.store.pages.get(page.id).version, { document: { template: { grid: { columns: 8 } }, frames: [frame('r1', 0, 0)] } });
    // The same slot taken offline on both desks.
    const slotA = a.store.pages.create({ editionDate: '2026-12-24', pageNumber: 1, name: 'A 的头版' });
    const slotB = b.store.pages.create({ editionDate: '2026-12-24', pageNumber: 1, name: 'B 的头版' });
    await a.join();
    await b.join();

    const conflictsOn = (desk: Desk) => desk.handlers['newsroom.pageConflicts']({ pageId: page.id }) as PageConflict[];
    await until(() => conflictsOn(a).length === 1 && conflictsOn(b).length === 1, 'the page conflict on both desks');
    for (const desk of [a, b]) {
      const [conflict] = conflictsOn(desk);
      expect(conflict!.sides).toHaveLength(2);
      const other = conflict!.sides.find((side) => !side.shown)!;
      const fromA = desk === a ? conflict!.sides.find((side) => side.shown)! : other;
      expect(fromA.editedBy).toBe('wang');
      expect(fromA.frames.map((box) => box.id)).toEqual(['r1', 'r2', 'r3']);
      // What the other desk did, against the version this desk shows.
      if (desk === b) expect({ added: other.diff.added.map((box) => box.id), moved: other.diff.moved.map((change) => change.id), removed: other.diff.removed }).toEqual({ added: ['r2', 'r3'], moved: ['r1'], removed: [] });
      else expect({ added: other.diff.added, moved: other.diff.moved.map((change) => change.id), removed: other.diff.removed.map((box) => box.id) }).toEqual({ added: [], moved: ['r1'], removed: ['r2', 'r3'] });
      // Nothing is replaced until someone chooses.
      expect((desk.store.pages.get(page.id).document as { frames: unknown[] }).frames).toHaveLength(desk === a ? 3 : 1);
    }

    // The slot: each desk shows the other desk's page waiting for 2026-12-24 第1版.
    const slotsOn = (desk: Desk) => desk.handlers['newsroom.slotConflicts']({}) as Promise<SlotConflict[]>;
    await until(async () => (await slotsOn(a)).length === 1 && (await slotsOn(b)).length === 1, 'the slot conflict shown on both desks');
    expect(await slotsOn(a)).toEqual([expect.objectContaining({ pageId: slotB.id, name: 'B 的头版', pageNumber: 1, holder: { pageId: slotA.id, name: 'A 的头版' }, freeNumber: 2 })]);

    // On B the page editor keeps A's version; on A B's front page becomes 第2版.
    const pick = conflictsOn(b)[0]!.sides.find((side) => !side.shown)!;
    b.handlers['newsroom.resolvePage']({ pageId: page.id, rev: pick.rev });
    await a.handlers['newsroom.resolveSlot']({ pageId: slotB.id, pageNumber: 2 });
    const frameIds = (desk: Desk) => ((desk.store.pages.get(page.id).document as { frames: Array<{ id: string; area: { column: number } }> }).frames).map((f) => `${f.id}@${f.area.column}`);
    await until(
      () => [a, b].every((desk) => conflictsOn(desk).length === 0 && frameIds(desk).join() === 'r1@4,r2@2,r3@0'),
      'A’s version on both desks, no conflict left',
    );
    const slot = (desk: Desk) => desk.store.pages.list({ editionDate: '2026-12-24' }).map((item) => `${item.pageNumber}:${item.name}`).sort().join();
    await until(() => slot(a) === '1:A 的头版,2:B 的头版' && slot(b) === slot(a), 'both front pages on both desks, B’s as 第2版');
    expect(await slotsOn(b)).toEqual([]);
  });

  it('a proof mark changed on two desks apart: both versions shown, the pick goes to both', async () => {
    const [a, b] = [desks.all[0]!, desks.all[1]!];
    const story = a.store.stories.create({ headline: '标记冲突', body: [paragraph('核实这句话。')] });
    const mark = a.store.annotations.create({ storyId: story.id, kind: 'comment', anchor: { path: [0], offset: 0, quote: '核实' }, author: '柏', body: '请核实' });
    await until(() => b.store.annotations.listByStory(story.id).length === 1, 'the mark on B');
    await a.leave();
    await b.leave();
    a.store.annotations.update(mark.id, { body: '请核实出处' });
    b.store.annotations.updateStatus(mark.id, 'resolved', '裴');
    await a.join();
    await b.join();
    const conflictsOn = (desk: Desk) => desk.handlers['newsroom.markConflicts']({ storyId: story.id }) as MarkConflict[];
    await until(() => conflictsOn(a).length === 1 && conflictsOn(b).length === 1, 'the mark conflict on both desks');
    const sides = conflictsOn(a)[0]!.sides;
    expect(sides.map((side) => `${side.body}/${side.status}`).sort()).toEqual(['请核实/resolved', '请核实出处/open']);
    a.handlers['newsroom.resolveMark']({ markId: mark.id, rev: sides.find((side) => side.status === 'resolved')!.rev });
    await until(() => [a, b].every((desk) => conflictsOn(desk).length === 0 && desk.store.annotations.get(mark.id).status === 'resolved'), 'the pick on both desks');
  });
});
