import { composePage } from '../../../../shared/compose/compose-page';
import type { ComposeResult, ImageInfo } from '../../../../shared/compose/compose-types';
import { namedStoryIds } from '../../../../shared/compose/photo-captions';
import type { ComposeResources, FaceMetricsPack } from '../../../../shared/ipc/page-contract';
import type { GlyphRun } from '../../../../shared/model/display-list';
import type { PageDocument } from '../../../../shared/model/page';
import type { StoryFields } from '../../../../shared/model/story';
import { createLayoutCache, type LayoutCache } from '../../../../shared/typeset/cache';
import type { Measurer } from '../../../../shared/typeset/measurer';
import { ProofMeasurer } from './proof-measurer';
import { ReplayMeasurer } from './replay-measurer';

/**
 * Composition in the window, for moving and resizing frames at the pointer's pace: the same
 * composePage as the main process and the PDF export, fed with what the main process resolved
 * (its font answers, the stories, the photos' sizes). It composes only what it can compose
 * exactly: a page with a story, photo or character the resources do not cover returns null,
 * and the main process composes that one (and sends the resources that were missing).
 */

function mergePack(into: FaceMetricsPack | null | undefined, pack: FaceMetricsPack | null): FaceMetricsPack | null {
  if (!pack) return into ?? null;
  if (!into) return { ...pack, glyphs: [...pack.glyphs], ink: [...pack.ink], kerning: [...pack.kerning] };
  return { ...pack, glyphs: [...into.glyphs, ...pack.glyphs], ink: [...into.ink, ...pack.ink], kerning: [...into.kerning, ...pack.kerning] };
}

export class LocalComposer {
  private faces: Record<string, FaceMetricsPack | null> = {};
  private stories: Record<string, StoryFields> = {};
  private images: Record<string, ImageInfo | null> = {};
  private measurer: ReplayMeasurer | null = null;
  private cache: LayoutCache = createLayoutCache();
  private generation = 0;
  private ready = false;

  /** Takes in what a main-process composition sent. */
  absorb(resources: ComposeResources): void {
    for (const [faceId, pack] of Object.entries(resources.faces)) this.faces[faceId] = mergePack(this.faces[faceId], pack);
    this.stories = { ...this.stories, ...resources.stories };
    this.images = { ...this.images, ...resources.images };
    // A new measurer: the typesetter caches glyph answers per measurer, and new answers must be seen.
    this.measurer = null;
    this.ready = true;
  }

  /** The page composed here, or null when only the main process can compose it exactly. */
  compose(doc: PageDocument, drafts: Readonly<Record<string, StoryFields>>): ComposeResult | null {
    if (!this.ready) return null;
    // Stories of story frames and of linked captions (photo-captions.ts) alike.
    for (const id of namedStoryIds(doc)) {
      if (!(id in drafts) && !(id in doc.stories) && !(id in this.stories)) return null;
    }
    for (const key of Object.keys(doc.assets)) if (!(key in this.images)) return null;
    if (!this.measurer) {
      this.generation += 1;
      this.measurer = new ReplayMeasurer(this.faces, this.generation);
      this.cache = createLayoutCache();
    }
    const measurer = this.measurer;
    measurer.missed = false;
    const images: Record<string, ImageInfo | undefined> = {};
    for (const [key, info] of Object.entries(this.images)) if (info) images[key] = info;
    let result: ComposeResult;
    try {
      // As the main process resolves them: inline stories before stored ones, drafts before both.
      result = composePage(doc, { measurer, cache: this.cache, stories: { ...this.stories, ...doc.stories, ...drafts }, images, convertRgb: true });
    } catch (error) {
      console.warn('banmian: the page could not be composed in the window; the main process composes it', error);
      result = null as unknown as ComposeResult;
      measurer.missed = true;
    }
    if (measurer.missed) {
      // Its caches now hold stand-in answers: start afresh once the main process has sent the real ones.
      this.measurer = null;
      return null;
    }
    return result;
  }

  /** The fonts as the main process answered for them, for the proof layer (see ProofMeasurer). */
  proofMeasurer(): Measurer {
    return new ProofMeasurer(new ReplayMeasurer(this.faces, -this.generation - 1));
  }

  /** Glyphs other than their character's default glyph, for the screen to switch on fwid/pwid. */
  alternates(run: GlyphRun): Array<[number, 'fwid' | 'pwid']> {
    const pack = this.faces[run.face];
    if (!pack) return [];
    const found: Array<[number, 'fwid' | 'pwid']> = [];
    const forms = this.formIndex(run.face, pack);
    run.glyphs.forEach((g, index) => {
      const cp = g.text.codePointAt(0);
      if (cp === undefined) return;
      const entry = forms.get(cp);
      if (!entry || entry[0] === g.gid) return;
      if (entry[1] === g.gid) found.push([index, 'fwid']);
      else if (entry[2] === g.gid) found.push([index, 'pwid']);
    });
    return found;
  }

  private formCache = new Map<string, { size: number; map: Map<number, [number | undefined, number | undefined, number | undefined]> }>();

  private formIndex(faceId: string, pack: FaceMetricsPack): Map<number, [number | undefined, number | undefined, number | undefined]> {
    const cached = this.formCache.get(faceId);
    if (cached && cached.size === pack.glyphs.length) return cached.map;
    const map = new Map<number, [number | undefined, number | undefined, number | undefined]>();
    for (const [cp, form, gid] of pack.glyphs) {
      const entry = map.get(cp) ?? [undefined, undefined, undefined];
      entry[form] = gid;
      map.set(cp, entry);
    }
    this.formCache.set(faceId, { size: pack.glyphs.length, map });
    return map;
  }
}
