const ENDERS = new Set(['。', '！', '？', '!', '?']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '"']);

/**
 * Splits a paragraph after 。！？ (with any closing quotes that follow them). The pieces
 * concatenate back to the input exactly.
 */
export function splitSentences(text: string): string[] {
  const chars = [...text];
  const sentences: string[] = [];
  let current = '';
  for (let i = 0; i < chars.length; i += 1) {
    current += chars[i]!;
    if (!ENDERS.has(chars[i]!)) continue;
    while (i + 1 < chars.length && (ENDERS.has(chars[i + 1]!) || CLOSERS.has(chars[i + 1]!))) {
      i += 1;
      current += chars[i]!;
    }
    sentences.push(current);
    current = '';
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}
