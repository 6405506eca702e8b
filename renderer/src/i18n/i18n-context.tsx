import { createContext, useContext, type ReactNode } from 'react';
import { catalogue, type Locale } from './locale';
import type { Messages } from './messages-en';

interface I18n {
  locale: Locale;
  t: Messages;
}

const I18nContext = createContext<I18n>({ locale: 'zh-CN', t: catalogue['zh-CN'] });

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <I18nContext.Provider value={{ locale, t: catalogue[locale] }}>{children}</I18nContext.Provider>;
}

/** The active catalogue and locale. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
