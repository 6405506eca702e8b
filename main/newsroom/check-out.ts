import { safeUrl } from './server-errors';

/**
 * Check-out (签出) as leases on the server: a `lock:<document id>` document written straight to
 * the newsroom database (not through the replica: a lock only means something where everyone
 * sees it at once). CouchDB's revisions make taking one atomic: two desks creating the same
 * lock get one 201 and one 409. A lease runs out unless renewed; an expired lease may be taken
 * over (again by revision, so only one desk wins); an admin or 总编室 may break any lock.
 */
export interface Lease {
  docId: string;
  holder: string;
  /** The holder's display text, e.g. "张三". */
  since: string;
  expires: string;
}

export interface LockServer {
  /** The newsroom database URL. */
  url: string;
  user: string;
  password: string;
  /** The clock (tests move it). */
  now?: () => Date;
}

export const LEASE_MS = 5 * 60_000;

export type TakeResult = { ok: true; lease: Lease } | { ok: false; heldBy: Lease };
/** A renewal: the lease goes on, or it was lost (broken by 总编室, or run out and taken by someone: `heldBy`). */
export type RenewResult = { ok: true; lease: Lease } | { ok: false; heldBy: Lease | null };

export class CheckOut {
  constructor(private readonly server: LockServer) {}

  /** Takes the lock on `docId` for this user, or says who holds it. Taking one's own lock again renews it. */
  async take(docId: string, leaseMs = LEASE_MS): Promise<TakeResult> {
    const current = await this.read(docId);
    const now = this.now();
    if (current && current.lease.holder !== this.server.user && Date.parse(current.lease.expires) > now.getTime()) {
      return { ok: false, heldBy: current.lease };
    }
    const lease: Lease = {
      docId,
      holder: this.server.user,
      since: current?.lease.holder === this.server.user ? current.lease.since : now.toISOString(),
      expires: new Date(now.getTime() + leaseMs).toISOString(),
    };
    const body = { type: 'lock', ...lease, editedBy: this.server.user, editedAt: now.toISOString(), createdBy: this.server.user, ...(current ? { _rev: current.rev } : {}) };
    const response = await this.request('PUT', lockId(docId), body);
    if (response.status === 201 || response.status === 200) return { ok: true, lease };
    // Lost a race: CouchDB answers 409, or 403 when the winner's lease is already stored and validated against.
    if (response.status === 409 || response.status === 403) {
      const winner = await this.read(docId);
      if (winner && winner.lease.holder !== this.server.user) return { ok: false, heldBy: winner.lease };
    }
    throw new Error(`${safeUrl(this.server.url)} refused the lock on ${docId}: ${response.status} ${JSON.stringify(response.body)}`);
  }

  /**
   * Renews a lease this desk took at `since`. Unlike take(), it never takes a lock afresh: a
   * lock that was broken (gone) or taken over since is lost, and the holder's desk must know.
   */
  async renew(docId: string, since: string, leaseMs = LEASE_MS): Promise<RenewResult> {
    const current = await this.read(docId);
    if (!current || current.lease.holder !== this.server.user || current.lease.since !== since) return { ok: false, heldBy: current?.lease ?? null };
    const now = this.now();
    const lease: Lease = { ...current.lease, expires: new Date(now.getTime() + leaseMs).toISOString() };
    const body = { type: 'lock', ...lease, editedBy: this.server.user, editedAt: now.toISOString(), createdBy: this.server.user, _rev: current.rev };
    const response = await this.request('PUT', lockId(docId), body);
    if (response.status === 201 || response.status === 200) return { ok: true, lease };
    if (response.status === 409 || response.status === 403 || response.status === 404) {
      const winner = await this.read(docId);
      return { ok: false, heldBy: winner && winner.lease.holder !== this.server.user ? winner.lease : null };
    }
    throw new Error(`${safeUrl(this.server.url)} refused to renew the lock on ${docId}: ${response.status} ${JSON.stringify(response.body)}`);
  }

  /** This user's roles on the server (CouchDB's /_session), to offer 总编室 the break. */
  async roles(): Promise<string[]> {
    const root = new URL(this.server.url);
    root.pathname = root.pathname.replace(/\/[^/]*\/?$/, '');
    const response = await this.request('GET', '_session', undefined, root.toString().replace(/\/$/, ''));
    const roles = (response.body as { userCtx?: { roles?: unknown } }).userCtx?.roles;
    return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [];
  }

  /** Gives the lock back (on close or check-in); nothing happens when this user does not hold it. */
  async release(docId: string): Promise<void> {
    const current = await this.read(docId);
    if (!current || current.lease.holder !== this.server.user) return;
    await this.request('DELETE', `${lockId(docId)}?rev=${encodeURIComponent(current.rev)}`);
  }

  /** Breaks anyone's lock (the server allows it to admin and 总编室 only). */
  async breakLock(docId: string): Promise<void> {
    const current = await this.read(docId);
    if (!current) return;
    const response = await this.request('DELETE', `${lockId(docId)}?rev=${encodeURIComponent(current.rev)}`);
    if (response.status >= 300) throw new Error(`${safeUrl(this.server.url)} refused to break the lock on ${docId}: ${String((response.body as { reason?: string }).reason ?? response.status)}`);
  }

  async holder(docId: string): Promise<Lease | null> {
    const current = await this.read(docId);
    if (!current || Date.parse(current.lease.expires) <= this.now().getTime()) return null;
    return current.lease;
  }

  private async read(docId: string): Promise<{ rev: string; lease: Lease } | null> {
    const response = await this.request('GET', lockId(docId));
    if (response.status === 404) return null;
    if (response.status !== 200) throw new Error(`${safeUrl(this.server.url)}: cannot read the lock on ${docId} (${response.status})`);
    const doc = response.body as Lease & { _rev: string };
    return { rev: doc._rev, lease: { docId: doc.docId, holder: doc.holder, since: doc.since, expires: doc.expires } };
  }

  private now(): Date {
    return this.server.now?.() ?? new Date();
  }

  private async request(method: string, path: string, body?: unknown, base = this.server.url): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${base}/${path}`, {
      method,
      headers: {
        authorization: `Basic ${Buffer.from(`${this.server.user}:${this.server.password}`).toString('base64')}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json().catch(() => ({})) };
  }
}

function lockId(docId: string): string {
  return encodeURIComponent(`lock:${docId}`);
}
