import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initNewsroom, type NewsroomUser } from '../../../main/newsroom/server-setup';

/**
 * A real CouchDB-protocol server for the tests: pouchdb-server (a devDependency) on a free
 * loopback port, in its own temp folder, with a server administrator, stopped by its PID.
 */
export interface TestServer {
  /** http://127.0.0.1:PORT */
  url: string;
  admin: { name: string; password: string };
  pid: number;
  dir: string;
  port: number;
  stop(): Promise<void>;
  /** kill -9, keeping the folder for a restart. */
  kill(): Promise<void>;
}

const BIN = join(__dirname, '../../../node_modules/pouchdb-server/bin/pouchdb-server');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface TestServerOptions {
  /** Reuse a stopped server's folder and port (a restart). */
  dir?: string;
  port?: number;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'banmian-couch-'));
  const port = options.port ?? (await freePort());
  const child: ChildProcess = spawn(process.execPath, [BIN, '--port', String(port), '--host', '127.0.0.1', '--dir', dir, '--config', join(dir, 'config.json'), '--no-stdout-logs'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited: ${stderr}`);
    const up = await fetch(url).then((response) => response.ok).catch(() => false);
    if (up) break;
    if (attempt > 200) throw new Error(`pouchdb-server did not answer on ${url}: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const admin = { name: 'admin', password: 'admin-secret' };
  if (!options.dir) {
    // Leaves "admin party": pouchdb-server keeps CouchDB 1's /_config API for this (kept in config.json).
    const made = await fetch(`${url}/_config/admins/${admin.name}`, { method: 'PUT', body: JSON.stringify(admin.password) });
    if (!made.ok) throw new Error(`could not create the server administrator: ${made.status}`);
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url,
    admin,
    pid: child.pid!,
    dir,
    port,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        process.kill(child.pid!, 'SIGKILL');
        await exited;
      }
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        process.kill(child.pid!, 'SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A request as the server administrator; the parsed JSON answer. */
export async function asAdmin(server: TestServer, method: string, target: string): Promise<Record<string, unknown>> {
  const response = await fetch(target, {
    method,
    headers: { authorization: `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}` },
  });
  return (await response.json()) as Record<string, unknown>;
}

/** See newsroom-sync.test.ts: pouchdb-server drops replicated updates while a validate_doc_update is installed. */
export async function removeDesignDocument(server: TestServer, databaseUrl: string): Promise<void> {
  const design = await asAdmin(server, 'GET', `${databaseUrl}/_design/banmian`);
  const removed = await asAdmin(server, 'DELETE', `${databaseUrl}/_design/banmian?rev=${String(design._rev)}`);
  if (removed.ok !== true) throw new Error(`could not remove the design document: ${JSON.stringify(removed)}`);
}

export interface NewsroomServerOptions {
  /** The newsroom database (default "banmian", as `newsroom init`). */
  database?: string;
  users: NewsroomUser[];
  /**
   * Keep `_design/banmian` (the roles tests, check-out). Without it (the default) the database
   * replicates updates: pouchdb-server 4.2.0's validation plugin replaces the `_revisions` of a
   * replicated write with the stored document's, so with any validate_doc_update installed it
   * answers "ok" to a replicated update of an existing document and stores nothing (CouchDB does not).
   */
  validation?: boolean;
}

/** A test server made a newsroom by `newsroom init`'s own code: the server and the database's URL. */
export async function startNewsroomServer(options: NewsroomServerOptions): Promise<{ server: TestServer; url: string }> {
  const server = await startTestServer();
  const { url } = await initNewsroom({ server: server.url, admin: server.admin, database: options.database, users: options.users });
  if (!options.validation) await removeDesignDocument(server, url);
  return { server, url };
}
