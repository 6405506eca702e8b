import { memo, useMemo, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { StorySummary } from '../../../../shared/ipc/contract-types';
import { useI18n } from '../../i18n/i18n-context';

/**
 * The story library beside the page: every live story with its length, the ones on this page
 * marked. Drag a story onto the page to place it (a story already on the page continues its
 * thread in the new frame); double-click to open it in the editor.
 */
export const StoryPanel = memo(function StoryPanel({
  stories,
  placed,
  error,
  onStartDrag,
  onOpen,
}: {
  stories: readonly StorySummary[] | null;
  placed: ReadonlyMap<string, number>;
  error: string | null;
  onStartDrag: (event: ReactPointerEvent, story: StorySummary) => void;
  onOpen: (id: string) => void;
}) {
  const t = useI18n().t.pageDesk;
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim();
    const list = stories ?? [];
    return q ? list.filter((s) => `${s.kicker}${s.headline}${s.subtitle}${s.section}`.includes(q)) : list;
  }, [stories, query]);

  return (
    <div className="side-list" data-testid="story-panel">
      <input className="side-filter" type="search" value={query} placeholder={t.panels.filterStories} aria-label={t.panels.filterStories} onChange={(e) => setQuery(e.target.value)} />
      {error && <p className="side-note notice-error">{error}</p>}
      {!stories && !error && <p className="side-note">{t.panels.loading}</p>}
      {stories && shown.length === 0 && <p className="side-note">{stories.length ? t.panels.noMatch : t.panels.noStories}</p>}
      <ul className="story-cards">
        {shown.map((story) => {
          const frames = placed.get(story.id) ?? 0;
          return (
            <li
              key={story.id}
              className={`story-card${frames ? ' is-placed' : ''}`}
              data-testid="story-card"
              data-story-id={story.id}
              title={t.panels.dragStoryHint}
              onPointerDown={(event) => onStartDrag(event, story)}
              onDoubleClick={() => onOpen(story.id)}
            >
              {story.kicker && <span className="card-kicker">{story.kicker}</span>}
              <span className="card-headline">{story.headline || t.panels.noHeadline}</span>
              <span className="card-meta">
                <span>{t.panels.length(story.length)}</span>
                {story.section && <span>{story.section}</span>}
                {frames > 0 && <span className="card-placed">{t.panels.placed(frames)}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
});
