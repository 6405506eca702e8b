import { useMemo, useState, useSyncExternalStore, type CSSProperties } from 'react';
import { Transforms } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { ANNOTATION_KIND_INFO, ANNOTATION_STATUSES, canAccept, type Annotation, type AnnotationStatus, type StatusChange } from '../../../../shared/model/annotation';
import { useI18n } from '../../i18n/i18n-context';
import { formatUpdated } from '../../ui/format-story';
import { useUserName } from '../../ui/user-name';
import type { AnnotationController } from './annotation-controller';
import { markColor } from './mark-look';
import './proofreading.css';

interface Props {
  controller: AnnotationController;
  history: readonly StatusChange[];
  onClose: () => void;
}

/**
 * The proofreading side panel: every mark of the story with who made it, when and in which
 * round, filtered by round, person and status; clicking one selects its text. Accept and
 * reject one by one or all shown at once; replies thread under their mark. The story's
 * status history closes the panel.
 */
export function AnnotationPanel({ controller, history, onClose }: Props) {
  const { t, locale } = useI18n();
  const p = t.proof;
  const editor = useSlateStatic();
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const [user] = useUserName();
  const { filter } = snapshot;

  const rounds = useMemo(() => [...new Set(snapshot.marks.map((m) => m.round))].sort((a, b) => a - b), [snapshot.marks]);
  const authors = useMemo(() => [...new Set(snapshot.marks.filter((m) => m.replyTo === null).map((m) => m.author))].sort(), [snapshot.marks]);
  const shown = controller.visible(filter);
  const repliesOf = (id: string) => snapshot.marks.filter((m) => m.replyTo === id);
  const decidable = shown.filter((m) => m.status === 'open' && canAccept(m));

  const show = (mark: Annotation) => {
    controller.select(mark.id);
    const range = controller.rangeOf(mark.id);
    if (!range || ReactEditor.isComposing(editor)) return;
    ReactEditor.focus(editor);
    Transforms.select(editor, range);
  };

  return (
    <aside className="side-panel proof-panel" aria-label={p.panel.title} data-testid="proof-panel">
      <div className="side-panel-bar">
        <span className="side-panel-title">
          {p.panel.title} <span className="proof-panel-count" data-testid="proof-panel-count">{p.panel.count(shown.length)}</span>
        </span>
        <button type="button" className="icon-button" aria-label={p.panel.close} title={p.panel.close} onClick={onClose}>
          ×
        </button>
      </div>
      <div className="proof-filters" role="group" aria-label={p.panel.filters}>
        <select value={filter.round ?? ''} data-testid="filter-round" onChange={(e) => controller.setFilter({ round: e.target.value ? Number(e.target.value) : null })}>
          <option value="">{p.panel.allRounds}</option>
          {rounds.map((round) => (
            <option key={round} value={round}>
              {p.round(round)}
            </option>
          ))}
        </select>
        <select value={filter.author ?? ''} data-testid="filter-author" onChange={(e) => controller.setFilter({ author: e.target.value || null })}>
          <option value="">{p.panel.allAuthors}</option>
          {authors.map((author) => (
            <option key={author} value={author}>
              {author}
            </option>
          ))}
        </select>
        <select value={filter.status} data-testid="filter-status" onChange={(e) => controller.setFilter({ status: e.target.value as AnnotationStatus | 'all' })}>
          <option value="all">{p.panel.allStatuses}</option>
          {ANNOTATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {p.statuses[status]}
            </option>
          ))}
        </select>
      </div>
      {decidable.length > 1 && (
        <div className="proof-bulk">
          <button type="button" className="secondary-button" title={p.actions.acceptAllHint} data-testid="accept-all" onClick={() => void controller.accept(decidable.map((m) => m.id))}>
            {p.actions.acceptAll}
          </button>
          <button type="button" className="secondary-button" title={p.actions.rejectAllHint} data-testid="reject-all" onClick={() => void controller.reject(decidable.map((m) => m.id))}>
            {p.actions.rejectAll}
          </button>
        </div>
      )}
      {!snapshot.loaded ? (
        <p className="placeholder side-placeholder">{p.panel.loading}</p>
      ) : shown.length === 0 ? (
        <p className="placeholder side-placeholder">{snapshot.marks.length === 0 ? p.panel.empty : p.panel.emptyFiltered}</p>
      ) : (
        <ol className="mark-list" data-testid="mark-list">
          {shown.map((mark) => (
            <MarkItem
              key={mark.id}
              mark={mark}
              replies={repliesOf(mark.id)}
              located={snapshot.located.has(mark.id)}
              selected={snapshot.selectedId === mark.id}
              own={mark.author === user}
              controller={controller}
              onShow={() => show(mark)}
            />
          ))}
        </ol>
      )}
      <section className="status-history" data-testid="status-history">
        <h3>{p.workflow.history}</h3>
        {history.length === 0 ? (
          <p className="placeholder">{p.workflow.noHistory}</p>
        ) : (
          <ol>
            {history.map((change) => (
              <li key={`${change.at}-${change.version}`} data-to={change.to}>
                <span className="history-change">{p.workflow.change(t.status[change.from], t.status[change.to])}</span>
                {change.round !== null && <span className="history-round">{p.workflow.startsRound(p.round(change.round))}</span>}
                <span className="history-who">{p.panel.by(change.author, formatUpdated(change.at, locale))}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </aside>
  );
}

function MarkItem(props: {
  mark: Annotation;
  replies: Annotation[];
  located: boolean;
  selected: boolean;
  own: boolean;
  controller: AnnotationController;
  onShow: () => void;
}) {
  const { mark, replies, located, selected, own, controller, onShow } = props;
  const { t, locale } = useI18n();
  const p = t.proof;
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState('');
  const info = ANNOTATION_KIND_INFO[mark.kind];
  const open = mark.status === 'open';
  const color = markColor(mark);
  const send = () => {
    controller.reply(mark.id, reply.trim());
    setReply('');
    setReplying(false);
  };

  return (
    <li
      className={`mark-item${selected ? ' is-selected' : ''}${located || !open ? '' : ' is-orphaned'}`}
      data-mark-id={mark.id}
      data-kind={mark.kind}
      data-status={mark.status}
      style={{ '--mark-color': color } as CSSProperties}
    >
      <button type="button" className="mark-head" title={`${p.actions.show}\n${p.kinds[mark.kind].meaning}`} onClick={onShow}>
        <span className="mark-kind">{p.kinds[mark.kind].name}</span>
        <span className="mark-round">{p.round(mark.round)}</span>
        {mark.anchor.quote ? (
          <q className="mark-quote">{mark.anchor.quote}</q>
        ) : (
          // A point: where it stands, between the words around it.
          <span className="mark-context">
            …{mark.anchor.before.slice(-6)}
            <b>‸</b>
            {mark.anchor.after.slice(0, 6)}…
          </span>
        )}
        {mark.text && info.text !== 'none' && (
          <span className="mark-correction">
            {mark.anchor.quote ? '→ ' : '+ '}
            <span className="mark-text">{mark.kind === 'space' && mark.text === '\u3000' ? '␣' : mark.text}</span>
          </span>
        )}
        {mark.kind === 'move' && <span className="mark-correction">→ {p.panel.target}</span>}
      </button>
      {mark.body && <p className="mark-body">{mark.body}</p>}
      <div className="mark-meta">
        <span>{p.panel.by(mark.author, formatUpdated(mark.createdAt, locale))}</span>
        <span className={`mark-status status-${mark.status}`}>{p.statuses[mark.status]}</span>
      </div>
      {!open && mark.decidedBy && mark.decidedAt && <div className="mark-meta">{p.panel.decided(p.statuses[mark.status], mark.decidedBy, formatUpdated(mark.decidedAt, locale))}</div>}
      {open && !located && <p className="mark-orphaned" data-testid="mark-orphaned">{p.panel.orphaned}</p>}
      {replies.length > 0 && (
        <ol className="mark-replies" aria-label={p.panel.replies(replies.length)}>
          {replies.map((r) => (
            <li key={r.id} className="mark-reply">
              <span className="mark-reply-body">{r.body}</span>
              <span className="mark-meta">{p.panel.by(r.author, formatUpdated(r.createdAt, locale))}</span>
            </li>
          ))}
        </ol>
      )}
      <div className="mark-actions">
        {open && info.decision === 'accept' && (
          <>
            <button type="button" className="secondary-button" title={p.actions.acceptHint} disabled={!located} data-action="accept" onClick={() => void controller.accept([mark.id])}>
              {p.actions.accept}
            </button>
            <button type="button" className="secondary-button" data-action="reject" onClick={() => void controller.reject([mark.id])}>
              {p.actions.reject}
            </button>
          </>
        )}
        {open && info.decision === 'resolve' && (
          <button type="button" className="secondary-button" data-action="resolve" onClick={() => void controller.setStatus(mark.id, 'resolved')}>
            {p.actions.resolve}
          </button>
        )}
        {(mark.status === 'resolved' || mark.status === 'rejected') && (
          <button type="button" className="link-button" data-action="reopen" onClick={() => void controller.setStatus(mark.id, 'open')}>
            {p.actions.reopen}
          </button>
        )}
        <button type="button" className="link-button" data-action="reply" onClick={() => setReplying((on) => !on)}>
          {p.actions.reply}
        </button>
        {open && own && (
          <button type="button" className="link-button" title={p.actions.withdrawHint} data-action="withdraw" onClick={() => void controller.remove(mark.id)}>
            {p.actions.withdraw}
          </button>
        )}
      </div>
      {replying && (
        <div className="mark-reply-form">
          <textarea value={reply} rows={2} placeholder={p.actions.replyPlaceholder} data-testid="reply-text" onChange={(e) => setReply(e.target.value)} />
          <button type="button" className="secondary-button" disabled={!reply.trim()} data-action="send-reply" onClick={send}>
            {p.actions.send}
          </button>
        </div>
      )}
    </li>
  );
}
