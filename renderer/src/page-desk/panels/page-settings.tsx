import type { PageDocument } from '../../../../shared/model/page';
import type { WorkspaceStore } from '../workspace/workspace-store';
import { Field, NumberField, Section, TextField } from './fields';
import { useI18n } from '../../i18n/i18n-context';

/** With nothing selected: the page itself — name, section, edition date, 版次, the header strip, the template. */
export function PageSettings({ store, doc }: { store: WorkspaceStore; doc: PageDocument }) {
  const t = useI18n().t.pageDesk;
  const patch = (page: Partial<PageDocument['page']>, key: string) =>
    store.change(t.history.pageSettings, (d) => ({ ...d, page: { ...d.page, ...page } }), undefined, `page-${key}`);
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
      <Section title={t.inspector.template}>
        <p className="template-facts" data-testid="template-facts">
          {t.templateFacts(template)}
        </p>
      </Section>
      <p className="side-note">{t.inspector.nothingSelected}</p>
    </>
  );
}
