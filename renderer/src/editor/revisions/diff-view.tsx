import type { DiffLine } from './text-diff';

type FoldedLine = DiffLine | { kind: 'fold'; count: number };

/**
 * A diff as lines: removed text struck out, added text underlined, unchanged lines muted,
 * long unchanged stretches folded to a ⋯ with a line of context on each side.
 */
export function DiffView({ lines }: { lines: readonly DiffLine[] }) {
  return (
    <ol className="diff" data-testid="diff">
      {foldUnchanged(lines).map((line, index) => {
        if (line.kind === 'fold') {
          return (
            <li key={index} className="diff-line diff-fold" aria-hidden="true">
              ⋯
            </li>
          );
        }
        if (line.kind === 'change') {
          return (
            <li key={index} className="diff-line diff-change">
              {line.parts.map((part, at) =>
                part.kind === 'equal' ? <span key={at}>{part.text}</span> : part.kind === 'delete' ? <del key={at}>{part.text}</del> : <ins key={at}>{part.text}</ins>,
              )}
            </li>
          );
        }
        return (
          <li key={index} className={`diff-line diff-${line.kind}`}>
            {line.kind === 'delete' ? <del>{line.text}</del> : line.kind === 'insert' ? <ins>{line.text}</ins> : line.text}
          </li>
        );
      })}
    </ol>
  );
}

export function foldUnchanged(lines: readonly DiffLine[], context = 1): FoldedLine[] {
  const out: FoldedLine[] = [];
  let index = 0;
  while (index < lines.length) {
    if (lines[index]!.kind !== 'equal') {
      out.push(lines[index]!);
      index += 1;
      continue;
    }
    let end = index;
    while (end < lines.length && lines[end]!.kind === 'equal') end += 1;
    const run = lines.slice(index, end);
    const keepStart = index === 0 ? 0 : context;
    const keepEnd = end === lines.length ? 0 : context;
    if (run.length > keepStart + keepEnd + 1) {
      out.push(...run.slice(0, keepStart), { kind: 'fold', count: run.length - keepStart - keepEnd }, ...run.slice(run.length - keepEnd));
    } else {
      out.push(...run);
    }
    index = end;
  }
  return out;
}
