import { describe, expect, it } from 'vitest';
import { commandOf, type KeyLike } from '../../../../renderer/src/editor/body/hotkeys';

const key = (key: string, code: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('commandOf', () => {
  it('maps the desk’s shortcuts with Ctrl on Windows and Linux', () => {
    expect(commandOf(key('b', 'KeyB', { ctrlKey: true }), false)).toBe('bold');
    expect(commandOf(key('E', 'KeyE', { ctrlKey: true, shiftKey: true }), false)).toBe('emphasis');
    expect(commandOf(key('z', 'KeyZ', { ctrlKey: true }), false)).toBe('undo');
    expect(commandOf(key('Z', 'KeyZ', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(commandOf(key('y', 'KeyY', { ctrlKey: true }), false)).toBe('redo');
    expect(commandOf(key('2', 'Digit2', { ctrlKey: true, altKey: true }), false)).toBe('subhead');
    expect(commandOf(key('0', 'Digit0', { ctrlKey: true, altKey: true }), false)).toBe('paragraph');
    expect(commandOf(key('q', 'KeyQ', { ctrlKey: true, altKey: true }), false)).toBe('pull-quote');
  });

  it('uses ⌘ on a Mac, where Option turns the key into another character', () => {
    expect(commandOf(key('b', 'KeyB', { metaKey: true }), true)).toBe('bold');
    expect(commandOf(key('™', 'Digit2', { metaKey: true, altKey: true }), true)).toBe('subhead');
    expect(commandOf(key('b', 'KeyB', { ctrlKey: true }), true)).toBeNull();
  });

  it('reads the letter from the physical key while an IME reports "Process"', () => {
    expect(commandOf(key('Process', 'KeyB', { ctrlKey: true }), false)).toBe('bold');
  });

  it('ignores plain typing and unknown combinations', () => {
    expect(commandOf(key('b', 'KeyB'), false)).toBeNull();
    expect(commandOf(key('x', 'KeyX', { ctrlKey: true }), false)).toBeNull();
    expect(commandOf(key('b', 'KeyB', { ctrlKey: true, metaKey: true }), false)).toBeNull();
  });
});
