import './library.css';
import { useI18n } from '../i18n/i18n-context';
import { useClient } from '../ipc/client-context';
import { formatBylines, formatUpdated } from '../ui/format-story';
import { useTrash } from './use-trash';

/** The trash: deleted stories with when they went, each restorable. */
export function TrashView({ onRestore }: { onRestore: (id: string) => void }) {
  const { t, locale } = useI18n();
  const trash = useTrash(useClient(), true);
  if (trash.error) return <p className="notice notice-error" role="alert">{t.trash.loadFailed(trash.error)}</p>;
  if (!trash.stories) return <p className="placeholder">{t.library.loading}</p>;
  if (trash.stories.length === 0) return <p className="placeholder empty" data-testid="trash-empty">{t.trash.empty}</p>;
  return (
    <section className="trash" aria-label={t.trash.title}>
      <p className="results-summary">{t.trash.count(trash.stories.length)}</p>
      <table className="story-table trash-table" data-testid="trash-table">
        <thead>
          <tr>
            <th scope="col" className="col-headline">{t.columns.headline}</th>
            <th scope="col" className="col-section">{t.columns.section}</th>
            <th scope="col" className="col-bylines">{t.columns.bylines}</th>
            <th scope="col" className="col-length">{t.columns.length}</th>
            <th scope="col" className="col-updated">{t.trash.deletedAt}</th>
            <th scope="col" className="col-actions"><span className="visually-hidden">{t.trash.restore}</span></th>
          </tr>
        </thead>
        <tbody>
          {trash.stories.map((story) => (
            <tr key={story.id} data-story-id={story.id}>
              <td className="col-headline">
                {story.kicker && <div className="kicker">{story.kicker}</div>}
                <span className={story.headline ? 'headline' : 'headline headline-missing'}>{story.headline || t.noHeadline}</span>
              </td>
              <td className="col-section">{story.section || t.noSection}</td>
              <td className="col-bylines">{formatBylines(story.bylines)}</td>
              <td className="col-length">{t.length(story.length, locale)}</td>
              <td className="col-updated">
                {story.deletedAt && <time dateTime={story.deletedAt}>{formatUpdated(story.deletedAt, locale)}</time>}
              </td>
              <td className="col-actions">
                <button type="button" className="secondary-button" onClick={() => onRestore(story.id)}>
                  {t.trash.restore}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
