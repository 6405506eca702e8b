import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ItemView } from '../../../../renderer/src/page-desk/canvas/display-list-layer';
import type { BoxItem } from '../../../../shared/model/display-list';

/** The screen draws a round box (着重号 dot) as the ellipse the PDF draws, a plain box as a rectangle. */
describe('round boxes on screen', () => {
  const view = (item: BoxItem) =>
    renderToStaticMarkup(createElement('svg', null, createElement(ItemView, { item, id: 'x', alternates: undefined, photos: {} })));

  it('draws a dot as an ellipse inscribed in its rectangle', () => {
    const markup = view({ kind: 'box', rect: { x: 10, y: 20, width: 1.35, height: 1.35 }, fill: [0, 0, 0, 1], round: true });
    expect(markup).toContain('rx="0.675"');
    expect(markup).toContain('ry="0.675"');
  });

  it('keeps a plain box square-cornered', () => {
    expect(view({ kind: 'box', rect: { x: 0, y: 0, width: 50, height: 20 }, fill: [0, 0, 0, 0.1] })).not.toContain('rx=');
  });
});
