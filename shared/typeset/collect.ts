import * as M_CharClasses from './char-classes';
import type { Atom } from './prepared';
import type { CharStyle, ParagraphInput } from './types';

// Module-local copies: under CommonJS transpilation (tsx) every imported binding is a getter call.
const { classify, hasCjk, isCombining } = M_CharClasses;

/**
 * Stage 1 (collect): join the runs into the paragraph's plain text, resolve each run's
 * character style, and cut the text into atoms — one per character, with combining marks and
 * variation selectors kept on the character before them and CR LF kept together.
 */

export interface Collected {
  text: string;
  styles: CharStyle[];
  atoms: Atom[];
  cjk: boolean;
}

const WESTERN_LETTER = /[\p{L}\p{N}]/u;

export function collect(input: ParagraphInput): Collected {
  const base = input.style.char;
  const styles: CharStyle[] = [];
  const runStyle: number[] = [];
  for (const run of input.runs) {
    const resolved: CharStyle = { ...base, ...run.style };
    let index = styles.findIndex(
      (s) =>
        s.face === resolved.face &&
        s.size === resolved.size &&
        s.tracking === resolved.tracking &&
        s.color === resolved.color &&
        s.emphasis === resolved.emphasis &&
        s.punctuationFace === resolved.punctuationFace,
    );
    if (index < 0) {
      index = styles.length;
      styles.push(resolved);
    }
    runStyle.push(index);
  }
  if (styles.length === 0) styles.push({ ...base });

  const text = input.runs.map((r) => r.text).join('');
  const cjk = hasCjk(text);
  const atoms: Atom[] = [];
  let offset = 0;
  input.runs.forEach((run, r) => {
    const style = runStyle[r] ?? 0;
    for (const ch of run.text) {
      const cp = ch.codePointAt(0) ?? 0;
      const prev = atoms[atoms.length - 1];
      const joinsPrev =
        prev !== undefined &&
        prev.style === style &&
        ((isCombining(cp) && prev.cls !== 'hard-break') || (ch === '\n' && prev.text === '\r'));
      if (joinsPrev) {
        prev.text += ch;
      } else {
        atoms.push({ offset, text: ch, cp, cls: classify(ch, cjk), style });
      }
      offset += ch.length;
    }
  });

  // An apostrophe inside a Western word (Banmian’s) is Western even in Chinese text.
  for (let i = 1; i + 1 < atoms.length; i++) {
    const a = atoms[i]!;
    if ((a.text === '’' || a.text === '‘') && WESTERN_LETTER.test(atoms[i - 1]!.text) && WESTERN_LETTER.test(atoms[i + 1]!.text)) {
      if (atoms[i - 1]!.cls === 'western' && atoms[i + 1]!.cls === 'western') a.cls = 'western-punct';
    }
  }
  return { text, styles, atoms, cjk };
}
