import { memo } from 'react';
import type { GridGeometry } from '../../../../shared/compose/grid-geometry';
import type { PageTemplate } from '../../../../shared/model/page';
import { mmToPt } from '../../../../shared/model/units';

/**
 * What is printed on no plate but guides the make-up: the bleed, the trim (the paper), the
 * margins (the type area), the basic columns with their gutters, and the baseline grid — one
 * line per body line, every fifth stronger, as on a make-up sheet.
 */

export interface GuideOptions {
  columns: boolean;
  baselines: boolean;
}

export const PaperLayer = memo(function PaperLayer({ width, height, bleed }: { width: number; height: number; bleed: number }) {
  return (
    <g className="paper-layer">
      <rect className="paper-shadow" x={3} y={3} width={width} height={height} />
      <rect className="bleed-area" x={-bleed} y={-bleed} width={width + 2 * bleed} height={height + 2 * bleed} />
      <rect className="paper" x={0} y={0} width={width} height={height} />
    </g>
  );
});

export const GuideLayer = memo(function GuideLayer({
  template,
  geometry,
  guides,
  dense,
}: {
  template: PageTemplate;
  geometry: GridGeometry;
  guides: GuideOptions;
  /** Lines closer than a few pixels on screen: drawn fainter, so the text stays readable. */
  dense: boolean;
}) {
  const width = mmToPt(template.trim.width);
  const height = mmToPt(template.trim.height);
  const bleed = mmToPt(template.bleed);
  const { typeArea, columnWidth, gutter, pitch, lines } = geometry;
  const columns = template.grid.columns;
  let baselines = '';
  let fifths = '';
  if (guides.baselines) {
    for (let k = 0; k < lines; k++) {
      const y = typeArea.y + (k + 0.75) * pitch;
      const seg = `M${typeArea.x} ${y}H${typeArea.x + typeArea.width}`;
      if ((k + 1) % 5 === 0) fifths += seg;
      else baselines += seg;
    }
  }
  return (
    <g className={`guide-layer${dense ? ' dense' : ''}`} pointerEvents="none">
      <rect className="bleed-guide" x={-bleed} y={-bleed} width={width + 2 * bleed} height={height + 2 * bleed} />
      <rect className="trim-guide" x={0} y={0} width={width} height={height} />
      {guides.columns &&
        Array.from({ length: columns }, (_, i) => (
          <rect key={i} className="column-guide" x={typeArea.x + i * (columnWidth + gutter)} y={typeArea.y} width={columnWidth} height={typeArea.height} />
        ))}
      {guides.baselines && <path className="baseline-guide" d={baselines} />}
      {guides.baselines && <path className="baseline-guide fifth" d={fifths} />}
      <rect className="margin-guide" x={typeArea.x} y={typeArea.y} width={typeArea.width} height={typeArea.height} />
    </g>
  );
});
