/**
 * Newsroom benchmarks (issue 11): many desks against one CouchDB-protocol server, and the first
 * sync of a large archive to a new desk.
 *
 *   npx tsx bench/newsroom.ts desks   [--desks 50] [--edits 200] [--marks 20] [--processes 1] [--every 0]
 *   npx tsx bench/newsroom.ts archive [--stories 100000]
 *   npx tsx bench/newsroom.ts latency [--desks 30] [--saves 5]
 *
 * The server is pouchdb-server 4.2.0 (the tests' server) on loopback. Each desk has its own
 * SQLite file, its own LevelDB replica and its own live sync, as in the app; `--processes K`
 * spreads the desks over K child processes (1: all in one process). `desks`: each desk writes one
 * story, saves it `edits` times and adds `marks` proof marks while syncing — as fast as its process
 * can (burst), or with `--every MS` at an editor's pace: each desk on its own clock, a save every
 * MS ± 20 %, the desks' first saves spread over one interval; reported: the time from the last save until every desk has every story's
 * last text and every mark, the server's and the desks' CPU time, the desks' resident memory and
 * the load average. Progress (how many saves the desks are behind) goes to stderr every 5 s.
 * `archive`: the archive is written onto the server through `_bulk_docs`, then a new desk syncs
 * it all (`sync --once`'s path: replication, then the applier); reported: that initial sync's
 * time and the disk it takes on the desk (SQLite, replica) and on the server. `latency`: desks
 * idle and live, one save at a time on the first; the time until the others show it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { initNewsroom } from '../main/newsroom/server-setup';
import { docIdOf, type StoryDoc } from '../main/store/newsroom-docs';
import { emptyStoryFields } from '../shared/model/story';
import { paragraph } from '../tests/unit/store/sample-stories';
import { removeDesignDocument, startTestServer, type TestServer } from '../tests/unit/newsroom/newsroom-server';
import { deskFolder, openTestDesk, removeFolder, until, type TestDesk } from '../tests/unit/newsroom/test-desks';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

/** utime + stime of a process in seconds (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Bytes of the files in a folder (and its folders) whose names `which` accepts. */
function folderBytes(path: string, which: (name: string) => boolean = () => true): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) total += folderBytes(full, which);
    else if (which(entry.name)) total += statSync(full).size;
  }
  return total;
}

async function newsroom(desks = 2): Promise<{ server: TestServer; url: string; users: Array<{ name: string; password: string }> }> {
  const server = await startTestServer();
  const users = Array.from({ length: desks }, (_, index) => ({ name: `desk${index + 1}`, password: `pw${index + 1}`, roles: ['editor' as const] }));
  const { url } = await initNewsroom({ server: server.url, admin: server.admin, database: 'bench', users });
  // pouchdb-server drops replicated updates while a validate_doc_update is installed (docs/newsroom.md).
  await removeDesignDocument(server, url);
  return { server, url, users };
}

/** What the parent tells a desk group, and what a group reports back (process messages). */
interface GroupJob {
  url: string;
  users: Array<{ name: string; password: string }>;
  /** Every desk's user name: each desk waits for every story's last save. */
  everyone: string[];
  edits: number;
  marks: number;
  everyMs: number;
}
type GroupReport =
  | { kind: 'ready' }
  | { kind: 'behind'; saves: number; round: number; errors: number }
  | { kind: 'saved'; at: number }
  | { kind: 'converged'; at: number; rssMB: number; cpuSeconds: number; errors: Array<[string, number]> };

const headlineOf = (name: string, edit: number) => `${name} 第${edit}稿`;

/**
 * One process's desks (`--processes K` splits the desks into K of them): each desk writes one story,
 * saves it `edits` times and adds `marks` proof marks, round-robin with the other desks of the
 * group, then waits until it has every desk's last save and every mark.
 */
