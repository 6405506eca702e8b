/**
 * Newsroom benchmarks (issue 11): many desks against one CouchDB-protocol server, and the first
 * sync of a large archive to a new desk.
 *
 *   npx tsx bench/newsroom.ts desks   [--desks 50] [--edits 200] [--marks 20]
 *   npx tsx bench/newsroom.ts archive [--stories 100000]
 *
 * The server is pouchdb-server 4.2.0 (the tests' server) on loopback. Desks are replicas in this
 * one process: each has its own SQLite file, its own LevelDB replica and its own live sync.
 * `desks`: each desk writes one story and saves it `edits` times and adds `marks` proof marks
 * while syncing; reported: the time from the last save until every desk has every story's last
 * text and every mark, the server's CPU time and this process's resident memory. `archive`:
 * one desk writes the archive and sends it, then a new desk syncs it all (`sync --once`'s path);
 * reported: that initial sync's time and the new desk's disk use (SQLite + replica).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { initNewsroom } from '../main/newsroom/server-setup';
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

function folderBytes(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return total;
}

async function newsroom(): Promise<{ server: TestServer; url: string; users: Array<{ name: string; password: string }> }> {
  const server = await startTestServer();
  const users = Array.from({ length: 50 }, (_, index) => ({ name: `desk${index + 1}`, password: `pw${index + 1}`, roles: ['editor' as const] }));
  const { url } = await initNewsroom({ server: server.url, admin: server.admin, database: 'bench', users });
  // pouchdb-server drops replicated updates while a validate_doc_update is installed (docs/newsroom.md).
  await removeDesignDocument(server, url);
  return { server, url, users };
}

async function desksBenchmark(): Promise<void> {
  const count = option('desks', 50);
  const edits = option('edits', 200);
  const marks = option('marks', 20);
  const { server, url, users } = await newsroom();
  const desks: TestDesk[] = [];
  const dirs: string[] = [];
  try {
    for (let index = 0; index < count; index += 1) {
      const dir = deskFolder();
      dirs.push(dir);
      desks.push(openTestDesk(dir, url, users[index]!, { pollMs: 250, maxBackOffMs: 2000 }));
    }
    const serverCpuBefore = cpuSeconds(server.pid);
    for (const desk of desks) desk.desk.start();
    const started = performance.now();
    const stories = desks.map((desk) => desk.store.stories.create({ headline: `${desk.name} 的稿`, body: [paragraph('第0稿。')] }));
    // Round-robin: every desk saves once per round, as desks would while working side by side.
    for (let edit = 1; edit <= edits; edit += 1) {
      desks.forEach((desk, index) => {
        const story = desk.store.stories.get(stories[index]!.id);
        desk.store.stories.save(story.id, story.version, { headline: `${desk.name} 第${edit}稿`, body: [paragraph(`第${edit}稿。`)] });
        if (edit % Math.max(1, Math.floor(edits / marks)) === 0 && desk.store.annotations.listByStory(story.id).length < marks) {
          desk.store.annotations.create({ storyId: story.id, kind: 'comment', anchor: { path: [0], offset: 0, quote: '第' }, author: desk.name, body: `第${edit}稿的批注` });
        }
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
    const lastSave = performance.now();
    // Cheap to look at (the library list, no bodies parsed), so the check does not slow the desks it waits for.
    const converged_ = (desk: TestDesk) => {
      const headlines = new Set(desk.store.stories.list().map((story) => story.headline));
      return desks.every((other) => headlines.has(`${other.name} 第${edits}稿`));
    };
    await until(() => desks.every(converged_), 'every desk has every last save', 30 * 60_000, 500);
    await until(
      () => desks.every((desk) => stories.every((story) => desk.store.annotations.listByStory(story.id).length === marks)),
      'every desk has every mark',
      30 * 60_000,
      500,
    );
    const converged = performance.now();
    const serverCpu = cpuSeconds(server.pid) - serverCpuBefore;
    const rss = process.memoryUsage().rss;
    console.log(
      JSON.stringify(
        {
          desks: count,
          editsPerDesk: edits,
          marksPerDesk: marks,
          savingSeconds: +((lastSave - started) / 1000).toFixed(1),
          convergedAfterLastSaveSeconds: +((converged - lastSave) / 1000).toFixed(2),
          serverCpuSeconds: +serverCpu.toFixed(1),
          serverCpuPercentOfWall: +((serverCpu / ((converged - started) / 1000)) * 100).toFixed(0),
          processRssMB: Math.round(rss / 2 ** 20),
          rssPerDeskMB: +(rss / 2 ** 20 / count).toFixed(1),
        },
        null,
        2,
      ),
    );
  } finally {
    for (const desk of desks) await desk.close();
    await server.stop();
    for (const dir of dirs) removeFolder(dir);
  }
}

async function archiveBenchmark(): Promise<void> {
  const total = option('stories', 100_000);
  const { server, url, users } = await newsroom();
  const [sourceDir, newDir] = [deskFolder(), deskFolder()];
  const source = openTestDesk(sourceDir, url, users[0]!);
  const fresh = openTestDesk(newDir, url, users[1]!);
  try {
    const body = [paragraph('市道清中学校史馆里，退休教师为学生讲述建校以来的故事。'.repeat(12))];
    for (let start = 0; start < total; start += 1000) {
      source.store.stories.createMany(Array.from({ length: Math.min(1000, total - start) }, (_, index) => ({ headline: `档案 ${start + index + 1}`, body })));
    }
    const sendStarted = performance.now();
    await source.desk.syncOnce();
    const sent = performance.now();
    const result = await fresh.desk.syncOnce();
    const received = performance.now();
    const stories = fresh.store.stories.list().length;
    console.log(
      JSON.stringify(
        {
          stories: total,
          receivedStories: stories,
          appliedInOnePass: result.received.changed.story.length,
          sendFromFirstDeskSeconds: +((sent - sendStarted) / 1000).toFixed(1),
          initialSyncSeconds: +((received - sent) / 1000).toFixed(1),
          newDeskSqliteMB: +(statSync(fresh.dbPath).size / 2 ** 20).toFixed(1),
          newDeskReplicaMB: +(folderBytes(join(newDir, 'banmian.replica')) / 2 ** 20).toFixed(1),
          serverDiskMB: +(folderBytes(server.dir) / 2 ** 20).toFixed(1),
        },
        null,
        2,
      ),
    );
  } finally {
    await source.close();
    await fresh.close();
    await server.stop();
    removeFolder(sourceDir);
    removeFolder(newDir);
  }
}

const which = process.argv[2];
const run = which === 'desks' ? desksBenchmark : which === 'archive' ? archiveBenchmark : null;
if (run) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  console.error('usage: npx tsx bench/newsroom.ts desks|archive [options]');
  process.exitCode = 2;
}
