import type { StorySummary } from '../../../shared/ipc/contract-types';
import { useI18n } from '../i18n/i18n-context';
import { formatBylines, formatUpdated } from '../ui/format-story';
import { FlagBadges, StatusBadge } from './story-badges';

interface Props {
  stories: readonly StorySummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Double-click: open in the editor. */
  onOpen: (id: string) => void;
  /** The Delete key on a row: move it to the trash. */
  onDelete: (id: string) => void;
}

/** The library table: one row per story, headline block first as the desk scans it. */
export function StoryTable({ stories, selectedId, onSelect, onOpen, onDelete }: Props) {
  const { t, locale } = useI18n();
  return (
    <table className="story-table" data-testid="story-table">
      <thead>
        <tr>
          <th scope="col" className="col-headline">{t.columns.headline}</th>
          <th scope="col" className="col-section">{t.columns.section}</th>
          <th scope="col" className="col-status">{t.columns.status}</th>
          <th scope="col" className="col-bylines">{t.columns.bylines}</th>
          <th scope="col" className="col-length">{t.columns.length}</th>
          <th scope="col" className="col-updated">{t.columns.updated}</th>
        </tr>
      </thead>
      <tbody>
        {stories.map((story) => (
          <tr
            key={story.id}
            data-story-id={story.id}
            aria-selected={story.id === selectedId}
            tabIndex={0}
            onClick={() => onSelect(story.id)}
            onDoubleClick={() => onOpen(story.id)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onSelect(story.id);
              } else if (event.key === 'Delete') {
                event.preventDefault();
                onDelete(story.id);
              }
            }}
          >
            <td className="col-headline">
              {story.kicker && <div className="kicker">{story.kicker}</div>}
              <div className="headline-line">
                <span className={story.headline ? 'headline' : 'headline headline-missing'}>
                  {story.headline || t.noHeadline}
                </span>
                <FlagBadges flags={story.flags} />
              </div>
              {story.subtitle && <div className="subtitle">{story.subtitle}</div>}
            </td>
            <td className="col-section">{story.section || t.noSection}</td>
            <td className="col-status">
              <StatusBadge status={story.status} />
            </td>
            <td className="col-bylines">
              {story.bylines.map((byline, index) => (
                <div key={index}>{formatBylines([byline])}</div>
              ))}
            </td>
            <td className="col-length">{t.length(story.length, locale)}</td>
            <td className="col-updated">
              <time dateTime={story.updatedAt}>{formatUpdated(story.updatedAt, locale)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
