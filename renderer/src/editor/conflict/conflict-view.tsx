import { useDeferredValue, useMemo } from 'react';
import type { Block, Story, StoryFields } from '../../../../shared/model/story';
import { useI18n } from '../../i18n/i18n-context';
import { formatBylines, formatUpdated } from '../../ui/format-story';
import { useChangeSignal, type ChangeSignal } from '../change-signal';
import { alignTheirs, differingHeads, type HeadKey } from './conflict-alignment';

interface BannerProps {
  theirs: Story;
  busy: boolean;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
}

/** Across the top in a conflict: what happened, and the two ways out. */
export function ConflictBanner({ theirs, busy, onKeepMine, onKeepTheirs }: BannerProps) {
  const { t, locale } = useI18n();
  const c = t.editor.conflict;
  return (
    <div className="conflict-banner" role="alert" data-testid="conflict-banner">
      <div className="conflict-text">
        <strong>{c.title}</strong>
        <span>{c.explain(theirs.version, formatUpdated(theirs.updatedAt, locale))}</span>
      </div>
      <div className="conflict-actions">
        <button type="button" className="secondary-button" title={c.keepTheirsHint} disabled={busy} data-testid="keep-theirs" onClick={onKeepTheirs}>
          {c.keepTheirs}
        </button>
        <button type="button" className="primary-button" title={c.keepMineHint} disabled={busy} data-testid="keep-mine" onClick={onKeepMine}>
          {c.keepMine}
        </button>
      </div>
    </div>
  );
}

interface TheirsProps {
  theirs: Story;
  readMine: () => StoryFields;
  signal: ChangeSignal;
  /** Changes of the head fields also change "mine". */
  headVersion: unknown;
  onCopyBlock: (block: Block, at: number) => void;
  onUseHead: (key: HeadKey, theirs: Story) => void;
}

/**
 * Their version beside mine, read-only and selectable (so any part can be copied by
 * hand), with each block and head field mine lacks marked and copyable in one click.
 */
export function TheirVersion({ theirs, readMine, signal, headVersion, onCopyBlock, onUseHead }: TheirsProps) {
  const { t } = useI18n();
  const c = t.editor.conflict;
  const f = t.editor.fields;
  const edits = useDeferredValue(useChangeSignal(signal));
  // `edits` and `headVersion` stand for what readMine reads.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- readMine reads the editor
  const mine = useMemo(() => readMine(), [readMine, edits, headVersion]);
  const alignment = useMemo(() => alignTheirs(mine.body, theirs.body), [mine, theirs]);
  const heads = useMemo(() => differingHeads(mine, theirs), [mine, theirs]);
  const differences = alignment.bodyDifferences + heads.length;

  const headRow = (key: HeadKey, label: string, value: string, className: string) => {
    const differs = heads.includes(key);
    if (!value && !differs) return null;
    return (
      <div className={`their-head ${className}${differs ? ' differs' : ''}`} data-head={key}>
        <span className="their-head-label">{label}</span>
        <span className="their-head-value">{value || c.empty}</span>
        {differs && (
          <button type="button" className="copy-button" onClick={() => onUseHead(key, theirs)}>
            {c.useTheirs}
          </button>
        )}
      </div>
    );
  };

  return (
    <section className="their-version" aria-label={c.theirs(theirs.version)} data-testid="their-version">
      <div className="version-label their-label">
        <span>{c.theirs(theirs.version)}</span>
        <span className="difference-count" data-testid="difference-count">{c.differences(differences)}</span>
      </div>
      <div className="story-sheet their-sheet">
        {headRow('section', f.section, theirs.section, 'is-meta')}
        {headRow('status', f.status, t.status[theirs.status], 'is-meta')}
        {headRow('kicker', f.kicker, theirs.kicker, 'is-kicker')}
        {headRow('headline', f.headline, theirs.headline, 'is-headline')}
        {headRow('subtitle', f.subtitle, theirs.subtitle, 'is-subtitle')}
        {headRow('bylines', f.bylines, formatBylines(theirs.bylines), 'is-bylines')}
        <div className="their-body">
          {alignment.blocks.map((item, index) => (
            <div key={index} className={`their-block${item.differs ? ' differs' : ''}`} data-testid="their-block" data-differs={item.differs}>
              <TheirBlockText block={item.block} />
              {item.differs && (
                <button type="button" className="copy-button" title={c.copyHint} data-testid="copy-block" onClick={() => onCopyBlock(item.block, item.insertAt)}>
                  ← {c.copy}
                </button>
              )}
            </div>
          ))}
        </div>
        {headRow('photoCredit', f.photoCredit, theirs.photoCredit, 'is-credit')}
      </div>
    </section>
  );
}

function TheirBlockText({ block }: { block: Block }) {
  const { t } = useI18n();
  if (block.type === 'photo') {
    return (
      <figure className="their-photo">
        <span className="photo-tag">{t.editor.lines.photo}</span> {block.caption} <span className="photo-credit">{block.credit}</span>
      </figure>
    );
  }
  const leaves = block.children.map((leaf, index) => (leaf.bold ? <strong key={index}>{leaf.text}</strong> : <span key={index}>{leaf.text}</span>));
  if (block.type === 'subhead') return <h3 className="body-subhead">{leaves}</h3>;
  if (block.type === 'pull-quote') return <blockquote className="body-pull-quote">{leaves}</blockquote>;
  return <p className="body-paragraph">{leaves}</p>;
}
