import { memo, type PointerEvent as ReactPointerEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { ELEMENT_KINDS, type ElementKind } from './element-kinds';

export type { ElementKind } from './element-kinds';

/** Section banners (栏目头), rules and free text, dragged onto the page like stories. */
export const ElementsPanel = memo(function ElementsPanel({ onStartDrag }: { onStartDrag: (event: ReactPointerEvent, kind: ElementKind) => void }) {
  const t = useI18n().t.pageDesk;
  return (
    <div className="side-list" data-testid="elements-panel">
      <ul className="element-cards">
        {ELEMENT_KINDS.map((kind) => (
          <li key={kind} className={`element-card element-kind-${kind}`} data-testid={`element-${kind}`} title={t.panels.dragElementHint} onPointerDown={(event) => onStartDrag(event, kind)}>
            <span className="element-swatch" aria-hidden="true" />
            <span className="element-text">
              <span className="card-headline">{t.elements[kind].name}</span>
              <span className="card-meta">{t.elements[kind].hint}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
});
