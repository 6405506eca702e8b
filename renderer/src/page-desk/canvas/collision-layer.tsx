import { memo } from 'react';
import type { PreflightIssue } from '../../../../shared/compose/compose-types';
import { issueFrames } from '../workspace/issue-text';

/**
 * Collisions on the page: where two frames' content prints over each other (preflight's
 * `collision` errors), hatched in red over the overlap; a click selects both frames.
 */
export const CollisionLayer = memo(function CollisionLayer({
  issues,
  scale,
  title,
  onSelect,
}: {
  issues: readonly PreflightIssue[];
  /** Screen pixels per point. */
  scale: number;
  title: (issue: PreflightIssue) => string;
  onSelect: (frameIds: string[]) => void;
}) {
  const collisions = issues.filter((i): i is Extract<PreflightIssue, { code: 'collision' }> => i.code === 'collision');
  if (!collisions.length) return null;
  const px = (n: number) => n / scale;
  return (
    <g className="collision-layer" data-testid="collisions">
      <defs>
        <pattern id="collision-hatch" patternUnits="userSpaceOnUse" width={px(8)} height={px(8)} patternTransform="rotate(45)">
          <rect width={px(8)} height={px(8)} className="collision-hatch-ground" />
          <line x1={0} y1={0} x2={0} y2={px(8)} className="collision-hatch-line" strokeWidth={px(3)} />
        </pattern>
      </defs>
      {collisions.map((issue, i) => {
        const r = issue.params.area;
        return (
          <rect
            key={i}
            className="collision"
            data-testid="collision"
            data-frames={issueFrames(issue).join(' ')}
            x={r.x}
            y={r.y}
            width={Math.max(r.width, px(4))}
            height={Math.max(r.height, px(4))}
            strokeWidth={px(1.5)}
            onPointerDown={(event) => {
              event.stopPropagation();
              onSelect(issueFrames(issue));
            }}
          >
            <title>{title(issue)}</title>
          </rect>
        );
      })}
    </g>
  );
});
