import { describeServerError, safeUrl } from './server-errors';
import { NEWSROOM_ROLES, VALIDATE_DOC_UPDATE, type NewsroomRole } from './validate-doc-update';
import { DIRECTORY_DOC_ID, directoryOf, mergeDirectory } from './newsroom-directory';

/**
 * `banmian newsroom init`: makes a CouchDB (or pouchdb-server) a newsroom server through
 * CouchDB's documented HTTP API only: the database, its _security object (members by role),
 * the design document with the roles' validate_doc_update, the users in `_users` and the
 * newsroom's directory of people (newsroom-directory.ts).
 * Running it again updates all of that and changes nothing else.
 */

export interface NewsroomUser {
  name: string;
  password: string;
  roles: NewsroomRole[];
  /** The name desks show (张三); the user name when absent. */
  displayName?: string;
}

export interface InitOptions {
  /** The server, e.g. https://couch.example:6984 (a database path is allowed: its last part is the database). */
  server: string;
  admin: { name: string; password: string };
  /** Default "banmian". */
  database?: string;
  users?: NewsroomUser[];
  log?: (line: string) => void;
}

export const DEFAULT_DATABASE = 'banmian';
export const DESIGN_DOC_ID = '_design/banmian';

/** Splits "http://host:5984/db" into the server and the database (default "banmian"). */
export function splitServerUrl(url: string, database?: string): { server: string; database: string; url: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`"${url}" is not a server address (expected e.g. http://127.0.0.1:5984).`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`"${url}": the server address must start with http:// or https://.`);
  const parts = parsed.pathname.split('/').filter(Boolean);
  const name = database ?? (parts.length > 0 ? decodeURIComponent(parts.pop()!) : DEFAULT_DATABASE);
  if (!/^[a-z][a-z0-9_$()+/-]*$/.test(name)) throw new Error(`"${name}" is not a CouchDB database name (lower-case letters first).`);
  parsed.pathname = parts.length > 0 ? `/${parts.join('/')}` : '/';
  const server = parsed.toString().replace(/\/$/, '');
  return { server, database: name, url: `${server}/${encodeURIComponent(name)}` };
}

export async function initNewsroom(options: InitOptions): Promise<{ url: string; users: string[] }> {
  const log = options.log ?? (() => undefined);
  const { server, database, url } = splitServerUrl(options.server, options.database);
  const http = couchClient(server, options.admin);

  const welcome = await http('GET', '/');
  if (!welcome.ok) throw new Error(describeServerError(welcome.error, server));
  const session = await http('GET', '/_session');
  const roles = (session.body as { userCtx?: { roles?: string[] } } | undefined)?.userCtx?.roles ?? [];
  if (!roles.includes('_admin')) throw new Error(`${safeUrl(server)} did not accept ${options.admin.name} as a server administrator.`);

  for (const name of ['_users', database]) {
    const made = await http('PUT', `/${encodeURIComponent(name)}`);
    if (made.ok) log(`created the database ${name}`);
    else if (made.status === 412) log(`the database ${name} exists`);
    else throw new Error(`Could not create the database ${name}: ${describeServerError(made.error, server)}`);
  }

  const security = {
    admins: { names: [options.admin.name], roles: ['admin'] },
    members: { names: [], roles: [...NEWSROOM_ROLES] },
  };
  await must(http('PUT', `/${database}/_security`, security), 'set the database security');
  log(`members: the roles ${NEWSROOM_ROLES.join(', ')}; administrators: ${options.admin.name} and the role admin`);

  const existing = await http('GET', `/${database}/${DESIGN_DOC_ID}`);
  const design: Record<string, unknown> = { _id: DESIGN_DOC_ID, language: 'javascript', validate_doc_update: VALIDATE_DOC_UPDATE };
  if (existing.ok) design._rev = (existing.body as { _rev: string })._rev;
  await must(http('PUT', `/${database}/${DESIGN_DOC_ID}`, design), 'write the design document');
  log('wrote the roles (validate_doc_update) in _design/banmian');

  const users = await writeUsers(http, database, options.admin.name, options.users ?? [], log);
  return { url, users };
}

/**
 * `newsroom user add`: creates or updates users (an administrator's action) and lists them in
 * the directory, without touching the database's security or design document.
 */
