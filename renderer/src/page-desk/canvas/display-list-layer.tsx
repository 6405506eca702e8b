import { memo, type ReactElement } from 'react';
import type { PhotoView } from '../../../../shared/ipc/page-contract';
import { textSpaceGlyphs, type BoxItem, type DisplayItem, type GlyphRun, type ImageItem, type RuleItem } from '../../../../shared/model/display-list';
import type { DeskComposition } from '../workspace/page-composer';
import { cmykCss } from '../workspace/screen-color';
import { familyFor } from './screen-fonts';

/**
 * The display list as SVG, item for item, in the same order the PDF writer draws it: glyph runs
 * as <text> with every glyph's x given (the browser positions nothing itself), photos clipped to
 * their frames, rules, boxes. Items are keyed by content and memoised, so a recomposition
 * re-renders only the items it changed.
 */

const num = (value: number): string => String(Math.round(value * 1000) / 1000);

type Alternates = ReadonlyArray<[number, 'fwid' | 'pwid']> | undefined;

/** One x per character (a glyph standing for several characters gives its x to each). */
function positions(glyphs: GlyphRun['glyphs'], from = 0, to = glyphs.length): { text: string; xs: string } {
  let text = '';
  const xs: string[] = [];
  for (let i = from; i < to; i++) {
    const g = glyphs[i]!;
    for (const ch of g.text) {
      text += ch;
      xs.push(num(g.x));
    }
  }
  return { text, xs: xs.join(' ') };
}

/**
 * A vertical run (竖排): every glyph at its own origin. Upright glyphs in one <text> with the
 * vertical forms switched on (`vert`), 纵中横 digits as they are, rotated glyphs turned 90°
 * clockwise about their origin — as the PDF writer draws them.
 */
function VerticalRunText({ run, common }: { run: GlyphRun; common: Record<string, unknown> }) {
  let text = '';
  const xs: string[] = [];
  const ys: string[] = [];
  const others: ReactElement[] = [];
  run.glyphs.forEach((g, i) => {
    const x = num(g.x);
    const y = num(g.y ?? run.y);
    if (g.orient === 'rotated') {
      others.push(<text key={i} {...common} x={x} y={y} transform={`rotate(90 ${x} ${y})`}>{g.text}</text>);
    } else if (g.orient === 'tcy') {
      others.push(<text key={i} {...common} x={x} y={y}>{g.text}</text>);
    } else {
      for (const ch of g.text) {
        text += ch;
        xs.push(x);
        ys.push(y);
      }
    }
  });
  return (
    <g className="dl-vertical">
      {text ? <text {...common} className="dl-text dl-vert" x={xs.join(' ')} y={ys.join(' ')}>{text}</text> : null}
      {others}
    </g>
  );
}

const GlyphRunText = memo(function GlyphRunText({ run, alternates }: { run: GlyphRun; alternates: Alternates }) {
  const source = run.source;
  // 长/扁: glyphs at their text-space x, drawn through a horizontal scale about the first glyph.
  const glyphs = textSpaceGlyphs(run);
  const scale = run.scaleX ?? 1;
  const x0 = glyphs[0]?.x ?? 0;
  const common = {
    ...(scale !== 1 ? { transform: `matrix(${num(scale)} 0 0 1 ${num(x0 * (1 - scale))} 0)` } : {}),
    className: 'dl-text',
    fontFamily: familyFor(run.face),
    fontSize: run.size,
    fill: cmykCss(run.color),
    // Synthetic bold, as the PDF's render mode 2: the outline stroked in the fill colour, round joins.
    ...(run.embolden ? { stroke: cmykCss(run.color), strokeWidth: num(run.embolden * run.size), strokeLinejoin: 'round' as const } : {}),
    'data-frame': source?.frameId,
    'data-line': source?.line,
    'data-column': source?.column,
    'data-block': source?.block,
    'data-face': run.face,
  };
  if (run.vertical) return <VerticalRunText run={run} common={common} />;
  if (!alternates?.length) {
    const { text, xs } = positions(glyphs);
    return (
      <text {...common} x={xs} y={num(run.y)}>
        {text}
      </text>
    );
  }
  // Full-width or proportional forms are switched on for their glyphs only.
  const feature = new Map(alternates);
  const parts: { from: number; to: number; feature: 'fwid' | 'pwid' | undefined }[] = [];
  run.glyphs.forEach((_, i) => {
    const f = feature.get(i);
    const last = parts[parts.length - 1];
    if (last && last.feature === f) last.to = i + 1;
    else parts.push({ from: i, to: i + 1, feature: f });
  });
  return (
    <text {...common} y={num(run.y)}>
      {parts.map((part) => {
        const { text, xs } = positions(glyphs, part.from, part.to);
        return (
          <tspan key={part.from} x={xs} className={part.feature ? `dl-${part.feature}` : undefined}>
            {text}
          </tspan>
        );
      })}
    </text>
  );
});

