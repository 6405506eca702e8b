import { BYLINE_ROLES } from '../../../../shared/model/story';
import { useI18n } from '../../i18n/i18n-context';
import { bylineRow, DEFAULT_BYLINE_LABELS, type BylineRole, type BylineRow } from './head-fields';

interface Props {
  rows: readonly BylineRow[];
  onChange: (rows: BylineRow[]) => void;
  onBlur: () => void;
}

/** Bylines: a role, the label printed before the names (本报记者 …), and the names. */
export function BylineFields({ rows, onChange, onBlur }: Props) {
  const { t } = useI18n();
  const f = t.editor.fields;
  const update = (key: number, patch: Partial<BylineRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <div className="bylines-field" role="group" aria-label={f.bylines} data-testid="bylines">
      <span className="head-label">{f.bylines}</span>
      <div className="byline-rows">
        {rows.map((row) => (
          <div className="byline-row" key={row.key} data-testid="byline-row">
            <select
              aria-label={f.role}
              value={row.role}
              onBlur={onBlur}
              onChange={(event) => {
                const role = event.target.value as BylineRole;
                // The label follows the role unless the desk wrote its own.
                const label = row.label === DEFAULT_BYLINE_LABELS[row.role] || row.label === '' ? DEFAULT_BYLINE_LABELS[role] : row.label;
                update(row.key, { role, label });
              }}
            >
              {BYLINE_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t.editor.roles[role]}
                </option>
              ))}
            </select>
            <input
              type="text"
              className="byline-label"
              aria-label={f.label}
              value={row.label}
              onBlur={onBlur}
              onChange={(event) => update(row.key, { label: event.target.value })}
            />
            <input
              type="text"
              className="byline-names"
              aria-label={f.names}
              placeholder={f.namesPlaceholder}
              value={row.names}
              onBlur={onBlur}
              onChange={(event) => update(row.key, { names: event.target.value })}
            />
            <button
              type="button"
              className="icon-button small"
              aria-label={f.removeByline}
              title={f.removeByline}
              onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
            >
              ×
            </button>
          </div>
        ))}
        <button type="button" className="link-button add-byline" onClick={() => onChange([...rows, bylineRow()])}>
          + {f.addByline}
        </button>
      </div>
    </div>
  );
}
