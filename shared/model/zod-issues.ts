import type { z } from 'zod';

/** How an issue names its field: "bylines.0.names" for IPC and the store, "frames[0].area" in a page file. */
export type FieldName = (path: ReadonlyArray<PropertyKey>) => string;

/** "bylines.0.names", under `prefix` when given; "input" for the value itself. */
export function dottedField(prefix = ''): FieldName {
  return (path) => [prefix, ...path.map(String)].filter((part) => part !== '').join('.') || 'input';
}

/** "bylines.0.names: Too small: expected array to have >=1 items" — the field first, for the person reading it. */
export function describeIssues(error: z.ZodError, field: FieldName = dottedField()): string[] {
  return error.issues.map((issue) => `${field(issue.path)}: ${issue.message}`);
}