const ImageView = memo(function ImageView({ item, id, photo }: { item: ImageItem; id: string; photo: PhotoView | undefined }) {
  const { clip, draw } = item;
  if (!photo?.url) {
    return (
      <g className="dl-photo-missing" data-asset={item.assetId}>
        <rect x={clip.x} y={clip.y} width={clip.width} height={clip.height} />
        <path d={`M${clip.x} ${clip.y}L${clip.x + clip.width} ${clip.y + clip.height}M${clip.x + clip.width} ${clip.y}L${clip.x} ${clip.y + clip.height}`} />
      </g>
    );
  }
  return (
    <g data-asset={item.assetId}>
      <clipPath id={id}>
        <rect x={clip.x} y={clip.y} width={clip.width} height={clip.height} />
      </clipPath>
      <image href={photo.url} x={draw.x} y={draw.y} width={draw.width} height={draw.height} preserveAspectRatio="none" clipPath={`url(#${id})`} />
    </g>
  );
});

const RuleView = memo(function RuleView({ item }: { item: RuleItem }) {
  return <line x1={item.x1} y1={item.y1} x2={item.x2} y2={item.y2} stroke={cmykCss(item.color)} strokeWidth={item.width} />;
});

const BoxView = memo(function BoxView({ item }: { item: BoxItem }) {
  const { rect } = item;
  return (
    <rect
      x={rect.x}
      y={rect.y}
      width={rect.width}
      height={rect.height}
      // A round box (着重号 dot) is the ellipse inscribed in its rectangle, as the PDF draws it.
      rx={item.round ? rect.width / 2 : undefined}
      ry={item.round ? rect.height / 2 : undefined}
      fill={item.fill ? cmykCss(item.fill) : 'none'}
      stroke={item.stroke ? cmykCss(item.stroke.color) : undefined}
      strokeWidth={item.stroke?.width}
    />
  );
});

/** One display item as SVG (the proof layer draws its items with it too). */
export function ItemView({ item, id, alternates, photos }: { item: DisplayItem; id: string; alternates: Alternates; photos: DeskComposition['photos'] }) {
  switch (item.kind) {
    case 'glyphs':
      return <GlyphRunText run={item} alternates={alternates} />;
    case 'image':
      return <ImageView item={item} id={id} photo={photos[item.assetId]} />;
    case 'rule':
      return <RuleView item={item} />;
    case 'box':
      return <BoxView item={item} />;
  }
}

/**
 * Until the page's fonts are in, the text is left out: laid out in a fallback face it would only
 * cost the browser a layout of every line twice (and show the wrong face). Photos and rules show.
 */
export const DisplayListLayer = memo(function DisplayListLayer({ composed, fontsReady }: { composed: DeskComposition; fontsReady: boolean }) {
  return (
    <g className={`display-list${fontsReady ? '' : ' fonts-loading'}`} data-testid="display-list" data-seq={composed.seq} data-revision={composed.revision}>
      {composed.order.map((key) => {
        const item = composed.items.get(key);
        if (!item || (!fontsReady && item.kind === 'glyphs')) return null;
        return <ItemView key={key} item={item} id={`clip-${key}`} alternates={composed.alternates[key]} photos={composed.photos} />;
      })}
    </g>
  );
});
