import { pickLocale, type Locale } from './locale';

/** The interface language as chosen in the UI: a language, or whatever the system says. */
export type LocaleSetting = Locale | 'system';

const STORAGE_KEY = 'banmian.locale';

/** Reads the saved choice; anything unreadable or unknown means "system". */
export function readLocaleSetting(storage: Pick<Storage, 'getItem'> | null): LocaleSetting {
  try {
    const value = storage?.getItem(STORAGE_KEY);
    return value === 'zh-CN' || value === 'en' ? value : 'system';
  } catch {
    return 'system';
  }
}

export function writeLocaleSetting(storage: Pick<Storage, 'setItem' | 'removeItem'> | null, setting: LocaleSetting): void {
  try {
    if (setting === 'system') storage?.removeItem(STORAGE_KEY);
    else storage?.setItem(STORAGE_KEY, setting);
  } catch {
    // Storage can be unavailable (private mode, quota): the choice then lasts until the window closes.
  }
}

export function resolveLocale(setting: LocaleSetting, systemLanguages: readonly string[]): Locale {
  return setting === 'system' ? pickLocale(systemLanguages) : setting;
}
