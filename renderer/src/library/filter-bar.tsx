import type { LibraryFacets } from '../../../shared/ipc/contract-types';
import type { StoryStatus } from '../../../shared/model/story';
import { STORY_STATUSES } from '../../../shared/model/story-statuses';
import { useI18n } from '../i18n/i18n-context';
import { isFiltered, NO_FILTER, sortSections, type LibraryFilter } from './library-filter';

interface Props {
  filter: LibraryFilter;
  onChange: (filter: LibraryFilter) => void;
  /** The live library's counts, beside each choice; null while they load. */
  facets: LibraryFacets | null;
}

/** Status, section and date filters, each choice with the number of stories it holds. */
export function FilterBar({ filter, onChange, facets }: Props) {
  const { t, locale } = useI18n();
  const byStatus = new Map(facets?.statuses.map((facet) => [facet.value, facet.count]));
  const sections = sortSections(facets?.sections ?? [], locale);
  // A chosen section that no longer has stories stays selectable so the choice is visible.
  if (filter.section && !sections.some((facet) => facet.value === filter.section)) {
    sections.push({ value: filter.section, count: 0 });
  }

  return (
    <div className="filter-bar" role="group" aria-label={t.filters.label}>
      <div className="status-filter" role="radiogroup" aria-label={t.filters.status}>
        <StatusChip label={t.filters.allStatuses} count={facets?.total ?? 0} checked={filter.status === ''} onPick={() => onChange({ ...filter, status: '' })} />
        {STORY_STATUSES.map((status: StoryStatus) => (
          <StatusChip
            key={status}
            status={status}
            label={t.status[status]}
            count={byStatus.get(status) ?? 0}
            checked={filter.status === status}
            onPick={() => onChange({ ...filter, status })}
          />
        ))}
      </div>
      <label className="field">
        <span className="field-label">{t.filters.section}</span>
        <select value={filter.section} onChange={(event) => onChange({ ...filter, section: event.target.value })}>
          <option value="">{t.filters.allSections}</option>
          {sections.map((facet) => (
            <option key={facet.value} value={facet.value}>
              {facet.value} ({facet.count})
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t.filters.since}</span>
        <input type="date" value={filter.since} onChange={(event) => onChange({ ...filter, since: event.target.value })} />
      </label>
      {isFiltered(filter) && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTER)}>
          {t.filters.clear}
        </button>
      )}
    </div>
  );
}

function StatusChip(props: { label: string; count: number; checked: boolean; onPick: () => void; status?: StoryStatus }) {
  return (
    <button
      type="button"
      role="radio"
      aria-checked={props.checked}
      className={`chip${props.status ? ` chip-${props.status}` : ''}`}
      onClick={props.onPick}
    >
      {props.label}
      <span className="chip-count">{props.count}</span>
    </button>
  );
}
