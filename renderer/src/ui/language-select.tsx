import { useI18n } from '../i18n/i18n-context';
import type { LocaleSetting } from '../i18n/locale-setting';

/** The interface language, in the status bar of every view. */
export function LanguageSelect() {
  const { t, setting, systemLocale, setSetting } = useI18n();
  return (
    <label className="language-select">
      <span className="visually-hidden">{t.settings.language}</span>
      <select
        value={setting}
        title={t.settings.language}
        aria-label={t.settings.language}
        data-testid="language-select"
        onChange={(event) => setSetting(event.target.value as LocaleSetting)}
      >
        <option value="system">{t.settings.system(t.settings.names[systemLocale])}</option>
        <option value="zh-CN">{t.settings.names['zh-CN']}</option>
        <option value="en">{t.settings.names.en}</option>
      </select>
    </label>
  );
}
