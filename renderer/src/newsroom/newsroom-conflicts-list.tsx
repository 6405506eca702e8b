import { useCallback, useEffect, useState } from 'react';
import type { MarkConflict, PageConflict, PageConflictSide, SlotConflict } from '../../../shared/ipc/newsroom-contract';
import { useClient } from '../ipc/client-context';
import { errorMessage } from '../ipc/error-message';
import { useI18n } from '../i18n/i18n-context';
import { UncheckedBadge } from './unchecked-edit';

/**
 * The engine's conflicts on pages and proof marks, and pages waiting for an edition slot
 * (Settings → 编辑部). Every version is shown — a page as a plan of its frames with what differs
 * from the version this desk shows — and nothing changes until the user keeps one.
 */
export function NewsroomConflictsList() {
  const t = useI18n().t.newsroom;
  const client = useClient();
  const [pages, setPages] = useState<PageConflict[]>([]);
  const [marks, setMarks] = useState<MarkConflict[]>([]);
  const [slots, setSlots] = useState<SlotConflict[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    const fail = (failure: unknown) => setError(errorMessage(failure));
    client.call('newsroom.pageConflicts', {}).then(setPages, fail);
    client.call('newsroom.markConflicts', {}).then(setMarks, fail);
    client.call('newsroom.slotConflicts', {}).then(setSlots, fail);
  }, [client]);
  useEffect(() => {
    load();
    const offs = [client.on('newsroom.status', load), client.on('pages.changed', load)];
    return () => offs.forEach((off) => off());
  }, [client, load]);

  const act = (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    work().then(
      () => {
        setBusy(false);
        load();
      },
      (failure: unknown) => {
        setBusy(false);
        setError(errorMessage(failure));
      },
    );
  };

  const nothing = pages.length + marks.length + slots.length === 0;
  return (
    <section className="newsroom-conflicts" data-testid="newsroom-conflicts">
      <h2>{t.conflictsHeading}</h2>
      {error && <p className="newsroom-error" role="alert">{error}</p>}
      {nothing && <p className="newsroom-note">{t.noConflicts}</p>}
      {pages.map((conflict) => (
        <article key={conflict.pageId} className="newsroom-conflict-item" data-testid="page-conflict">
          <h3>{t.pageConflictTitle(conflict.sides.find((side) => side.shown)?.name ?? conflict.sides[0]?.name ?? '')}</h3>
          <div className="newsroom-sides">
            {conflict.sides.map((side) => (
              <div key={side.rev} className={`newsroom-side${side.shown ? ' shown' : ''}`} data-testid="page-side">
                <div className="newsroom-side-head">
                  <span>{t.side(side.editedBy, side.editedAt)}</span>
                  {side.shown && <em>{t.thisDesk}</em>}
                  {side.deleted && <em className="deleted">{t.deletedSide}</em>}
                  <UncheckedBadge flag={side.unchecked} />
                </div>
                <FramePlan side={side} />
                <DiffLines side={side} />
                <button type="button" className={side.shown ? 'primary-button' : 'secondary-button'} disabled={busy} data-testid="page-keep"
                  onClick={() => act(() => client.call('newsroom.resolvePage', { pageId: conflict.pageId, rev: side.rev }))}>
                  {t.useSide}
                </button>
              </div>
            ))}
          </div>
        </article>
      ))}
      {marks.map((conflict) => (
        <article key={conflict.markId} className="newsroom-conflict-item" data-testid="mark-conflict">
          <h3>{t.markConflictTitle(conflict.sides.find((side) => side.quote)?.quote ?? '')}</h3>
          <div className="newsroom-sides">
            {conflict.sides.map((side) => (
              <div key={side.rev} className={`newsroom-side${side.shown ? ' shown' : ''}`}>
                <div className="newsroom-side-head">
                  <span>{t.side(side.editedBy, side.editedAt)}</span>
                  {side.shown && <em>{t.thisDesk}</em>}
                </div>
                <p>{[side.kind, side.text, side.body, side.status].filter(Boolean).join(' · ')}</p>
                <button type="button" className={side.shown ? 'primary-button' : 'secondary-button'} disabled={busy}
                  onClick={() => act(() => client.call('newsroom.resolveMark', { markId: conflict.markId, rev: side.rev }))}>
                  {t.useSide}
                </button>
              </div>
            ))}
          </div>
        </article>
      ))}
      {slots.map((slot) => (
        <SlotRow key={slot.pageId} slot={slot} busy={busy} onMove={(pageNumber) => act(() => client.call('newsroom.resolveSlot', { pageId: slot.pageId, pageNumber }))} />
      ))}
    </section>
  );
}

function SlotRow({ slot, busy, onMove }: { slot: SlotConflict; busy: boolean; onMove: (pageNumber: number) => void }) {
  const t = useI18n().t.newsroom;
  const [number, setNumber] = useState(slot.freeNumber);
  return (
    <article className="newsroom-conflict-item" data-testid="slot-conflict">
      <h3>{t.slotTitle(slot.editionDate, slot.pageNumber)}</h3>
      <p>{t.slotExplain(slot.name, slot.editedBy, slot.holder?.name ?? '')}</p>
      <label className="slot-move">
        <span>{t.slotNumber}</span>
        <input type="number" min={1} max={999} value={number} onChange={(event) => setNumber(Number(event.target.value))} />
        <button type="button" className="secondary-button" disabled={busy || !(number >= 1)} onClick={() => onMove(number)}>
          {t.slotMove}
        </button>
      </label>
    </article>
  );
}

/** The side's frames on its grid, to scale: added in green, moved in amber (against the side shown here). */
function FramePlan({ side }: { side: PageConflictSide }) {
  const columns = side.grid?.columns ?? Math.max(1, ...side.frames.map((box) => box.column + box.span));
  const lines = Math.max(1, side.grid?.lines ?? 1, ...side.frames.map((box) => box.line + box.depth));
  const added = new Set(side.diff.added.map((box) => box.id));
  const moved = new Set(side.diff.moved.map((change) => change.id));
  return (
    <svg className="frame-plan" viewBox={`0 0 ${columns} ${lines}`} preserveAspectRatio="none" role="img" aria-label={side.frames.map((box) => box.id).join(', ')}>
      {side.frames.map((box) => (
        <rect key={box.id} x={box.column} y={box.line} width={box.span} height={box.depth}
          className={added.has(box.id) ? 'plan-added' : moved.has(box.id) ? 'plan-moved' : 'plan-same'}>
          <title>{`${box.kind} ${box.id}`}</title>
        </rect>
      ))}
      {side.diff.removed.map((box) => (
        <rect key={`gone-${box.id}`} x={box.column} y={box.line} width={box.span} height={box.depth} className="plan-removed" />
      ))}
    </svg>
  );
}

function DiffLines({ side }: { side: PageConflictSide }) {
  const t = useI18n().t.newsroom;
  if (side.shown) return null;
  const { added, removed, moved, changed } = side.diff;
  const ids = (list: Array<{ id: string }>) => list.map((item) => item.id).join(', ');
  const lines = [
    added.length > 0 && t.framesAdded(ids(added)),
    removed.length > 0 && t.framesRemoved(ids(removed)),
    moved.length > 0 && t.framesMoved(ids(moved)),
    changed.length > 0 && t.framesChanged(changed.join(', ')),
  ].filter((line): line is string => Boolean(line));
  return (
    <ul className="plan-diff" data-testid="page-diff">
      {(lines.length > 0 ? lines : [t.sameFrames]).map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
