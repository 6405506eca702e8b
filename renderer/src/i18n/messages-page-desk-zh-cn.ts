import { editionDateText } from '../../../shared/compose/edition-date';
import { cmykLabel } from '../../../shared/compose/ink-preflight';
import type { ContentPart } from '../../../shared/compose/compose-types';
import { pageLabel, pageNumberLabel } from '../../../shared/model/page-label';
import type { PageDeskMessages } from './messages-page-desk-en';

/** 组版台（见 docs/page-desk.md）：中文目录。 */

const SIZE = (n: number) => `${Math.round(n * 100) / 100}`;

export const pageDeskMessagesZhCn: PageDeskMessages = {
  actions: { cancel: '取消', close: '关闭', dismiss: '关闭', undo: '撤销' },
  list: {
    title: '版面列表',
    toLibrary: '稿件库',
    loading: '正在载入版面……',
    loadFailed: (m) => `版面列表载入失败：${m}`,
    empty: '还没有版面。用模板新建一个版面，或打开示例版面。',
    newPage: '新建版面…',
    newPageTitle: '新建版面',
    openSample: '打开示例版面',
    editionHeading: (date) => editionDateText(date),
    pageNumber: (n) => pageNumberLabel(n),
    updated: (iso) => `修改于 ${new Date(iso).toLocaleString('zh-CN', { dateStyle: 'short', timeStyle: 'short' })}`,
    open: '打开',
    duplicate: '复制…',
    duplicateTitle: (date, n) => `复制 ${pageLabel(date, n)}`,
    duplicated: (date, n) => `已复制为 ${pageLabel(date, n)}。`,
    delete: '删除',
    deleted: (date, n) => `${pageLabel(date, n)}已移到回收站。`,
    count: (n) => `共 ${n} 个版面`,
    name: '版名',
    namePlaceholder: '如：基层党建',
    section: '栏目',
    sectionPlaceholder: '如：党建',
    paper: '报名',
    paperPlaceholder: '印在报眉上',
    edition: '出版日期',
    number: '版次',
    template: '版式模板',
    create: '新建版面',
  },
  templates: {
    names: { broadsheet: '对开', tabloid: '四开', a3: 'A3', custom: '自定义尺寸与网格' },
    hints: {
      broadsheet: '390 × 545 毫米，8 栏，每栏 13 字',
      tabloid: '270 × 390 毫米，6 栏，每栏 11 字',
      a3: '297 × 420 毫米，6 栏，每栏 12 字',
      custom: '自定成品尺寸、版心和栏数',
    },
    customName: (w, h, c) => `自定义 ${SIZE(w)} × ${SIZE(h)} 毫米，${c} 栏`,
    width: '成品宽（毫米）',
    height: '成品高（毫米）',
    top: '天头（毫米）',
    bottom: '地脚（毫米）',
    bleed: '出血（毫米）',
    columns: '基本栏数',
    chars: '每栏字数',
    gutter: '栏间距（字）',
    bodySize: '正文字号（磅）',
    pitch: '行距（磅）',
    typeArea: (w, h, lines) => `版心 ${SIZE(w)} × ${SIZE(h)} 毫米，${lines} 行`,
    problems: {
      'too-wide': '各栏加起来比版面还宽。',
      'too-short': '版心不足 10 行。',
      'pitch-below-size': '行距小于正文字号。',
    },
  },
  templateFacts: (tp) => `${tp.name} · ${pageDeskMessagesZhCn.gridFacts(tp)}`,
  gridFacts: (tp) => `${SIZE(tp.trim.width)} × ${SIZE(tp.trim.height)} 毫米 · ${tp.grid.columns} 栏 × ${tp.grid.charsPerColumn} 字 · ${SIZE(tp.grid.bodySize)} 磅字、${SIZE(tp.grid.baselinePitch)} 磅行距`,
  workspace: {
    loading: '正在打开版面……',
    failed: (m) => `无法打开版面：${m}`,
  },
  save: {
    state: { saved: '已保存', pending: '尚未保存', saving: '正在保存…', conflict: '已在别处保存', error: '未保存' },
    conflict: (v) => `此版面已在另一窗口保存（现为第 ${v} 版本）。您的版式尚未保存：保留您的（覆盖对方），或采用对方的版本。`,
    keepMine: '保留我的版式',
    takeTheirs: '采用对方版本',
    failed: (m) => `版面保存失败：${m}`,
    retry: '重试',
    resolveFirst: '请先选择保留哪个版本，再离开版面。',
  },
  history: {
    undo: (label) => `撤销${label}`,
    redo: (label) => `重做${label}`,
    nothingToUndo: '没有可撤销的操作',
    nothingToRedo: '没有可重做的操作',
    move: '移动',
    resize: '改变大小',
    copyfit: '适配版面',
    emphasis: '着重号',
    nudge: '微移',
    area: '位置',
    bodyColumns: '正文栏数',
    headline: '标题设置',
    widowsOrphans: '孤行控制',
    thread: '续排',
    unthread: '断开续排',
    placeStory: '放置稿件',
    placePhoto: '放置图片',
    placeElement: '放置元素',
    photo: '图片设置',
    crop: '裁切',
    offsets: '微调',
    group: '组合图片',
    ungroup: '取消组合',
    banner: '栏目头',
    rule: '线条',
    text: '文字',
    order: '叠放次序',
    remove: '删除',
    pageSettings: '版面设置',
  },
  zoom: { label: '缩放', fit: '适合窗口', in: '放大', out: '缩小' },
  guides: {
    columns: '分栏',
    columnsHint: '显示版心和基本栏',
    baselines: '基线',
    baselinesHint: '显示基线网格（每五行加深）',
  },
  rulers: { hint: '标尺：毫米从成品边算起；字、栏和行从版心算起' },
  proof: {
    layer: '校样标记',
    layerHint: '在版面上显示本版稿件未处理的校对标记和页边批注，与校样 PDF 一致',
    marks: (placed, unplaced) => `${placed} 处标记${unplaced ? `，${unplaced} 处不在本版` : ''}`,
    export: '导出校样 PDF',
    exportHint: '写出校样 PDF：版面上画出校对标记，每条批注为 PDF 注释',
    exporting: '正在写出校样 PDF……',
    written: (path, placed) => `校样已写出：${path}（${placed} 处标记）。`,
    cancelled: '校样未导出。',
    failed: (m) => `校样 PDF 写出失败：${m}`,
  },
  canvas: {
    label: '版面',
    cropHint: '裁切中：拖动图片选取画面，滚轮或拖动四角缩放；按回车或 Esc 完成。',
    cropDone: '完成',
  },
  export: {
    button: '导出 PDF',
    hint: '写出印刷用 PDF（文件 → 导出 PDF）',
    title: '导出 PDF',
    stepPreflight: '预检',
    stepWrite: '写出 PDF',
    checking: '正在检查版面……',
    clean: '预检通过，没有需要处理的问题。',
    write: '写出 PDF',
    anyway: '仍然导出',
    writing: '正在写出 PDF：排版、字体、图片……',
    written: (path, bytes, ms) => `已写出：${path}（${(bytes / 1024 / 1024).toFixed(2)} MB，${Math.round(ms)} 毫秒）。`,
    cancelled: '未导出。',
    failed: (m) => `PDF 写出失败：${m}`,
    failures: {
      'unknown-face': '有框用了未安装的字体',
      'bad-glyph': '字体的字形数据损坏，无法嵌入',
      'missing-glyph': '有字符所有字体都没有（见预检中的“缺字”）',
      'missing-image': '照片库中找不到版面上的图片',
      'unsupported-image': '有图片无法读取，或其格式不能用于印刷',
      'rgb-image-refused': '有 RGB 图片且转换已关闭：请先转为 CMYK',
      'bad-geometry': '有框没有尺寸（宽或高为零）',
      'write-failed': '无法写入文件：请检查保存位置是否可写',
    },
  },
  panels: {
    label: '稿件、图片和元素',
    tabs: { stories: '稿件', photos: '图片', elements: '元素' },
    filterStories: '筛选稿件',
    loading: '正在载入……',
    noStories: '稿件库中还没有稿件。',
    noMatch: '没有符合的稿件。',
    noHeadline: '（无标题）',
    length: (n) => `${n.toLocaleString('zh-CN')} 字`,
    placed: (frames) => (frames === 1 ? '已上版' : `已上版，${frames} 个框`),
    dragStoryHint: '拖到版面上放置；双击编辑',
    importPhotos: '导入图片…',
    importingPhotos: '正在导入……',
    noPhotos: '还没有图片：导入 JPEG、PNG 或 TIFF 图片。',
    dragPhotoHint: '拖到版面上，或拖到图片框上替换图片',
    originalOnServer: '原图在服务器',
    originalOnServerHint: '编辑部共享的图片：本机只有预览图。可照常上版，导出前自动从服务器取回原图。',
    dragElementHint: '拖到版面上',
    colorSpace: (space) => (space === 'cmyk' ? 'CMYK' : space === 'b-w' ? '灰度' : space === 'srgb' ? 'RGB' : space.toUpperCase()),
  },
  elements: {
    'banner-reverse': { name: '栏目头（反白）', hint: '红底白字', sample: '栏目名称' },
    'banner-tint': { name: '栏目头（浅底）', hint: '浅色底黑字', sample: '栏目名称' },
    'rule-horizontal': { name: '横线', hint: '稿件之间', sample: '' },
    'rule-vertical': { name: '竖线', hint: '栏间', sample: '' },
    text: { name: '文字框', hint: '说明、提示等', sample: '文字' },
  },
  inspector: {
    tab: '属性',
    page: '版面',
    template: '版式',
    pageHeader: '显示报眉',
    press: '印刷条件',
    inkLimit: '总墨量上限（%）',
    blackGeneration: '黑版生成',
    blackGenerations: { light: '轻', medium: '中', heavy: '重' },
    pressCondition: (name: string) => `输出条件：${name}`,
    typography: '排版样式',
    punctuation: '标点',
    punctuationStyles: { auto: '按稿件文种', mainland: '大陆式（。，居左下）', centred: '港台式（居中）' },
    bylineFace: '署名',
    captionFace: '图片说明',
    quoteFace: '引语',
    defaultFace: '默认',
    nothingSelected: '单击选中一个框，按住 Shift 单击可多选；方向键按栏、按行移动。',
    frame: (kind) => `${kind}框`,
    frames: (n) => `${n} 个框`,
    story: '稿件',
    editStory: '在版面旁编辑稿件',
    editorBeside: '边改边排：版面随输入即时重排，稿件照常自动保存。',
    place: '位置',
    column: '起始栏',
    span: '占栏',
    line: '起始行',
    depth: '行数',
    bodyColumns: '正文栏数（破栏）',
    bodyColumnsOption: (n, span) => (n === span ? `${n}（不破栏）` : `${span} 破 ${n}`),
    headline: '标题',
    balance: '均衡分栏',
    overPhoto: '标题压图（有意叠印）',
    headlineOn: '此框排标题',
    headlineSize: '主题字号（磅）',
    deckSize: '引题/副题字号（磅）',
    face: '字体',
    align: '对齐',
    headlineVertical: '竖排标题（居框右侧）',
    fitLimit: '缩扩字限度（字宽 %）',
    fitSubheadLines: '小标题占行增减（每个，行）',
    fitParagraphLines: '段间距增减（每处，行）',
    fitToFrames: '适配版面（缩字/扩字/撑行）',
    fitResult: (o) => {
      const parts = o.changes.map((c) => {
        if (c.code === 'tracking') return `正文字距 ${c.params.value > 0 ? '+' : ''}${c.params.value / 10}%`;
        if (c.code === 'subhead-lines') return `${c.params.subheads} 个小标题${c.params.lines < 0 ? '少' : '多'}占 ${Math.abs(c.params.lines)} 行`;
        return `段间距${c.params.lines < 0 ? '减少' : '增加'} ${Math.abs(c.params.lines)} 行（${c.params.gaps} 处）`;
      });
      const r = o.result;
      const state =
        r.code === 'fits' ? '正好排下' : r.code === 'under-at-limits' ? `已排下，栏底还空 ${r.params.lines} 行（已到限度）` : `仍超出 ${r.params.lines} 行（已到限度：可放宽限度、删稿或加大版面）`;
      return parts.length ? `已调整：${parts.join('，')}；${state}。` : `无需调整；${state}。`;
    },
    headlineDepth: '标题占行',
    headlineScale: '长/扁（横向 %）',
    widowsOrphans: '避免段落单行落在栏底或栏首',
    auto: '自动',
    thread: '续排',
    continueStory: '续排到新框',
    unthread: '在此框结束',
    photo: '图片',
    photoGroup: '组图',
    sharedCredit: '共用署名',
    ungroup: '取消组合',
    cell: (n) => `图${'①②③④⑤⑥⑦⑧⑨⑩'[n - 1] ?? n}`,
    fit: '填充方式',
    cropX: '裁切左（%）',
    cropY: '裁切上（%）',
    cropW: '裁切宽（%）',
    cropH: '裁切高（%）',
    cropOnPage: '在版面上裁切',
    cropOnPageHint: '在框内拖动图片选取画面，用滚轮或拖动四角缩放（也可双击图片）',
    dx: '右移（毫米）',
    dy: '下移（毫米）',
    dw: '加宽（毫米）',
    dh: '加高（毫米）',
    snapToGrid: '回到网格',
    offsetsHint: '相对网格位置的自由偏移，单位毫米（在版面上按住 Alt 拖动框也可设置）',
    caption: '图片说明',
    credit: '署名',
    captionFromStory: '从稿件取说明',
    creditFromStory: '从稿件取共用署名',
    chooseCaption: '选择……',
    noCaption: '（无说明）',
    notFromStory: '不取自稿件（版面自己的文字）',
    captionLinked: (headline, n) => `取自「${headline}」第 ${n} 张图：随稿件更新`,
    creditLinked: (headline) => `取自「${headline}」：随稿件更新`,
    captionMissing: '找不到稿件或其中的这张图：暂印版面上的文字',
    overridden: '已在版面上改写：稿件的修改不再显示于此',
    resetCaption: '恢复为稿件的图片说明',
    resetCredit: '恢复为稿件的共用署名',
    ppi: (ppi) => `版面上 ${ppi} ppi`,
    convertCmyk: '转为 CMYK',
    convertForPress: '按本报印刷条件转换',
    converting: '正在转换……',
    banner: '栏目头',
    bannerText: '文字',
    bannerStyle: '样式',
    textSize: '字号（磅）',
    color: '颜色',
    rule: '线条',
    orientation: '方向',
    weight: '粗细（磅）',
    freeText: '文字框',
    emphasis: '选中文字加/去着重号',
    emphasisHint: '先在上面的文字中选中要强调的字，再点此：横排字下加点，竖排字右加点；再点一次去掉。',
    text: '文字',
    toFront: '置于顶层',
    forward: '上移一层',
    backward: '下移一层',
    toBack: '置于底层',
    groupPhotos: '组合为组图',
    remove: '删除',
  },
  faces: {
    'noto-sans-sc-700': '黑体 粗（思源黑体）',
    'noto-sans-sc-400': '黑体（思源黑体）',
    'noto-serif-sc-700': '宋体 粗（思源宋体）',
    'noto-serif-sc-400': '宋体（思源宋体）',
    'lxgw-wenkai-400': '楷体（霞鹜文楷）',
  },
  frameKinds: { story: '稿件', photo: '图片', 'photo-group': '组图', banner: '栏目头', rule: '线条', text: '文字' },
  align: { center: '居中', left: '居左', right: '居右', justify: '两端对齐', 'justify-all': '均排' },
  fit: { fill: '填满框', fit: '完整显示', crop: '裁切' },
  bannerStyle: { reverse: '色底反白', tint: '浅底黑字' },
  orientation: { horizontal: '横线', vertical: '竖线（栏间）' },
  colors: { red: '红', blue: '蓝', black: '黑', tint: '浅红底', grey: '灰' },
  preflight: {
    tab: '预检',
    waiting: '正在排版……',
    summary: (errors, warnings) => (errors + warnings === 0 ? '预检：无问题' : `预检：${errors} 个错误，${warnings} 个警告`),
    codes: {
      overset: '溢出',
      'low-resolution': '分辨率低',
      'rgb-image': 'RGB 图片',
      'missing-font': '缺字体',
      'missing-glyph': '缺字',
      'outside-type-area': '超出版心',
      'text-too-small': '字号过小',
      'unknown-story': '找不到稿件',
      'caption-source': '图说来源缺失',
      'unknown-asset': '找不到图片',
      'loose-line': '松行',
      'overfull-line': '行宽超出',
      'empty-story': '空稿件',
      'ink-limit': '总墨量超限',
      'rich-black-text': '文字用了复色黑',
      collision: '内容重叠',
      underset: '留空',
    },
    unnamedStory: '无标题的稿件',
    detail: (issue, story) => {
      const photo = (p: { assetId: string; width: number; height: number }) => `图片“${p.assetId}”（${p.width}×${p.height} 像素）`;
      switch (issue.code) {
        case 'overset': {
          const p = issue.params;
          if (p.frame === 'story') return `${story(p.storyId)}：溢出 ${p.lines} 行（${p.characters} 字排不下）；请加深稿件框或删减稿件`;
          if (p.frame === 'banner') return `栏目头“${p.text}”放不下：请加大框或缩小字号`;
          if (p.frame === 'text') return `文字框：溢出 ${p.lines} 行`;
          return '图片说明占满了图片框：请加深图片框';
        }
        case 'low-resolution':
          return issue.severity === 'error'
            ? `${photo(issue.params)}印刷分辨率 ${issue.params.ppi} ppi；至少需要 150（网点清晰需 200）`
            : `${photo(issue.params)}印刷分辨率 ${issue.params.ppi} ppi，低于 200`;
        case 'rgb-image': {
          const what = issue.params.colorSpace === 'rgb' ? '是 RGB 图片' : '不是 CMYK 或灰度 JPEG';
          return issue.params.converted
            ? `${photo(issue.params)}${what}：导出时按印刷条件转换为 CMYK（LittleCMS，不超过总墨量上限）`
            : `${photo(issue.params)}${what}，且转换已关闭：请转换为 CMYK`;
        }
        case 'missing-font':
          return `字体“${issue.params.faceId}”未安装；暂用 ${issue.params.substitute} 代替`;
        case 'missing-glyph':
          return `所有字体都缺少 ${issue.params.places
            .map((p) => {
              const cp = `U+${p.text.codePointAt(0)!.toString(16).toUpperCase()}`;
              const block = typeof p.block === 'number' ? `第${p.block + 1}段` : p.block ? `${p.block}` : '';
              return `“${p.text}”（${cp}，${p.storyId ? story(p.storyId) : ''}${block}第${p.offset + 1}字）`;
            })
            .join('；')} 的字形，将印成空框`;
        case 'outside-type-area':
          return '框超出了版心';
        case 'text-too-small':
          return `文字字号 ${issue.params.size} 磅，小于 ${issue.params.minimum} 磅：在新闻纸上印不清楚`;
        case 'unknown-story':
          return `找不到${story(issue.params.storyId)}`;
        case 'caption-source':
          return issue.params.photo
            ? `图说取自${story(issue.params.storyId)}的第 ${issue.params.photo} 张图片，但稿件里没有这张图：暂印版面上的图说`
            : `署名取自${story(issue.params.storyId)}，但找不到这篇稿件：暂印版面上的署名`;
        case 'unknown-asset':
          if (issue.params.onServer) return `图片“${issue.params.assetId}”的原图还在编辑部服务器上，尚未取到本机（导出前自动取回）`;
          return `找不到或无法读取图片“${issue.params.assetId}”${issue.params.problem ? `（${issue.params.problem}）` : ''}`;
        case 'loose-line':
          return `${story(issue.params.storyId)}：${issue.params.lines} 行字距超过半个字`;
        case 'overfull-line':
          return `${story(issue.params.storyId)}：${issue.params.lines} 行超出栏宽`;
        case 'empty-story':
          return `${story(issue.params.storyId)}没有可排的文字`;
        case 'ink-limit': {
          const p = issue.params;
          const part = { text: '文字', rule: '线条', fill: '底色', outline: '边框' } as const;
          if (p.element !== 'photo') return `${part[p.element]}颜色 ${cmykLabel(p.color)} 总墨量 ${p.ink}%，超过印刷上限 ${p.limit}%`;
          const share = p.over >= 0.001 ? `，${(p.over * 100).toFixed(1)}% 的印刷像素超限` : '';
          const what = `图片“${p.assetId}”印刷部分总墨量达 ${p.ink}%，超过印刷上限 ${p.limit}%${share}`;
          return p.converted ? `${what}：导出时自动压到上限以内（也可在检查器中按本报印刷条件转换）` : `${what}：请按本报印刷条件转换`;
        }
        case 'collision': {
          const part = (p: ContentPart): string => {
            const owner = p.storyId !== undefined ? story(p.storyId) : '';
            if (p.content === 'headline') return `${owner || '稿件'}的标题`;
            if (p.content === 'text') return owner ? `${owner}的正文` : '文字框';
            if (p.content === 'photo') return `图片“${p.assetId ?? ''}”`;
            if (p.content === 'caption') return '图片说明';
            if (p.content === 'credit') return '图片署名';
            return `栏目头“${p.text ?? ''}”`;
          };
          return `${part(issue.params.a)}与${part(issue.params.b)}互相压印：请移动或缩放其中之一`;
        }
        case 'underset':
          return `${story(issue.params.storyId)}：栏脚空 ${issue.params.lines} 行；请减小稿件框或补充稿件`;
        case 'rich-black-text':
          return `文字用了复色黑 ${cmykLabel(issue.params.color)}：请改为单黑（K100），否则套印不准会出彩边`;
      }
    },
  },
  copyfit: (b) => (b.tone === 'over' ? (b.lines ? `超 ${b.lines} 行` : '溢出') : b.tone === 'under' ? `差 ${b.lines} 行` : '正好'),
  copyfitTitle: (b) => (b.tone === 'over' ? `超出 ${b.lines} 行，${b.chars} 字` : b.tone === 'under' ? `还差 ${b.lines} 行，约 ${b.chars} 字` : '正好排满'),
  copyfitDetail: (b, used, available) =>
    b.tone === 'over'
      ? `超出 ${b.lines} 行（${b.chars} 字）；可用 ${available} 行，已用 ${used} 行。`
      : b.tone === 'under'
        ? `还差 ${b.lines} 行（约 ${b.chars} 字）；可用 ${available} 行，已用 ${used} 行。`
        : `正好排满：${used} / ${available} 行。`,
  threadOut: '转',
  threadIn: '接',
  notices: {
    continued: '这篇稿件已在版面上：新框接着它的上一个框续排。',
    inlineStory: '这篇稿件保存在版面文件里，不在稿件库中，无法在此编辑。',
  },
  status: {
    cell: (column, line) => `第 ${column} 栏 第 ${line} 行`,
    threadFrame: (n, column, line) => `第 ${n} 框（第 ${column} 栏 第 ${line} 行）`,
    noCell: '—',
    frames: (n, selected) => `${n} 个框${selected ? `，选中 ${selected} 个` : ''}`,
    composed: (ms) => `排版 ${ms.toFixed(1)} 毫秒`,
    composing: '正在排版……',
  },
  composeFailed: (m) => `版面排版失败：${m}`,
};
