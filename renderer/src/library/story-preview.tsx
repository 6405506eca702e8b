import type { ReactNode } from 'react';
import type { Block, TextLeaf } from '../../../shared/model/story';
import { useI18n } from '../i18n/i18n-context';
import { useClient } from '../ipc/client-context';
import { formatBylines, formatUpdated } from '../ui/format-story';
import { FlagBadges, StatusBadge } from './story-badges';
import { useStory } from './use-story';

/**
 * The selected story as imported: its structured heads, bylines and body, read-only.
 * The desk checks an import here; the story editor will open from it.
 */
interface PreviewProps {
  id: string;
  onClose: () => void;
  onOpen: (id: string) => void;
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
}

export function StoryPreview({ id, onClose, onOpen, onDuplicate, onDelete }: PreviewProps) {
  const { t, locale } = useI18n();
  const state = useStory(useClient(), id);
  const live = state.kind === 'loaded' && state.story.deletedAt === null;

  return (
    <aside className="preview" aria-label={t.preview.label} data-testid="story-preview">
      <div className="preview-bar">
        <span className="preview-title">{t.preview.label}</span>
        <div className="preview-actions">
          <button type="button" className="primary-button small" disabled={!live} title={t.actions.openHint} onClick={() => onOpen(id)}>
            {t.actions.open}
          </button>
          <button type="button" className="secondary-button" disabled={!live} title={t.actions.duplicateHint} onClick={() => onDuplicate(id)}>
            {t.actions.duplicate}
          </button>
          <button type="button" className="secondary-button danger" disabled={!live} title={t.actions.deleteHint} onClick={() => onDelete(id)}>
            {t.actions.delete}
          </button>
          <button type="button" className="icon-button" aria-label={t.preview.close} title={t.preview.close} onClick={onClose}>
            ×
          </button>
        </div>
      </div>
      {state.kind === 'loading' || state.kind === 'none' ? (
        <p className="placeholder">{t.preview.loading}</p>
      ) : state.kind === 'error' ? (
        <p className="notice notice-error" role="alert">{t.preview.failed(state.message)}</p>
      ) : (
        <article className="preview-story">
          <div className="preview-meta">
            {state.story.section && <span>{state.story.section}</span>}
            <StatusBadge status={state.story.status} />
            <span>{t.preview.version(state.story.version)}</span>
            <time dateTime={state.story.updatedAt}>{formatUpdated(state.story.updatedAt, locale)}</time>
          </div>
          <FlagBadges flags={state.story.flags} />
          {state.story.kicker && <p className="preview-kicker">{state.story.kicker}</p>}
          <h2 className={state.story.headline ? 'preview-headline' : 'preview-headline headline-missing'}>
            {state.story.headline || t.noHeadline}
          </h2>
          {state.story.subtitle && <p className="preview-subtitle">{state.story.subtitle}</p>}
          {state.story.bylines.length > 0 && <p className="preview-bylines">{formatBylines(state.story.bylines)}</p>}
          <div className="preview-body">
            {state.story.body.map((block, index) => (
              <BodyBlock key={index} block={block} />
            ))}
          </div>
          {state.story.photoCredit && <p className="preview-credit">{state.story.photoCredit}</p>}
        </article>
      )}
    </aside>
  );
}

function Leaves({ leaves }: { leaves: readonly TextLeaf[] }) {
  return (
    <>
      {leaves.map((leaf, index) => {
        let node: ReactNode = leaf.text;
        if (leaf.italic) node = <em>{node}</em>;
        if (leaf.bold) node = <strong>{node}</strong>;
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}

function BodyBlock({ block }: { block: Block }) {
  const { t } = useI18n();
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <Leaves leaves={block.children} />
        </p>
      );
    case 'subhead':
      return (
        <h3 className="preview-subhead">
          <Leaves leaves={block.children} />
        </h3>
      );
    case 'pull-quote':
      return (
        <blockquote>
          <Leaves leaves={block.children} />
        </blockquote>
      );
    case 'photo':
      return (
        <figure className="preview-photo">
          <div className="preview-photo-slot" aria-hidden="true">
            {t.preview.photo}
          </div>
          <figcaption>
            {block.caption}
            {block.credit && <span className="photo-credit">{block.credit}</span>}
          </figcaption>
        </figure>
      );
  }
}
