import { useState } from 'react';
import { ANNOTATION_KIND_INFO, sameCharacters, type AnnotationKind } from '../../../../shared/model/annotation';
import type { StoryFields } from '../../../../shared/model/story';
import { bodyTexts } from '../../../../shared/proof/anchoring';
import { useI18n } from '../../i18n/i18n-context';
import { errorMessage } from '../../ipc/error-message';
import type { BanmianClient } from '../../ipc/bridge';
import { readUserName } from '../../ui/user-name';
import { selectionAnchor, type GlyphSelection } from '../workspace/glyph-selection';
import { MarkFields, swapped } from '../../ui/mark-fields';

interface Props {
  client: BanmianClient;
  selection: GlyphSelection;
  /** Where the drag ended, in client (screen) px. */
  at: { x: number; y: number };
  onDone: () => void;
}

/**
 * A mark made on the laid-out page: the glyphs dragged over are the range; the kinds and labels
 * are the editor's. Only range kinds are offered (a point or a 转移's target is placed in the editor).
 */
export function PageMarkPopover({ client, selection, at, onDone }: Props) {
  const { t } = useI18n();
  const c = t.proof.composer;
  const { quote } = selection;
  const [kind, setKind] = useState<AnnotationKind>('replace');
  const info = ANNOTATION_KIND_INFO[kind];
  const [text, setText] = useState(quote);
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = (next: AnnotationKind) => {
    setKind(next);
    const nextInfo = ANNOTATION_KIND_INFO[next];
    setText(next === 'transpose' ? swapped(quote) : next === 'replace' ? quote : nextInfo.text === 'default' ? (nextInfo.defaultText ?? '') : '');
  };

  const valid = (info.text !== 'required' || text !== '') && (kind !== 'transpose' || sameCharacters(text, quote)) && (kind !== 'replace' || text !== quote);

  const create = async () => {
    const author = readUserName();
    if (!author) {
      setError(t.proof.messages.needName);
      return;
    }
    setBusy(true);
    try {
      // The story's block text gives the context, its status history the round (as in the editor).
      const [story, history] = await Promise.all([
        client.call('stories.get', { id: selection.storyId }).catch(() => null),
        client.call('stories.statusHistory', { id: selection.storyId }).catch(() => []),
      ]);
      const texts = story ? bodyTexts((story as StoryFields).body) : [];
      const round = Math.max(1, ...history.map((change) => change.round ?? 0));
      const anchor = selectionAnchor(selection, texts[selection.block], story?.version ?? 0);
      await client.call('annotations.create', { storyId: selection.storyId, anchor, kind, text: info.text === 'none' ? '' : text, body: body.trim(), author, round });
      onDone();
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  };

  return (
    <div
      className="mark-composer page-mark-popover"
      role="dialog"
      aria-label={c.title}
      data-testid="page-mark-popover"
      style={{ position: 'fixed', left: Math.max(8, Math.min(at.x, window.innerWidth - 420)), top: at.y + 12, zIndex: 50, width: 400, border: '1px solid var(--rule-strong)', boxShadow: '0 4px 16px rgba(0,0,0,0.18)' }}
      onPointerDown={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      <span className="mark-composer-quote">{c.selected(quote.length > 40 ? `${quote.slice(0, 40)}…` : quote)}</span>
      <MarkFields
        testIdPrefix="page-mark"
        kind={kind}
        onKind={choose}
        kindDisabled={(option) => ANNOTATION_KIND_INFO[option].shape === 'point' || option === 'move'}
        text={text}
        onText={setText}
        body={body}
        onBody={setBody}
      />
      <span className="mark-composer-meaning">{error ?? t.proof.kinds[kind].meaning}</span>
      <button type="button" className="primary-button" disabled={!valid || busy} data-testid="page-mark-create" onClick={() => void create()}>
        {c.create}
      </button>
      <button type="button" className="link-button" data-testid="page-mark-cancel" onClick={onDone}>
        {c.cancel}
      </button>
    </div>
  );
}
