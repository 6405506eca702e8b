import type { StoryPlacement } from '../../../shared/ipc/contract-types';
import { pageLabel, pageNumberLabel } from '../../../shared/model/page-label';
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

/** The pages a story is placed on (第3版), each with its edition date in full on hover; full labels where there is room. */
export function PlacedOn({ pages, full }: { pages: readonly StoryPlacement[] | undefined; full?: boolean }) {
  if (!pages?.length) return null;
  return (
    <span className="placed-on" data-testid="placed-on">
      {pages.map((p) => (
        <span key={p.pageId} title={pageLabel(p.editionDate, p.pageNumber)}>
          {full ? pageLabel(p.editionDate, p.pageNumber) : pageNumberLabel(p.pageNumber)}
        </span>
      ))}
    </span>
  );
}
