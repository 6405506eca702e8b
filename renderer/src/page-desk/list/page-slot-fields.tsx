import { Field } from '../panels/fields';
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
      <Field label={t.list.number}>
        <input
          type="number"
          min={1}
          max={999}
          value={number}
          required
          data-testid={`${testIdPrefix}-number`}
          onChange={(e) => Number.isInteger(e.target.valueAsNumber) && onNumber(e.target.valueAsNumber)}
        />
      </Field>
      <Field label={t.list.name} wide>
        <input type="text" value={name} placeholder={namePlaceholder} data-testid={`${testIdPrefix}-name`} onChange={(e) => onName(e.target.value)} />
      </Field>
    </>
  );
}
