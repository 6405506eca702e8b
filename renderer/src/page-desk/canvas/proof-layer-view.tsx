import { memo } from 'react';
import type { ProofPageLayer } from '../../../../shared/proof/proof-types';
import { ItemView } from './display-list-layer';

/**
 * The proof layer over the page: the marks on their glyphs in their round's colour, the leaders,
 * the notes in the margins — the items the proof PDF draws, drawn as the page's own items are.
 * It takes no pointer events, so the frames under it can still be picked and dragged.
 */

const NO_PHOTOS = {};

export const ProofLayerView = memo(function ProofLayerView({ layer }: { layer: ProofPageLayer }) {
  return (
    <g className="proof-layer" data-testid="proof-layer" data-notes={layer.notes.length} data-unplaced={layer.unplaced.length} pointerEvents="none">
      {layer.items.map((item, i) => (
        <g key={i} className={`proof-item proof-${item.kind}`} data-testid="proof-item">
          <ItemView item={item} id={`proof-${i}`} alternates={undefined} photos={NO_PHOTOS} />
        </g>
      ))}
    </g>
  );
});
