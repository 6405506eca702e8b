import './mark-fields.css';
import { ANNOTATION_KIND_INFO, MARK_MENU, type AnnotationKind } from '../../../shared/model/annotation';
import { useI18n } from '../i18n/i18n-context';

/** 对调's natural correction: the two halves of the marked text swapped (the user can edit it). */
export function swapped(quote: string): string {
  const chars = Array.from(quote);
  const half = Math.ceil(chars.length / 2);
  return [...chars.slice(half), ...chars.slice(0, half)].join('');
}

/**
 * The form fields of a proof mark — its kind from the standard's list, the correction where
 * the kind carries one, a note — shared by the editor's composer and the page's popover.
 */
export function MarkFields({
  testIdPrefix,
  kind,
  onKind,
  kindDisabled,
  text,
  onText,
  body,
  onBody,
}: {
  testIdPrefix: string;
  kind: AnnotationKind;
  onKind: (kind: AnnotationKind) => void;
  /** Kinds that cannot be made here. */
  kindDisabled: (kind: AnnotationKind) => boolean;
  text: string;
  onText: (text: string) => void;
  body: string;
  onBody: (body: string) => void;
}) {
  const { t } = useI18n();
  const c = t.proof.composer;
  return (
    <>
      <label>
        <span className="head-label">{c.kind}</span>
        <select value={kind} data-testid={`${testIdPrefix}-kind`} onChange={(e) => onKind(e.target.value as AnnotationKind)}>
          {MARK_MENU.map((option) => (
            <option key={option} value={option} disabled={kindDisabled(option)}>
              {t.proof.kinds[option].name}
            </option>
          ))}
        </select>
      </label>
      {ANNOTATION_KIND_INFO[kind].text !== 'none' && (
        <label>
          <span className="head-label">{c.textFor[kind] ?? c.text}</span>
          <input
            type="text"
            value={text}
            data-testid={`${testIdPrefix}-text`}
            title={kind === 'transpose' ? c.transposeHint : undefined}
            onChange={(e) => onText(e.target.value)}
          />
        </label>
      )}
      <label className="mark-composer-note">
        <span className="head-label">{c.note}</span>
        <input type="text" value={body} placeholder={c.notePlaceholder} data-testid={`${testIdPrefix}-note`} onChange={(e) => onBody(e.target.value)} />
      </label>
    </>
  );
}
