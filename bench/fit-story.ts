// Sizes on drop: how long fitStoryFrame takes for each sample story dropped over three columns
// (cold: first fonts and layouts; warm: the layout cache filled). `npx tsx bench/fit-story.ts`
import { fitStoryFrame } from '../shared/compose/fit-story-frame';
import { BROADSHEET } from '../shared/compose/templates';
import { PAGE_FORMAT, PAGE_FORMAT_VERSION, type PageDocument } from '../shared/model/page';
import { pageLayoutCache, pageMeasurer } from '../main/fonts/page-measurer';
import { sampleStories } from '../main/sample/sample-page';
(async () => {
  const stories = await sampleStories();
  for (const pass of ['cold', 'warm']) {
    for (const id of Object.keys(stories)) {
      const doc: PageDocument = { format: PAGE_FORMAT, version: PAGE_FORMAT_VERSION, page: { name: 'x', edition: '2024-02-20', number: 1, section: 'x', header: false }, template: structuredClone(BROADSHEET), stories, assets: {},
        frames: [{ id: 'f', kind: 'story', storyId: id, area: { column: 1, span: 3, line: 2, depth: 30 }, bodyColumns: 3, headline: { size: 26, face: 'noto-sans-sc-700', align: 'center', deckSize: 14 } }] };
      const t = performance.now();
      const fit = fitStoryFrame(doc, 'f', { measurer: pageMeasurer(), cache: pageLayoutCache(), stories, images: {} });
      console.log(pass, id, `${(performance.now() - t).toFixed(0)} ms`, JSON.stringify(fit.area), fit.bodyColumns, fit.linesUnder);
    }
  }
})();
