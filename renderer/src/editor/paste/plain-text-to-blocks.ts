import type { TextBlock } from '../slate-types';

/**
 * Pasted plain text: every line break (a blank line or a single one) ends a paragraph;
 * indents (spaces, U+3000, tabs) and empty lines go, since the page sets its own indent.
 */
export function blocksFromPlainText(text: string): TextBlock[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/u)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''))
    .filter((line) => line.length > 0)
    .map((line) => ({ type: 'paragraph', children: [{ text: line }] }));
}
