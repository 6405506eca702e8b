import { STORY_LANGUAGES, STORY_STATUSES, type StoryLanguage, type StoryStatus } from '../../../../shared/model/story';
import { useI18n } from '../../i18n/i18n-context';
import { BylineFields } from './byline-fields';
import { headlineInput, type HeadFields } from './head-fields';

interface Props {
  head: HeadFields;
  onChange: (patch: Partial<HeadFields>) => void;
  /** A field lost focus: the session saves. */
  onBlur: () => void;
  /** A status change goes through the workflow (recorded with who and when) rather than the autosave. */
  onStatusChange?: (status: StoryStatus) => void;
  /** In proofing the head is read-only: its text changes only after the story is taken back. */
  locked?: boolean;
}

/**
 * The story's head as the page prints it: 引题 above 主题 above 副题, then the bylines;
 * above them the desk's bookkeeping (section, status, flags to resolve).
 */
export function StoryHeadForm({ head, onChange, onBlur, onStatusChange, locked = false }: Props) {
  const { t } = useI18n();
  const f = t.editor.fields;
  return (
    <section className="story-head" aria-label={f.group} data-testid="story-head">
      <div className="head-meta">
        <label className="meta-field">
          <span className="head-label">{f.section}</span>
          <input
            type="text"
            value={head.section}
            placeholder={f.sectionPlaceholder}
            readOnly={locked}
            data-testid="field-section"
            onBlur={onBlur}
            onChange={(event) => onChange({ section: event.target.value })}
          />
        </label>
        <label className="meta-field">
          <span className="head-label">{f.status}</span>
          <select value={head.status} data-testid="field-status" onBlur={onBlur} onChange={(event) => (onStatusChange ? onStatusChange(event.target.value as StoryStatus) : onChange({ status: event.target.value as StoryStatus }))}>
            {STORY_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t.status[status]}
              </option>
            ))}
          </select>
        </label>
        <label className="meta-field">
          <span className="head-label">{f.language}</span>
          <select
            value={head.language ?? 'zh-Hans'}
            disabled={locked}
            data-testid="field-language"
            title={f.languageHint}
            onBlur={onBlur}
            onChange={(event) => onChange({ language: event.target.value as StoryLanguage })}
          >
            {STORY_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t.editor.languages[language]}
              </option>
            ))}
          </select>
        </label>
        {head.flags.length > 0 && (
          <span className="flags head-flags">
            {head.flags.map((flag) => (
              <span key={flag} className={`flag flag-${flag}`} title={t.flagHints[flag] ?? flag} data-flag={flag}>
                {t.flags[flag] ?? flag}
                <button
                  type="button"
                  className="flag-resolve"
                  disabled={locked}
                  aria-label={`${f.resolveFlag}: ${t.flags[flag] ?? flag}`}
                  title={f.resolveFlag}
                  onClick={() => onChange({ flags: head.flags.filter((other) => other !== flag) })}
                >
                  ✓
                </button>
              </span>
            ))}
          </span>
        )}
      </div>
      <fieldset className="head-lock" disabled={locked}>
      <input
        type="text"
        className="head-field head-kicker"
        aria-label={f.kicker}
        placeholder={f.kickerPlaceholder}
        value={head.kicker}
        data-testid="field-kicker"
        onBlur={onBlur}
        onChange={(event) => onChange({ kicker: event.target.value })}
      />
      <textarea
        className="head-field head-headline"
        aria-label={f.headline}
        placeholder={f.headlinePlaceholder}
        value={head.headline}
        rows={head.headline.split('\n').length}
        data-testid="field-headline"
        onBlur={onBlur}
        // The layout breaks a long headline between phrases; Shift+Enter is the editor's own break, kept as "\n".
        onChange={(event) => onChange({ headline: headlineInput(event.target.value) })}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) event.preventDefault();
        }}
      />
      <input
        type="text"
        className="head-field head-subtitle"
        aria-label={f.subtitle}
        placeholder={f.subtitlePlaceholder}
        value={head.subtitle}
        data-testid="field-subtitle"
        onBlur={onBlur}
        onChange={(event) => onChange({ subtitle: event.target.value })}
      />
      <BylineFields rows={head.bylines} onChange={(bylines) => onChange({ bylines })} onBlur={onBlur} />
      </fieldset>
    </section>
  );
}
