import type { PreflightCode, PreflightIssue } from '../../../shared/compose/compose-types';
import type { Frame, PageTemplate } from '../../../shared/model/page';
import type { ElementKind } from '../page-desk/panels/elements-panel';
import type { CopyfitBadge } from '../page-desk/workspace/copyfit';
import type { PageSaveState } from '../page-desk/workspace/page-save';
import type { TemplateKey, TemplateProblem } from '../page-desk/list/template-choice';
import { formatMissingGlyph } from '../../../shared/compose/missing-glyphs';

/**
 * The page desk (docs/page-desk.md): the English catalogue part; its shape is the type, so a
 * missing Chinese entry is a compile error. The parameter types are the page desk's own (type
 * imports only: the catalogue runs no page-desk code).
 */

const SIZE = (n: number) => `${Math.round(n * 100) / 100}`;

export const pageDeskMessagesEn = {
  actions: { cancel: 'Cancel', close: 'Close', dismiss: 'Dismiss', undo: 'Undo' },
  list: {
    title: 'Pages',
    toLibrary: 'Story library',
    loading: 'Loading pages…',
    loadFailed: (m: string) => `The pages could not be loaded: ${m}`,
    empty: 'No pages yet. Make a new page from a template, or open the sample page.',
    newPage: 'New page…',
    newPageTitle: 'New page',
    openSample: 'Open the sample page',
    editionHeading: (date: string) => {
      const d = new Date(`${date}T00:00:00Z`);
      return `${d.toLocaleDateString('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}`;
    },
    pageNumber: (n: number) => `Page ${n}`,
    updated: (iso: string) => `changed ${new Date(iso).toLocaleString('en-GB', { dateStyle: 'short', timeStyle: 'short' })}`,
    open: 'Open',
    duplicate: 'Duplicate…',
    duplicateTitle: (date: string, n: number) => `Duplicate ${date} page ${n}`,
    duplicated: (date: string, n: number) => `Duplicated as ${date} page ${n}.`,
    delete: 'Delete',
    deleted: (date: string, n: number) => `${date} page ${n} is in the trash.`,
    count: (n: number) => `${n} ${n === 1 ? 'page' : 'pages'}`,
    name: 'Page name',
    namePlaceholder: 'e.g. Party building',
    section: 'Section',
    sectionPlaceholder: 'e.g. 党建',
    paper: 'Newspaper',
    paperPlaceholder: 'printed in the header',
    edition: 'Edition date',
    number: 'Page number (版次)',
    template: 'Template',
    create: 'Create page',
  },
  templates: {
    names: { broadsheet: 'Broadsheet (对开)', tabloid: 'Tabloid (四开)', a3: 'A3', custom: 'Custom size and grid' } satisfies Record<TemplateKey, string>,
    hints: {
      broadsheet: '390 × 545 mm, 8 columns of 13 characters',
      tabloid: '270 × 390 mm, 6 columns of 11 characters',
      a3: '297 × 420 mm, 6 columns of 12 characters',
      custom: 'your trim, margins and column grid',
    } satisfies Record<TemplateKey, string>,
    customName: (w: number, h: number, c: number) => `Custom ${SIZE(w)} × ${SIZE(h)} mm, ${c} columns`,
    width: 'Trim width, mm',
    height: 'Trim height, mm',
    top: 'Top margin, mm',
    bottom: 'Bottom margin, mm',
    bleed: 'Bleed, mm',
    columns: 'Columns',
    chars: 'Characters per column',
    gutter: 'Gutter, characters',
    bodySize: 'Body size, pt',
    pitch: 'Line pitch, pt',
    typeArea: (w: number, h: number, lines: number) => `type area ${SIZE(w)} × ${SIZE(h)} mm, ${lines} lines`,
    problems: {
      'too-wide': 'The columns are wider than the page.',
      'too-short': 'The margins leave fewer than 10 lines.',
      'pitch-below-size': 'The line pitch is smaller than the body size.',
    } satisfies Record<TemplateProblem, string>,
  },
  templateFacts: (tp: PageTemplate) => `${tp.name} · ${pageDeskMessagesEn.gridFacts(tp)}`,
  gridFacts: (tp: PageTemplate) =>
    `${SIZE(tp.trim.width)} × ${SIZE(tp.trim.height)} mm · ${tp.grid.columns} columns × ${tp.grid.charsPerColumn} characters · ${SIZE(tp.grid.bodySize)} pt on ${SIZE(tp.grid.baselinePitch)} pt`,
  workspace: {
    loading: 'Opening the page…',
    failed: (m: string) => `The page could not be opened: ${m}`,
  },
  save: {
    state: { saved: 'Saved', pending: 'Not saved yet', saving: 'Saving…', conflict: 'Saved elsewhere', error: 'Not saved' } satisfies Record<PageSaveState, string>,
    conflict: (v: number) => `This page was saved in another window (now version ${v}). Your layout is not saved: keep yours (saving over theirs) or take theirs.`,
    keepMine: 'Keep my layout',
    takeTheirs: 'Take their version',
    failed: (m: string) => `The page could not be saved: ${m}`,
    retry: 'Try again',
    resolveFirst: 'Choose which version to keep before leaving the page.',
  },
  history: {
    undo: (label: string) => `Undo ${label}`,
    redo: (label: string) => `Redo ${label}`,
    nothingToUndo: 'Nothing to undo',
    nothingToRedo: 'Nothing to redo',
    move: 'move',
    resize: 'resize',
    nudge: 'nudge',
    area: 'frame position',
    bodyColumns: 'text columns',
    headline: 'headline',
    thread: 'continuation',
    unthread: 'unthreading',
    placeStory: 'placing a story',
    placePhoto: 'placing a photo',
    placeElement: 'placing an element',
    photo: 'photo',
    crop: 'crop',
    offsets: 'offsets',
    group: 'grouping photos',
    ungroup: 'ungrouping',
    banner: 'banner',
    rule: 'rule',
    text: 'text',
    order: 'stacking order',
    remove: 'deleting',
    pageSettings: 'page settings',
  },
  zoom: { label: 'Zoom', fit: 'Fit page', in: 'Zoom in', out: 'Zoom out' },
  guides: {
    columns: 'Columns',
    columnsHint: 'Show the margins and the basic columns',
    baselines: 'Baselines',
    baselinesHint: 'Show the baseline grid (every fifth line stronger)',
  },
  rulers: { hint: 'Rulers: millimetres from the trim; characters and columns, grid lines from the type area' },
  proof: {
    layer: 'Proof marks',
    layerHint: 'Show the open proof marks of the page’s stories over the page, with their notes in the margins, as the proof PDF draws them',
    marks: (placed: number, unplaced: number) => `${placed} mark${placed === 1 ? '' : 's'}${unplaced ? `, ${unplaced} not on the page` : ''}`,
    export: 'Export proof PDF',
    exportHint: 'Write the proof PDF: the page with its proof marks drawn and each note as a PDF comment',
    exporting: 'Writing the proof PDF…',
    written: (path: string, placed: number) => `Proof written: ${path} (${placed} mark${placed === 1 ? '' : 's'}).`,
    cancelled: 'Proof not exported.',
    failed: (m: string) => `The proof PDF could not be written: ${m}`,
  },
  canvas: {
    label: 'Page',
    cropHint: 'Cropping: drag the photo to choose what shows, scale with the wheel or a corner; Enter or Esc when done.',
    cropDone: 'Done',
  },
  export: {
    button: 'Export PDF',
    hint: 'Write the print-ready PDF (File → Export PDF)',
    title: 'Export PDF',
    stepPreflight: 'Preflight',
    stepWrite: 'Write the PDF',
    checking: 'Checking the page…',
    clean: 'Preflight found nothing to fix.',
    write: 'Write PDF',
    anyway: 'Export with errors',
    writing: 'Writing the PDF: composing, fonts, photos…',
    written: (path: string, bytes: number, ms: number) => `Written: ${path} (${(bytes / 1024 / 1024).toFixed(2)} MB, ${Math.round(ms)} ms).`,
    cancelled: 'Not exported.',
    failed: (m: string) => `The PDF could not be written: ${m}`,
  },
  panels: {
    label: 'Stories, photos and elements',
    tabs: { stories: 'Stories', photos: 'Photos', elements: 'Elements' },
    filterStories: 'Filter stories',
    loading: 'Loading…',
    noStories: 'No stories in the library yet.',
    noMatch: 'No story matches.',
    noHeadline: '(no headline)',
    length: (n: number) => `${n.toLocaleString('en')} chars`,
    placed: (frames: number) => (frames === 1 ? 'on this page' : `on this page, ${frames} frames`),
    dragStoryHint: 'Drag onto the page to place; double-click to edit',
    importPhotos: 'Import photos…',
    importingPhotos: 'Importing…',
    noPhotos: 'No photos yet: import JPEG, PNG or TIFF photos.',
    dragPhotoHint: 'Drag onto the page, or onto a photo frame to replace its photo',
    dragElementHint: 'Drag onto the page',
    colorSpace: (space: string) => (space === 'cmyk' ? 'CMYK' : space === 'b-w' ? 'greyscale' : space === 'srgb' ? 'RGB' : space.toUpperCase()),
  },
  elements: {
    'banner-reverse': { name: 'Banner, reversed', hint: 'white on red (栏目头)', sample: '栏目名称' },
    'banner-tint': { name: 'Banner, tint', hint: 'black on a light tint', sample: '栏目名称' },
    'rule-horizontal': { name: 'Horizontal rule', hint: 'between stories', sample: '' },
    'rule-vertical': { name: 'Vertical rule', hint: 'in the gutter', sample: '' },
    text: { name: 'Free text', hint: 'a note, a line of text', sample: '文字' },
  } satisfies Record<ElementKind, { name: string; hint: string; sample: string }>,
  inspector: {
    tab: 'Inspector',
    page: 'Page',
    template: 'Template',
    pageHeader: 'Page header (报眉)',
    nothingSelected: 'Click a frame to select it; Shift-click adds to the selection. Arrow keys move it by a column or a line.',
    frame: (id: string) => `Frame ${id}`,
    frames: (n: number) => `${n} frames`,
    story: 'Story',
    editStory: 'Edit the story beside the page',
    editorBeside: 'The story reflows on the page as you type; it is saved as in the story desk.',
    place: 'Position',
    column: 'Column',
    span: 'Columns wide',
    line: 'Line',
    depth: 'Lines deep',
    bodyColumns: 'Text columns (破栏)',
    bodyColumnsOption: (n: number, span: number) => (n === span ? `${n} (normal)` : `${n} over ${span}`),
    headline: 'Headline',
    headlineOn: 'Headline block on this frame',
    headlineSize: 'Headline size, pt',
    deckSize: 'Kicker / subtitle, pt',
    face: 'Face',
    align: 'Alignment',
    headlineDepth: 'Headline lines',
    auto: 'auto',
    thread: 'Continuation (续排)',
    continueStory: 'Continue in a new frame',
    unthread: 'End the story here',
    photo: 'Photo',
    photoGroup: 'Photo group',
    sharedCredit: 'Shared credit line',
    ungroup: 'Ungroup',
    cell: (n: number) => `Photo ${n}`,
    fit: 'Fit',
    cropX: 'Crop left, %',
    cropY: 'Crop top, %',
    cropW: 'Crop width, %',
    cropH: 'Crop height, %',
    cropOnPage: 'Crop on the page',
    cropOnPageHint: 'Drag the photo inside its frame to choose what shows; scale it with the wheel or the corner handles (or double-click the photo)',
    dx: 'Right, mm',
    dy: 'Down, mm',
    dw: 'Wider, mm',
    dh: 'Deeper, mm',
    snapToGrid: 'Back onto the grid',
    offsetsHint: 'Free offsets from the grid position, in mm (Alt-drag a frame to set them on the page)',
    caption: 'Caption',
    credit: 'Credit',
    captionFromStory: 'Caption from the story',
    creditFromStory: 'Credit line from the story',
    chooseCaption: 'Choose…',
    noCaption: '(no caption)',
    ppi: (ppi: number) => `${ppi} ppi as placed`,
    convertCmyk: 'Convert to CMYK',
    converting: 'Converting…',
    banner: 'Banner',
    bannerText: 'Text',
    bannerStyle: 'Style',
    textSize: 'Size, pt',
    color: 'Colour',
    rule: 'Rule',
    orientation: 'Direction',
    weight: 'Weight, pt',
    freeText: 'Free text',
    text: 'Text',
    toFront: 'Bring to front',
    forward: 'Bring forward',
    backward: 'Send backward',
    toBack: 'Send to back',
    groupPhotos: 'Group with one credit',
    remove: 'Delete',
  },
  faces: {
    'noto-sans-sc-700': '黑体 bold (Noto Sans SC)',
    'noto-sans-sc-400': '黑体 (Noto Sans SC)',
    'noto-serif-sc-700': '宋体 bold (Noto Serif SC)',
    'noto-serif-sc-400': '宋体 (Noto Serif SC)',
  } as Record<string, string>,
  frameKinds: { story: 'Story', photo: 'Photo', 'photo-group': 'Photo group', banner: 'Banner', rule: 'Rule', text: 'Text' } satisfies Record<Frame['kind'], string>,
  align: { center: 'Centred', left: 'Left', right: 'Right', justify: 'Justified', 'justify-all': 'Spread (均排)' },
  fit: { fill: 'Fill the frame', fit: 'Whole photo', crop: 'Crop' },
  bannerStyle: { reverse: 'White on colour', tint: 'Black on a tint' },
  orientation: { horizontal: 'Horizontal', vertical: 'Vertical (in the gutter)' },
  colors: { red: 'Red', blue: 'Blue', black: 'Black', tint: 'Light tint', grey: 'Grey' },
  preflight: {
    tab: 'Preflight',
    waiting: 'Composing…',
    summary: (errors: number, warnings: number) =>
      errors + warnings === 0 ? 'Preflight: clean' : `Preflight: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
    codes: {
      overset: 'Overset',
      'low-resolution': 'Low resolution',
      'rgb-image': 'RGB photo',
      'missing-font': 'Missing font',
      'missing-glyph': 'Missing glyph',
      'outside-type-area': 'Outside type area',
      'text-too-small': 'Text too small',
      'unknown-story': 'Story not found',
      'unknown-asset': 'Photo not found',
      'loose-line': 'Loose line',
      'overfull-line': 'Overfull line',
      'empty-story': 'Empty story',
    } as Record<PreflightCode, string>,
    /** A story the page holds but the list does not name. */
    unnamedStory: (id: string) => `story "${id}"`,
    /** The problem in a sentence; `story` names a story (「headline」 where the desk knows it). */
    detail: (issue: PreflightIssue, story: (storyId: string) => string): string => {
      const photo = (p: { assetId: string; width: number; height: number }) => `photo "${p.assetId}" (${p.width}×${p.height} px)`;
      switch (issue.code) {
        case 'overset': {
          const p = issue.params;
          if (p.frame === 'story') return `${story(p.storyId)}: ${p.lines} grid line(s) overset (${p.characters} characters do not fit); make its frames deeper or cut the story`;
          if (p.frame === 'banner') return `banner "${p.text}" does not fit its box: make it deeper or the text smaller`;
          if (p.frame === 'text') return `text frame: ${p.lines} grid line(s) overset`;
          return 'the caption leaves no room for the photo: make the frame deeper';
        }
        case 'low-resolution':
          return issue.severity === 'error'
            ? `${photo(issue.params)} prints at ${issue.params.ppi} ppi; at least 150 are needed (200 for a clean screen)`
            : `${photo(issue.params)} prints at ${issue.params.ppi} ppi, under 200`;
        case 'rgb-image': {
          const what = issue.params.colorSpace === 'rgb' ? 'is RGB' : 'is not a CMYK or grey JPEG';
          return issue.params.converted
            ? `${photo(issue.params)} ${what}: converted to CMYK at export (generic profile, not the press's)`
            : `${photo(issue.params)} ${what} and conversion is off: convert it to CMYK`;
        }
        case 'missing-font':
          return `font "${issue.params.faceId}" is not installed; set in ${issue.params.substitute} for now`;
        case 'missing-glyph':
          return `no font has a glyph for ${issue.params.places.map(formatMissingGlyph).join('; ')}: it would print as an empty box`;
        case 'outside-type-area':
          return 'the frame reaches outside the type area';
        case 'text-too-small':
          return `text set at ${issue.params.size} pt, under ${issue.params.minimum} pt: it will not print legibly on newsprint`;
        case 'unknown-story':
          return `${story(issue.params.storyId)} was not found`;
        case 'unknown-asset':
          return `photo "${issue.params.assetId}" was not found or cannot be read${issue.params.problem ? ` (${issue.params.problem})` : ''}`;
        case 'loose-line':
          return `${story(issue.params.storyId)}: ${issue.params.lines} line(s) spaced wider than half an em`;
        case 'overfull-line':
          return `${story(issue.params.storyId)}: ${issue.params.lines} line(s) wider than their column`;
        case 'empty-story':
          return `${story(issue.params.storyId)} has no text to set`;
      }
    },
  },
  copyfit: (b: CopyfitBadge) => (b.tone === 'over' ? (b.lines ? `${b.lines} lines over` : 'Overset') : b.tone === 'under' ? `${b.lines} lines short` : 'Fits'),
  copyfitTitle: (b: CopyfitBadge) =>
    b.tone === 'over' ? `Over: ${b.lines} lines, ${b.chars} characters` : b.tone === 'under' ? `Short: ${b.lines} lines, about ${b.chars} characters` : 'Fits',
  copyfitDetail: (b: CopyfitBadge, used: number, available: number) =>
    b.tone === 'over'
      ? `Over by ${b.lines} lines (${b.chars} characters); ${used} of ${available} lines used.`
      : b.tone === 'under'
        ? `${b.lines} lines short (about ${b.chars} characters); ${used} of ${available} lines used.`
        : `Fits: ${used} of ${available} lines.`,
  threadOut: '▸',
  threadIn: '▸',
  notices: {
    continued: (from: string) => `The story is already on the page: the new frame continues it from ${from} (续排).`,
    inlineStory: 'This story is kept inside the page file, not in the library; edit it there.',
  },
  status: {
    cell: (column: number, line: number) => `column ${column}, line ${line}`,
    noCell: '—',
    frames: (n: number, selected: number) => `${n} frames${selected ? `, ${selected} selected` : ''}`,
    composed: (ms: number) => `composed in ${ms.toFixed(1)} ms`,
    composing: 'composing…',
  },
  composeFailed: (m: string) => `The page could not be composed: ${m}`,
};

export type PageDeskMessages = typeof pageDeskMessagesEn;
