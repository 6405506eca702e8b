import type { StoryStatus } from '../../../shared/model/story';
import { useI18n } from '../i18n/i18n-context';

export function StatusBadge({ status }: { status: StoryStatus }) {
  const { t } = useI18n();
  return <span className={`status status-${status}`}>{t.status[status]}</span>;
}

/** Things the desk must look at, e.g. a provisional headline; unknown flags show their code. */
export function FlagBadges({ flags }: { flags: readonly string[] }) {
  const { t } = useI18n();
  if (flags.length === 0) return null;
  return (
    <span className="flags">
      {flags.map((flag) => (
        <span key={flag} className={`flag flag-${flag}`} title={t.flagHints[flag] ?? flag} data-flag={flag}>
          {t.flags[flag] ?? flag}
        </span>
      ))}
    </span>
  );
}
