import { Field, NumberField } from '../panels/fields';
import { useI18n } from '../../i18n/i18n-context';

/** Edition date, page number (版次) and name: where a new or duplicated page goes. */
export function PageSlotFields({
  testIdPrefix,
  edition,
  onEdition,
  number,
  onNumber,
  name,
  onName,
  namePlaceholder,
}: {
  testIdPrefix: string;
  edition: string;
  onEdition: (value: string) => void;
  number: number;
  onNumber: (value: number) => void;
  name: string;
  onName: (value: string) => void;
  namePlaceholder?: string;
}) {
  const t = useI18n().t.pageDesk;
  return (
    <>
      <Field label={t.list.edition}>
        <input type="date" value={edition} required data-testid={`${testIdPrefix}-edition`} onChange={(e) => onEdition(e.target.value)} />
      </Field>
      {/* Its own text while typed, so it can be cleared and typed again (Backspace, then 5, is 5). */}
      <NumberField
        label={t.list.number}
        value={number}
        min={1}
        max={999}
        required
        testId={`${testIdPrefix}-number`}
        onChange={(value) => value !== undefined && Number.isInteger(value) && onNumber(value)}
      />
      <Field label={t.list.name} wide>
        <input type="text" value={name} placeholder={namePlaceholder} data-testid={`${testIdPrefix}-name`} onChange={(e) => onName(e.target.value)} />
      </Field>
    </>
  );
}
