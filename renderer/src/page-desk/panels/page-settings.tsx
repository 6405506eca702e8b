import type { PageDocument, PageTypography } from '../../../../shared/model/page';
import { BLACK_GENERATIONS, pressCondition, type PressProfile } from '../../../../shared/model/press';
import type { WorkspaceStore } from '../workspace/workspace-store';
import { Field, NumberField, Section, SelectField, TextField } from './fields';
import { useI18n } from '../../i18n/i18n-context';

const TYPOGRAPHY_FACES = ['bylineFace', 'captionFace', 'quoteFace'] as const;
/** Faces the page style offers for bylines, captions and quotes. */
const PAGE_STYLE_FACES = ['lxgw-wenkai-400', 'noto-sans-sc-400', 'noto-serif-sc-400', 'noto-sans-sc-700'] as const;

function definedOnly(typography: PageTypography): PageTypography {
  return Object.fromEntries(Object.entries(typography).filter(([, value]) => value !== undefined)) as PageTypography;
}

/** With nothing selected: the page itself — name, section, edition date, 版次, the header strip, the press, the page style, the template. */
export function PageSettings({ store, doc }: { store: WorkspaceStore; doc: PageDocument }) {
  const t = useI18n().t.pageDesk;
  const patch = (page: Partial<PageDocument['page']>, key: string) =>
    store.change(t.history.pageSettings, (d) => ({ ...d, page: { ...d.page, ...page } }), undefined, `page-${key}`);
  const patchPress = (press: Partial<PressProfile>, key: string) =>
    store.change(t.history.pageSettings, (d) => ({ ...d, press: { ...d.press, ...press } }), undefined, `press-${key}`);
  // Keys set to undefined are dropped, so "default" leaves no trace in the page file.
  const patchTypography = (change: Partial<PageTypography>, key: string) =>
    store.change(t.history.pageSettings, (d) => ({ ...d, typography: definedOnly({ ...d.typography, ...change }) }), undefined, `typography-${key}`);
  const typography = doc.typography ?? {};
  const press = pressCondition(doc.press);
  const { template } = doc;
  return (
    <>
      <Section title={t.inspector.page} testId="inspector-page">
        <TextField label={t.list.name} value={doc.page.name} testId="page-name" onChange={(name) => patch({ name }, 'name')} />
        <TextField label={t.list.section} value={doc.page.section} testId="page-section" onChange={(section) => patch({ section }, 'section')} />
        <TextField label={t.list.paper} value={doc.page.paper ?? ''} testId="page-paper" onChange={(paper) => patch({ paper }, 'paper')} />
        <Field label={t.list.edition}>
          <input
            type="date"
            value={doc.page.edition}
            data-testid="page-edition"
            onChange={(event) => /^\d{4}-\d{2}-\d{2}$/.test(event.target.value) && patch({ edition: event.target.value }, 'edition')}
          />
        </Field>
        <NumberField label={t.list.number} value={doc.page.number} min={1} max={999} testId="page-number" onChange={(number) => number !== undefined && patch({ number }, 'number')} />
        <label className="check-field">
          <input type="checkbox" checked={doc.page.header !== false} data-testid="page-header" onChange={(e) => patch({ header: e.target.checked }, 'header')} />
          {t.inspector.pageHeader}
        </label>
      </Section>
      <Section title={t.inspector.press} testId="inspector-press">
        <NumberField
          label={t.inspector.inkLimit}
          value={press.inkLimit}
          min={160}
          max={400}
          testId="press-ink-limit"
          onChange={(inkLimit) => inkLimit !== undefined && inkLimit >= 160 && inkLimit <= 400 && patchPress({ inkLimit: Math.round(inkLimit) }, 'ink-limit')}
        />
        <SelectField
          label={t.inspector.blackGeneration}
          value={press.blackGeneration}
          testId="press-black-generation"
          options={BLACK_GENERATIONS.map((g) => ({ value: g, label: t.inspector.blackGenerations[g] }))}
          onChange={(blackGeneration) => patchPress({ blackGeneration }, 'black-generation')}
        />
        <p className="side-note">{t.inspector.pressCondition(press.condition)}</p>
      </Section>
      <Section title={t.inspector.typography} testId="inspector-typography">
        <SelectField
          label={t.inspector.punctuation}
          value={typography.punctuation ?? 'auto'}
          testId="typography-punctuation"
          options={(['auto', 'mainland', 'centred'] as const).map((value) => ({ value, label: t.inspector.punctuationStyles[value] }))}
          onChange={(value) => patchTypography({ punctuation: value === 'auto' ? undefined : value }, 'punctuation')}
        />
        {TYPOGRAPHY_FACES.map((key) => (
          <SelectField
            key={key}
            label={t.inspector[key]}
            value={typography[key] ?? ''}
            testId={`typography-${key}`}
            options={[{ value: '', label: t.inspector.defaultFace }, ...PAGE_STYLE_FACES.map((face) => ({ value: face, label: t.faces[face] ?? face }))]}
            onChange={(face) => patchTypography({ [key]: face || undefined }, key)}
          />
        ))}
      </Section>
      <Section title={t.inspector.template}>
        <p className="template-facts" data-testid="template-facts">
          {t.templateFacts(template)}
        </p>
      </Section>
      <p className="side-note">{t.inspector.nothingSelected}</p>
    </>
  );
}
