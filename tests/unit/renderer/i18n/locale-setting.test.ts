import { describe, expect, it } from 'vitest';
import { readLocaleSetting, resolveLocale, writeLocaleSetting } from '../../../../renderer/src/i18n/locale-setting';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

describe('interface language setting', () => {
  it('follows the system until the user picks a language, and remembers the pick', () => {
    const storage = memoryStorage();
    expect(resolveLocale(readLocaleSetting(storage), ['en-US'])).toBe('en');
    writeLocaleSetting(storage, 'zh-CN');
    expect(resolveLocale(readLocaleSetting(storage), ['en-US'])).toBe('zh-CN');
    writeLocaleSetting(storage, 'system');
    expect(storage.data.size).toBe(0);
    expect(resolveLocale(readLocaleSetting(storage), ['zh-TW'])).toBe('zh-CN');
  });

  it('treats unknown values and unusable storage as "system"', () => {
    const storage = memoryStorage();
    storage.data.set('banmian.locale', 'fr');
    expect(readLocaleSetting(storage)).toBe('system');
    expect(readLocaleSetting({ getItem: () => { throw new Error('denied'); } })).toBe('system');
    expect(readLocaleSetting(null)).toBe('system');
    expect(() => writeLocaleSetting({ setItem: () => { throw new Error('quota'); }, removeItem: () => undefined }, 'en')).not.toThrow();
  });
});
