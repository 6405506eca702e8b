/** The story editor's keyboard shortcuts, by what they do. */
export type EditorCommand = 'bold' | 'italic' | 'emphasis' | 'undo' | 'redo' | 'paragraph' | 'subhead' | 'pull-quote';

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Shortcut labels for tooltips, as the platform writes them. */
export const SHORTCUT_LABELS: Record<EditorCommand, { mac: string; other: string }> = {
  bold: { mac: '⌘B', other: 'Ctrl+B' },
  italic: { mac: '⌘I', other: 'Ctrl+I' },
  emphasis: { mac: '⇧⌘E', other: 'Ctrl+Shift+E' },
  undo: { mac: '⌘Z', other: 'Ctrl+Z' },
  redo: { mac: '⇧⌘Z', other: 'Ctrl+Y' },
  paragraph: { mac: '⌥⌘0', other: 'Ctrl+Alt+0' },
  subhead: { mac: '⌥⌘2', other: 'Ctrl+Alt+2' },
  'pull-quote': { mac: '⌥⌘Q', other: 'Ctrl+Alt+Q' },
};

export function isMacPlatform(platform: string): boolean {
  return /Mac|iPhone|iPad/i.test(platform);
}

/**
 * The command a key press asks for, or null. Letters are read from `key` (so other
 * keyboard layouts work) and, when Alt or an IME turns `key` into something else, from
 * the physical `code`.
 */
export function commandOf(event: KeyLike, mac: boolean): EditorCommand | null {
  const mod = mac ? event.metaKey : event.ctrlKey;
  const otherMod = mac ? event.ctrlKey : event.metaKey;
  if (!mod || otherMod) return null;
  const letter = /^[a-z]$/i.test(event.key) ? event.key.toLowerCase() : /^Key([A-Z])$/.exec(event.code)?.[1]?.toLowerCase() ?? '';
  const digit = /^Digit(\d)$/.exec(event.code)?.[1] ?? '';
  if (!event.altKey) {
    if (letter === 'b' && !event.shiftKey) return 'bold';
    if (letter === 'i' && !event.shiftKey) return 'italic';
    if (letter === 'e' && event.shiftKey) return 'emphasis';
    if (letter === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (letter === 'y' && !event.shiftKey && !mac) return 'redo';
    return null;
  }
  if (event.shiftKey) return null;
  if (digit === '2') return 'subhead';
  if (digit === '0') return 'paragraph';
  if (/^KeyQ$/.test(event.code)) return 'pull-quote';
  return null;
}
