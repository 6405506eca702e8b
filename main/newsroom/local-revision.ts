import { createHash } from 'node:crypto';

/**
 * The revision a desk's save becomes in its replica: a child of the revision the row was based
 * on, written with `new_edits: false` the way CouchDB's replicator writes what it copies. So an
 * edit made on an older base lands beside the newer one as the engine's conflict instead of
 * being refused, and the id is a hash of base and content: pushing the same save twice (after a
 * crash between the replica and SQLite) writes nothing new.
 */
export interface LocalRevision {
  rev: string;
  revisions: { start: number; ids: string[] };
}

export function childRevision(base: string | null, content: unknown): LocalRevision {
  const generation = base === null ? 1 : Number.parseInt(base, 10) + 1;
  const hash = createHash('md5').update(`${base ?? ''}\n${JSON.stringify(content)}`).digest('hex');
  const ids = base === null ? [hash] : [hash, base.slice(base.indexOf('-') + 1)];
  return { rev: `${generation}-${hash}`, revisions: { start: generation, ids } };
}
