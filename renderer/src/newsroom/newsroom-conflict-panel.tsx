import './newsroom.css';
import { useCallback, useEffect, useState } from 'react';
import type { StoryConflict, StoryConflictSide } from '../../../shared/ipc/newsroom-contract';
import { storyFieldsOf, type Block } from '../../../shared/model/story';
import { useClient } from '../ipc/client-context';
import { errorMessage } from '../ipc/error-message';
import { useI18n } from '../i18n/i18n-context';
import { UncheckedBadge } from './unchecked-edit';

/**
 * An engine conflict on the open story (two desks changed it apart): every side side by side,
 * read-only and selectable so any part can be copied into the editor. Nothing is decided until
 * the user keeps one side: this desk's side as it is saved now (with whatever was merged into it
 * in the editor), or another desk's. The other sides are then removed on the server.
 */
export function NewsroomConflictPanel({ storyId, onResolved }: { storyId: string; onResolved: () => void }) {
  const t = useI18n().t.newsroom;
  const client = useClient();
  const [conflict, setConflict] = useState<StoryConflict | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    client.call('newsroom.storyConflicts', { storyId }).then(
      (found) => setConflict(found[0] ?? null),
      (failure: unknown) => setError(errorMessage(failure)),
    );
  }, [client, storyId]);
  useEffect(() => {
    load();
    const offStories = client.on('stories.changed', ({ ids }) => ids.includes(storyId) && load());
    const offStatus = client.on('newsroom.status', load);
    return () => {
      offStories();
      offStatus();
    };
  }, [client, load, storyId]);

  if (!conflict || conflict.sides.length < 2) return null;

  const keep = async (side: StoryConflictSide) => {
    setBusy(true);
    setError(null);
    try {
      // This desk's side is what is saved now, merges included; another side is taken whole.
      const current = await client.call('stories.get', { id: storyId });
      const fields = side.shown ? storyFieldsOf(current) : storyFieldsOf(side.story);
      await client.call('newsroom.resolveStory', { storyId, version: current.version, fields });
      setConflict(null);
      onResolved();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="newsroom-conflict" role="alert" data-testid="newsroom-conflict">
      <header>
        <strong>{t.conflictTitle}</strong>
        <span>{t.conflictExplain}</span>
      </header>
      {error && <p className="newsroom-error">{error}</p>}
      <div className="newsroom-sides">
        {conflict.sides.map((side) => (
          <article key={side.rev} className={`newsroom-side${side.shown ? ' shown' : ''}`} data-testid="newsroom-side">
            <div className="newsroom-side-head">
              <span>{t.side(side.editedBy, side.editedAt)}</span>
              {side.shown && <em>{t.thisDesk}</em>}
              {side.deleted && <em className="deleted">{t.deletedSide}</em>}
              <UncheckedBadge flag={side.unchecked} />
            </div>
            <h3>{side.story.headline}</h3>
            {side.story.body.map((block, index) => (
              <p key={index}>{blockText(block)}</p>
            ))}
            <button type="button" className={side.shown ? 'primary-button' : 'secondary-button'} disabled={busy} onClick={() => void keep(side)} data-testid="newsroom-keep">
              {t.useSide}
            </button>
          </article>
        ))}
      </div>
    </section>
  );
}

function blockText(block: Block): string {
  if (block.type === 'photo') return [block.caption, block.credit].filter(Boolean).join(' ');
  return block.children.map((leaf) => leaf.text).join('');
}
