/** Menu wording in the two languages the renderer speaks; Chinese when the OS is Chinese. */
export interface MenuLabels {
  file: string;
  newStory: string;
  import: string;
  exportPdf: string;
  close: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  find: string;
  view: string;
  reload: string;
  forceReload: string;
  devTools: string;
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  fullScreen: string;
  window: string;
  minimize: string;
  zoom: string;
  front: string;
  help: string;
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  showAll: string;
}

const EN: MenuLabels = {
  file: 'File',
  newStory: 'New Story',
  import: 'Import…',
  exportPdf: 'Export PDF…',
  close: 'Close Window',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  find: 'Find…',
  view: 'View',
  reload: 'Reload',
  forceReload: 'Force Reload',
  devTools: 'Toggle Developer Tools',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  zoomReset: 'Actual Size',
  fullScreen: 'Toggle Full Screen',
  window: 'Window',
  minimize: 'Minimize',
  zoom: 'Zoom',
  front: 'Bring All to Front',
  help: 'Help',
  about: 'About Banmian',
  services: 'Services',
  hide: 'Hide Banmian',
  hideOthers: 'Hide Others',
  showAll: 'Show All',
};

const ZH: MenuLabels = {
  file: '文件',
  newStory: '新建稿件',
  import: '导入…',
  exportPdf: '导出 PDF…',
  close: '关闭窗口',
  quit: '退出',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  find: '查找…',
  view: '视图',
  reload: '重新载入',
  forceReload: '强制重新载入',
  devTools: '开发者工具',
  zoomIn: '放大',
  zoomOut: '缩小',
  zoomReset: '实际大小',
  fullScreen: '切换全屏',
  window: '窗口',
  minimize: '最小化',
  zoom: '缩放',
  front: '前置全部窗口',
  help: '帮助',
  about: '关于版面',
  services: '服务',
  hide: '隐藏版面',
  hideOthers: '隐藏其他',
  showAll: '全部显示',
};

export function menuLabels(locale: string): MenuLabels {
  return locale.toLowerCase().startsWith('zh') ? ZH : EN;
}
