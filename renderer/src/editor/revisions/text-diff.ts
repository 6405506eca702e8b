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
      lines.push(...pairHunk(run.items, next.items));
      index += 1;
      continue;
    }
    for (const text of run.items) lines.push({ kind: run.kind, text });
  }
  return lines;
}

/**
 * A run of removed lines against a run of added ones: a removed line is shown as edited in
 * place when an added line further on is clearly the same paragraph (character bigrams
 * in common); added lines passed over on the way are additions, the rest removals.
 */
function pairHunk(removed: readonly string[], added: readonly string[]): DiffLine[] {
  const lines: DiffLine[] = [];
  let next = 0;
  for (const line of removed) {
    let match = -1;
    for (let at = next; at < added.length; at += 1) {
      if (similarity(line, added[at]!) >= 0.5) {
        match = at;
        break;
      }
    }
    if (match < 0) {
      lines.push({ kind: 'delete', text: line });
      continue;
    }
    for (const text of added.slice(next, match)) lines.push({ kind: 'insert', text });
    lines.push(changeLine(line, added[match]!));
    next = match + 1;
  }
  for (const text of added.slice(next)) lines.push({ kind: 'insert', text });
  return lines;
}

/** Dice coefficient of the two lines' character bigrams: 1 for the same text, near 0 for unrelated ones. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const bigrams = (text: string) => {
    const chars = [...text];
    const counts = new Map<string, number>();
    for (let i = 0; i + 1 < chars.length; i += 1) {
      const gram = chars[i]! + chars[i + 1]!;
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
    return { counts, total: Math.max(0, chars.length - 1) };
  };
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.total === 0 || y.total === 0) return 0;
  let shared = 0;
  for (const [gram, count] of x.counts) shared += Math.min(count, y.counts.get(gram) ?? 0);
  return (2 * shared) / (x.total + y.total);
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