async function deskGroup(job: GroupJob, send: (report: GroupReport) => void, go: Promise<void>): Promise<void> {
  const desks: TestDesk[] = [];
  const dirs: string[] = [];
  /** Errors the desks reported (offline, refused…), by message: a run with any is not a clean measurement. */
  const errors = new Map<string, number>();
  try {
    for (const user of job.users) {
      const dir = deskFolder();
      dirs.push(dir);
      const onStatus = (status: { error: string | null }) => {
        if (status.error) errors.set(status.error, (errors.get(status.error) ?? 0) + 1);
      };
      desks.push(openTestDesk(dir, job.url, user, { pollMs: 250, maxBackOffMs: 2000, onStatus }));
    }
    for (const desk of desks) desk.desk.start();
    send({ kind: 'ready' });
    await go;
    let round = 0;
    // How far behind this group's desks are: saves not yet seen, summed over desk × story.
    const trace = setInterval(() => {
      let saves = 0;
      for (const desk of desks) {
        const seen = new Map(desk.store.stories.list().map((story) => [story.headline.split(' ')[0]!, Number(/第(\d+)稿$/.exec(story.headline)?.[1] ?? 0)]));
        for (const name of job.everyone) saves += Math.max(0, round - (seen.get(name) ?? 0));
      }
      send({ kind: 'behind', saves, round, errors: [...errors.values()].reduce((sum, n) => sum + n, 0) });
    }, 5000);
    const stories = desks.map((desk) => desk.store.stories.create({ headline: headlineOf(desk.name, 0), body: [paragraph('第0稿。')] }));
    const markEvery = Math.max(1, Math.floor(job.edits / Math.max(1, job.marks)));
    const edit = (desk: TestDesk, index: number, number: number) => {
      const story = desk.store.stories.get(stories[index]!.id);
      desk.store.stories.save(story.id, story.version, { headline: headlineOf(desk.name, number), body: [paragraph(`第${number}稿。`)] });
      if (number % markEvery === 0 && desk.store.annotations.listByStory(story.id).length < job.marks) {
        desk.store.annotations.create({ storyId: story.id, kind: 'comment', anchor: { path: [0], offset: 0, quote: '第' }, author: desk.name, body: `第${number}稿的批注` });
      }
    };
    if (job.everyMs > 0) {
      // Paced: each desk on its own clock, a save every `everyMs` ± 20 % (an editor's autosave
      // between bursts of typing), the desks' first saves spread over one interval.
      const done = desks.map(async (desk, index) => {
        let at = performance.now() + Math.random() * job.everyMs;
        for (let number = 1; number <= job.edits; number += 1) {
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));
          edit(desk, index, number);
          if (index === 0) round = number;
          at += job.everyMs * (0.8 + 0.4 * Math.random());
        }
      });
      await Promise.all(done);
      round = job.edits;
    } else {
      // Burst: round-robin, every desk of the process saving as fast as the process can.
      for (let number = 1; number <= job.edits; number += 1) {
        desks.forEach((desk, index) => edit(desk, index, number));
        round = number;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    send({ kind: 'saved', at: Date.now() });
    // Cheap to look at (the library list, no bodies parsed), so the check does not slow the desks it waits for.
    const last = new Set(job.everyone.map((name) => headlineOf(name, job.edits)));
    await until(() => desks.every((desk) => desk.store.stories.list().filter((story) => last.has(story.headline)).length === last.size), 'every desk has every last save', 30 * 60_000, 250);
    await until(
      () => desks.every((desk) => desk.store.stories.list().every((story) => desk.store.annotations.listByStory(story.id).length === job.marks)),
      'every desk has every mark',
      30 * 60_000,
      250,
    );
    const at = Date.now();
    clearInterval(trace);
    const usage = process.cpuUsage();
    send({ kind: 'converged', at, rssMB: Math.round(process.memoryUsage().rss / 2 ** 20), cpuSeconds: (usage.user + usage.system) / 1e6, errors: [...errors] });
  } finally {
    for (const desk of desks) await desk.close();
    for (const dir of dirs) removeFolder(dir);
  }
}

