import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { StoryRevision } from '../../../../shared/ipc/contract-types';
import { storyLength, type StoryFields } from '../../../../shared/model/story';
import { useI18n } from '../../i18n/i18n-context';
import { useClient } from '../../ipc/client-context';
import { errorMessage } from '../../ipc/error-message';
import { formatUpdated } from '../../ui/format-story';
import { UncheckedBadge } from '../../newsroom/unchecked-edit';
import { useChangeSignal, type ChangeSignal } from '../change-signal';
import { DiffView } from './diff-view';
import { storyLines } from './story-lines';
import { diffLines, diffSize, type DiffLine } from './text-diff';

interface Props {
  storyId: string;
  /** The saved version now; the list is read again when it changes. */
  version: number;
  /** The editor's text now, to compare a revision against. */
  readCurrent: () => StoryFields;
  signal: ChangeSignal;
  onRestore: (revision: StoryRevision) => void;
  onClose: () => void;
}

type ListState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'loaded'; revisions: StoryRevision[] };

/**
 * Earlier versions of the story (each save keeps the one it replaced), newest first. The
 * chosen one is compared with the text in the editor now, and can be put back — as an
 * ordinary, undoable edit that the next save stores, so restoring loses nothing either.
 */
export function RevisionsPanel({ storyId, version, readCurrent, signal, onRestore, onClose }: Props) {
  const { t, locale } = useI18n();
  const r = t.editor.revisions;
  const client = useClient();
  const [list, setList] = useState<ListState>({ kind: 'loading' });
  const [chosen, setChosen] = useState<string | null>(null);
  const edits = useDeferredValue(useChangeSignal(signal));

  useEffect(() => {
    let live = true;
    client.call('stories.revisions', { id: storyId }).then(
      (revisions) => {
        if (!live) return;
        setList({ kind: 'loaded', revisions });
        setChosen((current) => (current !== null && revisions.some((revision) => revision.id === current) ? current : (revisions[0]?.id ?? null)));
      },
      (error: unknown) => live && setList({ kind: 'error', message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [client, storyId, version]);

  const labels = t.editor.lines;
  const revision = list.kind === 'loaded' ? list.revisions.find((item) => item.id === chosen) ?? null : null;
  const lines = useMemo<DiffLine[] | null>(
    () => (revision ? diffLines(storyLines(revision.fields, labels), storyLines(readCurrent(), labels)) : null),
    // `edits` stands for the editor's text, which readCurrent reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- edits stands for the text
    [revision, labels, readCurrent, edits],
  );

  return (
    <aside className="side-panel revisions-panel" aria-label={r.title} data-testid="revisions-panel">
      <div className="side-panel-bar">
        <span className="side-panel-title">{r.title}</span>
        <button type="button" className="icon-button" aria-label={r.close} title={r.close} onClick={onClose}>
          ×
        </button>
      </div>
      {list.kind === 'loading' ? (
        <p className="placeholder">{r.loading}</p>
      ) : list.kind === 'error' ? (
        <p className="notice notice-error" role="alert">{r.failed(list.message)}</p>
      ) : list.revisions.length === 0 ? (
        <p className="placeholder side-placeholder">{r.empty}</p>
      ) : (
        <>
          <ol className="revision-list" data-testid="revision-list">
            {list.revisions.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className="revision-item"
                  aria-pressed={item.id === chosen}
                  data-version={item.version}
                  onClick={() => setChosen(item.id)}
                >
                  <span className="revision-version">{r.version(item.version)}</span>
                  <time dateTime={item.savedAt}>{formatUpdated(item.savedAt, locale)}</time>
                  {/* Who saved that version (the newsroom user; every desk shows the same history). */}
                  {item.savedBy && <span className="revision-by">{item.savedBy}</span>}
                  <UncheckedBadge flag={item.unchecked ? { by: item.savedBy, at: item.savedAt } : null} />
                  <span className="revision-length">{t.length(storyLength(item.fields.body), locale)}</span>
                </button>
              </li>
            ))}
          </ol>
          {revision && lines && (
            <section className="revision-detail" data-testid="revision-detail" data-version={revision.version}>
              <div className="revision-detail-bar">
                <span className="revision-caption">{r.diffCaption(revision.version)}</span>
                <span className="revision-size">{r.changes(diffSize(lines).added, diffSize(lines).removed)}</span>
              </div>
              {lines.every((line) => line.kind === 'equal') ? (
                <p className="placeholder side-placeholder">{r.noChanges}</p>
              ) : (
                <DiffView lines={lines} />
              )}
              <button type="button" className="secondary-button restore-revision" title={r.restoreHint} onClick={() => onRestore(revision)}>
                {r.restore}
              </button>
            </section>
          )}
        </>
      )}
    </aside>
  );
}
