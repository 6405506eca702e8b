import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { diskError } from './disk-errors';
import { damageOf } from './integrity';

/** What every repository of one Store shares: the connection, the clock and the id maker. */
export interface StoreContext {
  readonly db: Database.Database;
  /** ISO 8601 UTC timestamp of "now" (injectable so tests can place changes in time). */
  now(): string;
  newId(): string;
}

export function createStoreContext(db: Database.Database, clock: () => Date = () => new Date()): StoreContext {
  return {
    db,
    now: () => clock().toISOString(),
    newId: () => randomUUID(),
  };
}

/**
 * Runs `fn` in one transaction that takes the write lock up front (BEGIN IMMEDIATE): a save
 * reads the stored version and writes in the same locked step, so two windows on one file
 * cannot both pass the version check. Nested calls become savepoints. A file found damaged
 * after it opened (integrity.ts) takes no more writes: the refusal says what to do.
 */
export function writeTransaction<T>(db: Database.Database, fn: () => T): T {
  const damaged = damageOf(db);
  if (damaged) throw damaged;
  try {
    return db.transaction(fn).immediate();
  } catch (error) {
    throw diskError(error, db.name);
  }
}

/**
 * Statements prepared once per connection and kept, by their SQL: preparing costs more than
 * running a small statement, and the newsroom's applier runs the same few per document.
 * Not for statements iterated (`iterate()`) while the same SQL may run again.
 */
export function preparedStatements(db: Database.Database): (sql: string) => Database.Statement<unknown[]> {
  const statements = new Map<string, Database.Statement<unknown[]>>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare<unknown[]>(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
}