/** A desk group in a child process of its own, stopped by its PID if it outlives the run. */
function startGroup(job: GroupJob, onReport: (report: GroupReport) => void): { child: ChildProcess; go(): void; done: Promise<void> } {
  const child = fork(__filename, ['group'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  child.on('message', (message) => onReport(message as GroupReport));
  child.send(job);
  const done = new Promise<void>((resolve, reject) => child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a desk group exited with ${code}`)))));
  return { child, go: () => child.send('go'), done };
}

async function desksBenchmark(): Promise<void> {
  const count = option('desks', 50);
  const edits = option('edits', 200);
  const marks = option('marks', 20);
  const processes = Math.min(count, option('processes', 1));
  const everyMs = option('every', 0);
  const { server, url, users } = await newsroom(count);
  const everyone = users.map((user) => user.name);
  const groups: Array<ReturnType<typeof startGroup>> = [];
  const ready: Array<Promise<void>> = [];
  const saved: number[] = [];
  const converged: Array<Extract<GroupReport, { kind: 'converged' }>> = [];
  const behind = new Map<number, { saves: number; round: number; errors: number }>();
  const started = Date.now();
  const serverCpuBefore = cpuSeconds(server.pid);
  const trace = setInterval(() => {
    const saves = [...behind.values()].reduce((sum, group) => sum + group.saves, 0);
    const round = Math.min(...[...behind.values()].map((group) => group.round));
    const errors = [...behind.values()].reduce((sum, group) => sum + group.errors, 0);
    console.error(
      `${((Date.now() - started) / 1000).toFixed(0)} s: round ${round}, ${(saves / (count * count)).toFixed(1)} saves behind on average, ${errors} desk errors, server CPU ${(cpuSeconds(server.pid) - serverCpuBefore).toFixed(0)} s, load ${loadavg()[0]!.toFixed(1)}`,
    );
  }, 5000);
  try {
    for (let group = 0; group < processes; group += 1) {
      const mine = users.filter((_, index) => index % processes === group);
      let markReady = () => {};
      ready.push(new Promise((resolve) => (markReady = resolve)));
      groups.push(
        startGroup({ url, users: mine, everyone, edits, marks, everyMs }, (report) => {
          if (report.kind === 'ready') markReady();
          else if (report.kind === 'behind') behind.set(group, report);
          else if (report.kind === 'saved') saved.push(report.at);
          else converged.push(report);
        }),
      );
    }
    await Promise.all(ready);
    const loadAtStart = loadavg()[0]!;
    const goAt = Date.now();
    for (const group of groups) group.go();
    await Promise.all(groups.map((group) => group.done));
    const lastSave = Math.max(...saved);
    const allConverged = Math.max(...converged.map((report) => report.at));
    const serverCpu = cpuSeconds(server.pid) - serverCpuBefore;
    const rssMB = converged.reduce((sum, report) => sum + report.rssMB, 0);
    console.log(
      JSON.stringify(
        {
          desks: count,
          processes,
          editsPerDesk: edits,
          marksPerDesk: marks,
          saveEveryMs: everyMs,
          savingSeconds: +((lastSave - goAt) / 1000).toFixed(1),
          convergedAfterLastSaveSeconds: +((allConverged - lastSave) / 1000).toFixed(2),
          serverCpuSeconds: +serverCpu.toFixed(1),
          deskCpuSeconds: +converged.reduce((sum, report) => sum + report.cpuSeconds, 0).toFixed(1),
          deskRssMB: rssMB,
          rssPerDeskMB: +(rssMB / count).toFixed(1),
          loadAverage: { atStart: +loadAtStart.toFixed(1), atEnd: +loadavg()[0]!.toFixed(1) },
          errors: converged.flatMap((report) => report.errors),
        },
        null,
        2,
      ),
    );
  } finally {
    clearInterval(trace);
    for (const group of groups) if (group.child.exitCode === null) process.kill(group.child.pid!, 'SIGKILL');
    await server.stop();
  }
}

/**
 * The archive goes onto the server through its own `_bulk_docs` (as the server administrator, in
 * chunks of `chunk`): documents shaped as a desk writes them, revision 1 each.
 */
async function fillArchive(server: TestServer, url: string, total: number, author: string, chunk = 2000): Promise<void> {
  const body = [paragraph('市道清中学校史馆里，退休教师为学生讲述建校以来的故事。'.repeat(12))];
  const at = new Date('2026-11-01T08:00:00Z').toISOString();
  const authorization = `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`;
  for (let start = 0; start < total; start += chunk) {
    const docs = Array.from({ length: Math.min(chunk, total - start) }, (_, index) => {
      const doc: StoryDoc = {
        type: 'story',
        fields: { ...emptyStoryFields(), headline: `档案 ${start + index + 1}`, body },
        deletedAt: null,
        createdAt: at,
        updatedAt: at,
        createdBy: author,
        editedBy: author,
        editedAt: at,
      };
      return { _id: docIdOf('story', randomUUID()), ...doc };
    });
    const response = await fetch(`${url}/_bulk_docs`, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify({ docs }) });
    if (!response.ok) throw new Error(`_bulk_docs answered ${response.status}: ${await response.text()}`);
  }
}

async function archiveBenchmark(): Promise<void> {
  const total = option('stories', 100_000);
  const { server, url, users } = await newsroom();
  const newDir = deskFolder();
  const fresh = openTestDesk(newDir, url, users[1]!);
  try {
    const fillStarted = performance.now();
    await fillArchive(server, url, total, users[0]!.name);
    const filled = performance.now();
    const loadAtStart = loadavg()[0]!;
    const serverCpuBefore = cpuSeconds(server.pid);
    const cpuBefore = process.cpuUsage();
    const result = await fresh.desk.syncOnce();
    const received = performance.now();
    const cpu = process.cpuUsage(cpuBefore);
    const stories = fresh.store.stories.list().length;
    console.log(
      JSON.stringify(
        {
          stories: total,
          receivedStories: stories,
          appliedInOnePass: result.received.changed.story.length,
          serverFilledSeconds: +((filled - fillStarted) / 1000).toFixed(1),
          initialSyncSeconds: +((received - filled) / 1000).toFixed(1),
          deskCpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(1),
          serverCpuSeconds: +(cpuSeconds(server.pid) - serverCpuBefore).toFixed(1),
          deskRssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
          newDeskSqliteMB: +(folderBytes(newDir, (name) => name.startsWith('banmian.db')) / 2 ** 20).toFixed(1),
          newDeskReplicaMB: +(folderBytes(join(newDir, 'banmian.replica')) / 2 ** 20).toFixed(1),
          serverDiskMB: +(folderBytes(server.dir) / 2 ** 20).toFixed(1),
          loadAverage: { atStart: +loadAtStart.toFixed(1), atEnd: +loadavg()[0]!.toFixed(1) },
        },
        null,
        2,
      ),
    );
  } finally {
    await fresh.close();
    await server.stop();
    removeFolder(newDir);
  }
}

function hasStory(desk: TestDesk, id: string): boolean {
  try {
    desk.store.stories.get(id);
    return true;
  } catch {
    return false;
  }
}

/**
 * One save at a time on desk 1 while the other desks sit idle, live: the time until the replica
 * has it, the server has it, half the desks and every desk show it in their library.
 */
async function latencyBenchmark(): Promise<void> {
  const count = option('desks', 30);
  const saves = option('saves', 5);
  const { server, url, users } = await newsroom(count);
  const dirs = users.map(() => deskFolder());
  const desks = users.map((user, index) => openTestDesk(dirs[index]!, url, user, { pollMs: 250, maxBackOffMs: 2000 }));
  const authorization = `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`;
  try {
    for (const desk of desks) desk.desk.start();
    await until(() => desks.every((desk) => desk.desk.status().state === 'online'), 'every desk online', 120_000, 100);
    const [first, ...others] = desks;
    const rows: Array<Record<string, number>> = [];
    for (let save = 0; save < saves; save += 1) {
      const loadNow = loadavg()[0]!;
      const started = performance.now();
      const story = first!.store.stories.create({ headline: `探针 ${save}`, body: [paragraph('第一稿。')] });
      const docId = docIdOf('story', story.id);
      const seen = new Map<TestDesk, number>();
      const stamps: Record<string, number> = {};
      await until(
        async () => {
          stamps.replica ??= (await first!.replica.get(docId).then(() => performance.now() - started, () => undefined)) as number;
          if (stamps.server === undefined) {
            const response = await fetch(`${url}/${encodeURIComponent(docId)}`, { headers: { authorization } });
            if (response.ok) stamps.server = performance.now() - started;
          }
          // One row by id (not the library list), so the watching does not slow the desks it watches.
          for (const desk of others) if (!seen.has(desk) && hasStory(desk, story.id)) seen.set(desk, performance.now() - started);
          return seen.size === others.length;
        },
        'every desk has the save',
        120_000,
        50,
      );
      const times = [...seen.values()].sort((x, y) => x - y);
      rows.push({ ...stamps, halfTheDesks: times[Math.floor(times.length / 2)]!, everyDesk: times[times.length - 1]!, load: loadNow });
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const ms = (value: number) => Math.round(value);
    console.log(JSON.stringify({ desks: count, ms: rows.map((row) => ({ replica: ms(row.replica!), server: ms(row.server!), halfTheDesks: ms(row.halfTheDesks!), everyDesk: ms(row.everyDesk!), load: +row.load!.toFixed(1) })) }, null, 2));
  } finally {
    for (const desk of desks) await desk.close();
    await server.stop();
    for (const dir of dirs) removeFolder(dir);
  }
}

const which = process.argv[2];
if (which === 'group') {
  // A desk group (desksBenchmark): the job comes first, then 'go'.
  let go = () => {};
  const started = new Promise<void>((resolve) => (go = resolve));
  const send = (report: GroupReport) => process.send?.(report);
  process.once('message', (job) => {
    process.on('message', (message) => message === 'go' && go());
    deskGroup(job as GroupJob, send, started).then(
      () => process.disconnect(),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
} else {
  const runs: Record<string, () => Promise<void>> = { desks: desksBenchmark, archive: archiveBenchmark, latency: latencyBenchmark };
  const run = which ? runs[which] : undefined;
  if (run) {
    run().catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
  } else {
    console.error('usage: npx tsx bench/newsroom.ts desks|archive|latency [options]');
    process.exitCode = 2;
  }
}