export async function addNewsroomUsers(options: InitOptions): Promise<{ url: string; users: string[] }> {
  const log = options.log ?? (() => undefined);
  const { server, database, url } = splitServerUrl(options.server, options.database);
  const http = couchClient(server, options.admin);
  const found = await http('GET', `/${database}`);
  if (!found.ok) throw new Error(found.status === 404 ? `${safeUrl(url)} is not a newsroom yet: run "banmian newsroom init" first.` : describeServerError(found.error, server));
  const users = await writeUsers(http, database, options.admin.name, options.users ?? [], log);
  return { url, users };
}

/** The users into `_users`, then into the directory every member reads. */
async function writeUsers(http: CouchClient, database: string, adminName: string, given: readonly NewsroomUser[], log: (line: string) => void): Promise<string[]> {
  const users: string[] = [];
  for (const user of given) {
    const docId = `/_users/${encodeURIComponent(`org.couchdb.user:${user.name}`)}`;
    const current = await http('GET', docId);
    const doc: Record<string, unknown> = { _id: `org.couchdb.user:${user.name}`, name: user.name, type: 'user', roles: user.roles, password: user.password };
    if (current.ok) doc._rev = (current.body as { _rev: string })._rev;
    await must(http('PUT', docId, doc), `write the user ${user.name}`);
    log(`user ${user.name}: ${user.roles.join(', ')}`);
    users.push(user.name);
  }
  const path = `/${database}/${encodeURIComponent(DIRECTORY_DOC_ID)}`;
  const current = await http('GET', path);
  const existing = current.ok ? (current.body as Record<string, unknown>) : null;
  const now = new Date().toISOString();
  const entries = mergeDirectory(
    directoryOf(existing),
    given.map((user) => ({ name: user.name, displayName: user.displayName ?? '', roles: user.roles })),
  );
  const doc = {
    _id: DIRECTORY_DOC_ID,
    ...(existing ? { _rev: existing._rev } : {}),
    type: 'directory',
    users: entries,
    createdBy: typeof existing?.createdBy === 'string' ? existing.createdBy : adminName,
    createdAt: typeof existing?.createdAt === 'string' ? existing.createdAt : now,
    editedBy: adminName,
    editedAt: now,
    updatedAt: now,
  };
  await must(http('PUT', path, doc), 'write the newsroom directory');
  log(`directory: ${entries.length} ${entries.length === 1 ? 'person' : 'people'} (${DIRECTORY_DOC_ID})`);
  return users;
}

/** "name:password:role[,role][=display name]" as given on the command line. */
export function parseUserSpec(spec: string): NewsroomUser {
  const first = spec.indexOf(':');
  const last = spec.lastIndexOf(':');
  if (first < 1 || last === first) throw new Error(`--user "${spec}": expected NAME:PASSWORD:ROLE[,ROLE][=DISPLAY NAME] (roles: ${NEWSROOM_ROLES.join(', ')}).`);
  const tail = spec.slice(last + 1);
  const equals = tail.indexOf('=');
  const displayName = equals < 0 ? '' : tail.slice(equals + 1).trim();
  const roles = (equals < 0 ? tail : tail.slice(0, equals)).split(',').filter(Boolean);
  const unknown = roles.filter((role) => !(NEWSROOM_ROLES as readonly string[]).includes(role));
  if (roles.length === 0 || unknown.length > 0) {
    throw new Error(`--user ${spec.slice(0, first)}: unknown role ${unknown.join(', ') || '(none)'} (roles: ${NEWSROOM_ROLES.join(', ')}).`);
  }
  const user: NewsroomUser = { name: spec.slice(0, first), password: spec.slice(first + 1, last), roles: roles as NewsroomRole[] };
  return displayName ? { ...user, displayName } : user;
}

interface HttpOutcome {
  ok: boolean;
  status: number;
  body: unknown;
  error: unknown;
}

type CouchClient = (method: string, path: string, body?: unknown) => Promise<HttpOutcome>;

function couchClient(server: string, admin: { name: string; password: string }): CouchClient {
  const authorization = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;
  return async (method: string, path: string, body?: unknown): Promise<HttpOutcome> => {
    try {
      const response = await fetch(`${server}${path}`, {
        method,
        headers: { authorization, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const parsed = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      return { ok: response.ok, status: response.status, body: parsed, error: { status: response.status, name: parsed.error, reason: parsed.reason } };
    } catch (error) {
      return { ok: false, status: 0, body: undefined, error };
    }
  };
}

async function must(outcome: Promise<HttpOutcome>, what: string): Promise<void> {
  const result = await outcome;
  if (!result.ok) throw new Error(`Could not ${what}: ${(result.error as { reason?: string }).reason ?? result.status}`);
}
