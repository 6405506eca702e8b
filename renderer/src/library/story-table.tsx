import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { StorySummary } from '../../../shared/ipc/contract-types';
import { useI18n } from '../i18n/i18n-context';
import { formatBylines, formatUpdated } from '../ui/format-story';
import { FlagBadges, PlacedOn, StatusBadge } from './story-badges';
import { useRowWindow } from './use-row-window';
import { UncheckedBadge } from '../newsroom/unchecked-edit';

/** A row's height before one is measured; the library sheet fixes every row to one height. */
const ROW_HEIGHT = 77;

interface Props {
  /** The rows loaded so far, in order. */
  stories: readonly StorySummary[];
  /** How many rows the list has in all (the rest load as they scroll into view). */
  total: number;
  /** The element the table scrolls in. */
  scroller: RefObject<HTMLElement | null>;
  /** Asks for at least this many rows to be loaded. */
  onNeedRows: (count: number) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Double-click: open in the editor. */
  onOpen: (id: string) => void;
  /** The Delete key on a row: move it to the trash. */
  onDelete: (id: string) => void;
}

/**
 * The library table: one row per story, headline block first as the desk scans it. Only the
 * rows on screen are rendered (spacer rows stand in for the others), so a 100,000-story
 * archive scrolls like a short one; the arrow keys move the selection row by row.
 */
export function StoryTable({ stories, total, scroller, onNeedRows, selectedId, onSelect, onOpen, onDelete }: Props) {
  const { t, locale } = useI18n();
  const body = useRef<HTMLTableSectionElement>(null);
  const [rowHeight, setRowHeight] = useState(ROW_HEIGHT);
  const { start, end } = useRowWindow({ scroller, list: body, count: total, rowHeight });
  const shownEnd = Math.min(end, stories.length);
  const focusId = useRef<string | null>(null);

  useEffect(() => {
    if (end > stories.length && stories.length < total) onNeedRows(end);
  }, [end, stories.length, total, onNeedRows]);

  // Rows are one height by the style sheet; measuring one keeps the scroll arithmetic exact.
  useLayoutEffect(() => {
    const row = body.current?.querySelector<HTMLElement>('tr[data-story-id]');
    const measured = row?.getBoundingClientRect().height;
    if (measured && Math.abs(measured - rowHeight) > 0.5) setRowHeight(measured);
  }, [rowHeight, start, shownEnd]);

  // After an arrow key, the newly selected row takes the focus once it is rendered.
  useLayoutEffect(() => {
    if (!focusId.current) return;
    const row = body.current?.querySelector<HTMLElement>(`tr[data-story-id="${CSS.escape(focusId.current)}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      focusId.current = null;
    }
  });

  const moveTo = (index: number) => {
    const story = stories[index];
    const outer = scroller.current;
    const inner = body.current;
    if (!story || !outer || !inner) return;
    const top = inner.getBoundingClientRect().top - outer.getBoundingClientRect().top + outer.scrollTop + index * rowHeight;
    const header = inner.previousElementSibling?.getBoundingClientRect().height ?? 0;
    if (top - header < outer.scrollTop) outer.scrollTop = top - header;
    else if (top + rowHeight > outer.scrollTop + outer.clientHeight) outer.scrollTop = top + rowHeight - outer.clientHeight;
    focusId.current = story.id;
    onSelect(story.id);
  };

  return (
    <table className="story-table" data-testid="story-table" aria-rowcount={total + 1}>
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
      <tbody ref={body}>
        {start > 0 && <tr className="row-spacer" aria-hidden="true" style={{ height: start * rowHeight }} />}
        {stories.slice(start, shownEnd).map((story, offset) => (
          <tr
            key={story.id}
            data-story-id={story.id}
            aria-rowindex={start + offset + 2}
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
              } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                moveTo(start + offset + (event.key === 'ArrowDown' ? 1 : -1));
              }
            }}
          >
            <td className="col-headline">
              <div className="row-clip">
                {story.kicker && <div className="kicker">{story.kicker}</div>}
                <div className="headline-line">
                  <span className={story.headline ? 'headline' : 'headline headline-missing'}>
                    {story.headline || t.noHeadline}
                  </span>
                  <FlagBadges flags={story.flags} />
                  <UncheckedBadge flag={story.unchecked} />
                </div>
                {story.subtitle && <div className="subtitle">{story.subtitle}</div>}
              </div>
            </td>
            <td className="col-section">{story.section || t.noSection}</td>
            <td className="col-status">
              <StatusBadge status={story.status} />
              <PlacedOn pages={story.pages} />
            </td>
            <td className="col-bylines">
              <div className="row-clip">
                {story.bylines.map((byline, index) => (
                  <div key={index}>{formatBylines([byline])}</div>
                ))}
              </div>
            </td>
            <td className="col-length">{t.length(story.length, locale)}</td>
            <td className="col-updated">
              <time dateTime={story.updatedAt}>{formatUpdated(story.updatedAt, locale)}</time>
            </td>
          </tr>
        ))}
        {total > shownEnd && <tr className="row-spacer" aria-hidden="true" style={{ height: (total - Math.max(start, shownEnd)) * rowHeight }} />}
      </tbody>
    </table>
  );
}
