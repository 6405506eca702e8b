import { diffSequences } from './sequence-diff';

/** A piece of a changed line: kept, removed or added characters. */
export interface DiffPart {
  kind: 'equal' | 'delete' | 'insert';
  text: string;
}

export type DiffLine =
  | { kind: 'equal'; text: string }
  | { kind: 'delete'; text: string }
  | { kind: 'insert'; text: string }
  /** A line edited in place, with the characters that changed. */
  | { kind: 'change'; parts: DiffPart[] };

/**
 * Line diff of two texts (one line per field or block), refined to characters where a
 * removed line and an added line stand in the same place: the desk sees 骑手之家 → 骑手驿站
 * as two changed characters, not a replaced paragraph.
 */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  const lines: DiffLine[] = [];
  const runs = diffSequences(before, after);
  for (let index = 0; index < runs.length; index += 1) {
    const run = runs[index]!;
    if (run.kind === 'equal') {
      for (const text of run.items) lines.push({ kind: 'equal', text });
      continue;
    }
    const next = runs[index + 1];
    if (run.kind === 'delete' && next?.kind === 'insert') {
      const pairs = Math.min(run.items.length, next.items.length);
      for (let i = 0; i < pairs; i += 1) lines.push(changeLine(run.items[i]!, next.items[i]!));
      for (const text of run.items.slice(pairs)) lines.push({ kind: 'delete', text });
      for (const text of next.items.slice(pairs)) lines.push({ kind: 'insert', text });
      index += 1;
      continue;
    }
    for (const text of run.items) lines.push({ kind: run.kind, text });
  }
  return lines;
}

/** One edited line; if it has little in common with the old one it reads as removed and added. */
function changeLine(before: string, after: string): DiffLine {
  const parts = diffCharacters(before, after);
  const kept = parts.filter((part) => part.kind === 'equal').reduce((sum, part) => sum + part.text.length, 0);
  if (kept * 3 < Math.max(before.length, after.length)) {
    return { kind: 'change', parts: [{ kind: 'delete', text: before }, { kind: 'insert', text: after }] };
  }
  return { kind: 'change', parts };
}

/** Character diff by code point (a CJK Extension B character is one character, not two halves). */
export function diffCharacters(before: string, after: string): DiffPart[] {
  return diffSequences([...before], [...after]).map((run) => ({ kind: run.kind, text: run.items.join('') }));
}

/** How much changed, for the revision list: characters added and removed. */
export function diffSize(lines: readonly DiffLine[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  const count = (kind: DiffPart['kind'], text: string) => {
    const length = [...text].length;
    if (kind === 'insert') added += length;
    else if (kind === 'delete') removed += length;
  };
  for (const line of lines) {
    if (line.kind === 'change') for (const part of line.parts) count(part.kind, part.text);
    else count(line.kind, line.text);
  }
  return { added, removed };
}
