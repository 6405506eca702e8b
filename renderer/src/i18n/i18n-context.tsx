import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { catalogue, type Locale } from './locale';
import { readLocaleSetting, resolveLocale, writeLocaleSetting, type LocaleSetting } from './locale-setting';
import type { Messages } from './messages-en';

interface I18n {
  locale: Locale;
  t: Messages;
  /** The choice in the language menu ("system" follows the operating system). */
  setting: LocaleSetting;
  /** The language the system asks for, shown beside "System". */
  systemLocale: Locale;
  setSetting: (setting: LocaleSetting) => void;
}

const I18nContext = createContext<I18n>({
  locale: 'zh-CN',
  t: catalogue['zh-CN'],
  setting: 'system',
  systemLocale: 'zh-CN',
  setSetting: () => undefined,
});

function systemLanguages(): readonly string[] {
  return navigator.languages.length ? navigator.languages : [navigator.language];
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The interface language: the system's unless the user chose one (kept in localStorage).
 * `locale` pins it, for tests and previews.
 */
export function I18nProvider({ locale: pinned, children }: { locale?: Locale; children: ReactNode }) {
  const [setting, setSettingState] = useState<LocaleSetting>(() => readLocaleSetting(storage()));
  const systemLocale = resolveLocale('system', systemLanguages());
  const locale = pinned ?? resolveLocale(setting, systemLanguages());

  const setSetting = useCallback((next: LocaleSetting) => {
    writeLocaleSetting(storage(), next);
    setSettingState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${catalogue[locale].appName} · ${catalogue[locale].library.title}`;
  }, [locale]);

  const value = useMemo(() => ({ locale, t: catalogue[locale], setting, systemLocale, setSetting }), [locale, setting, systemLocale, setSetting]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The active catalogue and locale. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
