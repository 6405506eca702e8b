import type { SearchHit, StorySummary } from '../../../shared/ipc/contract-types';
import { useI18n } from '../i18n/i18n-context';
import { formatBylines } from '../ui/format-story';
import { HighlightedSnippet } from './highlighted-snippet';
import { FlagBadges, StatusBadge } from './story-badges';

interface Props {
  query: string;
  /** A newer query is running; these results are about to be replaced. */
  busy: boolean;
  hits: readonly SearchHit[];
  hidden: number;
  stories: ReadonlyMap<string, StorySummary>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Search results best first, each with its story's place in the library and a highlighted snippet. */
export function SearchResults({ query, busy, hits, hidden, stories, selectedId, onSelect }: Props) {
  const { t } = useI18n();
  return (
    <section className="search-results" data-testid="search-results" aria-label={t.search.label} aria-busy={busy}>
      <p className="results-summary" role="status">
        {t.search.results(hits.length, query)}
        {hidden > 0 && <span className="results-hidden"> {t.search.hiddenByFilters(hidden)}</span>}
      </p>
      <ol className="hits">
        {hits.map((hit, index) => {
          const story = stories.get(hit.id);
          return (
            <li key={hit.id} data-story-id={hit.id} className="hit" aria-selected={hit.id === selectedId}>
              <button type="button" className="hit-button" onClick={() => onSelect(hit.id)}>
                <span className="hit-rank">{index + 1}</span>
                <span className="hit-body">
                  <span className="hit-head">
                    <span className="headline">{hit.headline || t.noHeadline}</span>
                    {story && <FlagBadges flags={story.flags} />}
                  </span>
                  {story && (
                    <span className="hit-meta">
                      {story.section && <span className="hit-section">{story.section}</span>}
                      <StatusBadge status={story.status} />
                      <span className="hit-bylines">{formatBylines(story.bylines)}</span>
                    </span>
                  )}
                  <HighlightedSnippet snippet={hit.snippet} highlights={hit.highlights} />
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
