import type { TextLeaf } from '../../shared/model/story';

/**
 * One line of reporter copy as the parser sees it, whatever the file type: the text runs
 * (bold kept from .docx), how many blank lines stand before it, and whether it is indented.
 */
export interface SourceLine {
  runs: TextLeaf[];
  /** The runs' text joined. */
  text: string;
  blankBefore: number;
  /** Starts with a 2-em indent (full-width spaces), a tab or two or more spaces. */
  indented: boolean;
  /** A Word heading paragraph: a title whatever its length. */
  heading: boolean;
}

const INDENT = /^(?:\u3000|\t| {2,}|\u00a0{2,})/u;
/** Invisible characters that only get in the way: BOM, zero-width space/joiners, soft hyphen. */
const INVISIBLE = /\ufeff|\u200b|\u200c|\u200d|\u2060|\u00ad/gu;

export function sourceLine(runs: TextLeaf[], blankBefore: number, heading = false): SourceLine {
  const text = runs.map((run) => run.text).join('');
  return { runs, text: text.trim(), blankBefore, indented: INDENT.test(text), heading };
}

/** Plain text (any line ends: LF, CRLF, CR, form feed, Unicode separators) into source lines. */
export function linesFromText(text: string): SourceLine[] {
  const lines = text.replace(INVISIBLE, '').split(/\r\n|[\n\r\f\v\u2028\u2029\u0085]/u);
  const result: SourceLine[] = [];
  let blanks = 0;
  for (const raw of lines) {
    if (raw.trim().length === 0) {
      blanks += 1;
      continue;
    }
    result.push(sourceLine([{ text: raw }], blanks));
    blanks = 0;
  }
  return result;
}
