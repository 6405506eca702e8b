import { useMemo, useState, type FormEvent } from 'react';
import { BROADSHEET } from '../../../../shared/compose/templates';
import type { PageInfo, PageTemplate } from '../../../../shared/model/page';
import { Field, NumberField } from '../panels/fields';
import { PageSlotFields } from './page-slot-fields';
import { customFrom, templateFacts, templateFor, templateProblems, type CustomTemplate, type TemplateKey } from './template-choice';
import { useI18n } from '../../i18n/i18n-context';

const KEYS: readonly TemplateKey[] = ['broadsheet', 'tabloid', 'a3', 'custom'];

function Num({ label, value, step = 1, testId, onChange }: { label: string; value: number; step?: number; testId: string; onChange: (v: number) => void }) {
  // NumberField keeps what is typed, so a value can be cleared and typed again.
  return <NumberField label={label} value={value} min={0} max={10000} step={step} required testId={testId} onChange={(v) => v !== undefined && onChange(v)} />;
}

/**
 * A new page: its slot (edition date and 版次), name and section, and a template — the
 * broadsheet, tabloid or A3, or a custom trim and grid with the type area it makes shown as it
 * is typed.
 */
export function NewPageDialog({
  defaults,
  busy,
  error,
  onCreate,
  onCancel,
}: {
  defaults: { edition: string; number: number };
  busy: boolean;
  error: string | null;
  onCreate: (page: PageInfo, template: PageTemplate) => void;
  onCancel: () => void;
}) {
  const t = useI18n().t.pageDesk;
  const [edition, setEdition] = useState(defaults.edition);
  const [number, setNumber] = useState(defaults.number);
  const [name, setName] = useState('');
  const [section, setSection] = useState('');
  const [paper, setPaper] = useState('');
  const [key, setKey] = useState<TemplateKey>('broadsheet');
  const [custom, setCustom] = useState<CustomTemplate>(() => customFrom(BROADSHEET));
  const template = useMemo(() => templateFor(key, custom, t.templates.customName(custom.width, custom.height, custom.columns)), [key, custom, t]);
  const facts = templateFacts(template);
  const problems = templateProblems(template);
  const set = (patch: Partial<CustomTemplate>) => setCustom((c) => ({ ...c, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problems.length || !/^\d{4}-\d{2}-\d{2}$/.test(edition)) return;
    const page: PageInfo = { name: name.trim() || t.list.pageNumber(number), edition, number, section: section.trim(), ...(paper.trim() ? { paper: paper.trim() } : {}) };
    onCreate(page, template);
  };

  return (
    <div className="dialog-backdrop" role="presentation">
      <form className="dialog new-page-dialog" role="dialog" aria-modal="true" aria-labelledby="new-page-title" data-testid="new-page-dialog" onSubmit={submit}>
        <h2 id="new-page-title">{t.list.newPageTitle}</h2>
        <div className="inspector-grid">
          <PageSlotFields
            testIdPrefix="new"
            edition={edition}
            onEdition={setEdition}
            number={number}
            onNumber={setNumber}
            name={name}
            onName={setName}
            namePlaceholder={t.list.namePlaceholder}
          />
          <Field label={t.list.section}>
            <input type="text" value={section} placeholder={t.list.sectionPlaceholder} data-testid="new-section" onChange={(e) => setSection(e.target.value)} />
          </Field>
          <Field label={t.list.paper}>
            <input type="text" value={paper} placeholder={t.list.paperPlaceholder} data-testid="new-paper" onChange={(e) => setPaper(e.target.value)} />
          </Field>
        </div>
        <fieldset className="template-choice">
          <legend>{t.list.template}</legend>
          {KEYS.map((k) => (
            <label key={k} className={`template-option${key === k ? ' chosen' : ''}`}>
              <input type="radio" name="template" value={k} checked={key === k} data-testid={`template-${k}`} onChange={() => setKey(k)} />
              <span className="template-name">{t.templates.names[k]}</span>
              <span className="card-meta">{t.templates.hints[k]}</span>
            </label>
          ))}
        </fieldset>
        {key === 'custom' && (
          <div className="inspector-grid custom-template" data-testid="custom-template">
            <Num label={t.templates.width} value={custom.width} testId="custom-width" onChange={(width) => set({ width })} />
            <Num label={t.templates.height} value={custom.height} testId="custom-height" onChange={(height) => set({ height })} />
            <Num label={t.templates.top} value={custom.top} testId="custom-top" onChange={(top) => set({ top })} />
            <Num label={t.templates.bottom} value={custom.bottom} testId="custom-bottom" onChange={(bottom) => set({ bottom })} />
            <Num label={t.templates.bleed} value={custom.bleed} testId="custom-bleed" onChange={(bleed) => set({ bleed })} />
            <Num label={t.templates.columns} value={custom.columns} testId="custom-columns" onChange={(columns) => set({ columns: Math.max(1, Math.min(20, Math.round(columns))) })} />
            <Num label={t.templates.chars} value={custom.charsPerColumn} testId="custom-chars" onChange={(charsPerColumn) => set({ charsPerColumn: Math.max(4, Math.min(60, Math.round(charsPerColumn))) })} />
            <Num label={t.templates.gutter} value={custom.gutterChars} step={0.5} testId="custom-gutter" onChange={(gutterChars) => set({ gutterChars })} />
            <Num label={t.templates.bodySize} value={custom.bodySize} step={0.5} testId="custom-body-size" onChange={(bodySize) => set({ bodySize })} />
            <Num label={t.templates.pitch} value={custom.baselinePitch} step={0.5} testId="custom-pitch" onChange={(baselinePitch) => set({ baselinePitch })} />
          </div>
        )}
        <p className={`template-facts${problems.length ? ' has-problems' : ''}`} data-testid="new-template-facts">
          {t.gridFacts(template)} · {t.templates.typeArea(facts.typeWidthMm, facts.typeHeightMm, facts.lines)}
          {problems.map((p) => (
            <span key={p} className="template-problem">
              {' '}
              {t.templates.problems[p]}
            </span>
          ))}
        </p>
        {error && (
          <p className="notice notice-error" role="alert" data-testid="new-page-error">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" className="secondary-button" onClick={onCancel}>
            {t.actions.cancel}
          </button>
          <button type="submit" className="primary-button" data-testid="new-page-create" disabled={busy || problems.length > 0}>
            {t.list.create}
          </button>
        </div>
      </form>
    </div>
  );
}
