import type { NewsroomMessages } from './messages-newsroom-en';

/** The newsroom's words in Chinese (messages-newsroom-en.ts has the shape). */

const hm = (iso: string) => new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
const time = (iso: string, locale: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'medium' });

export const newsroomMessagesZhCn: NewsroomMessages = {
  title: '编辑部',
  intro: '通过编辑部服务器（Apache CouchDB）与其他工位共享稿件、版面和校对标记。没有服务器时，本工位照常独立工作。',
  url: '服务器地址',
  urlHint: '例如 https://newsroom.example:6984/banmian',
  user: '用户名',
  password: '密码',
  passwordStored: '已保存密码（加密）。留空则沿用。',
  noKeychain: '本机没有加密存储，无法保存密码，因此不能加入编辑部。',
  join: '连接',
  joining: '正在连接……',
  leave: '断开',
  back: '返回稿件库',
  light: '编辑部状态',
  state: { connecting: '正在连接', online: '在线', offline: '离线', error: '出错', stopped: '未连接', off: '未加入编辑部' },
  waiting: (n) => (n === 0 ? '没有待发送的修改' : `${n} 处修改待发送`),
  lastSync: (iso) => (iso ? `上次同步 ${time(iso, 'zh-CN')}` : '尚未同步'),
  conflicts: (n) => `${n} 处冲突待处理`,
  refused: '服务器拒绝的修改',
  refusedItem: (doc, reason) => `${doc}：${reason}`,
  conflictTitle: '两个工位同时修改了这篇稿件',
  conflictExplain: '两个版本都保留着。请选定一个（需要时先从另一个版本复制），另一个版本将在各处删除。',
  side: (who, iso) => `${who}，${time(iso, 'zh-CN')}`,
  thisDesk: '本工位显示的版本',
  deletedSide: '将稿件移入了回收站',
  useSide: '采用这个版本',
  checkedOutBy: (holder, iso) => `由 ${holder} 签出，自 ${hm(iso)}：此处只读，仍可添加校对标记和修改建议。`,
  breakCheckOut: '强制解除签出',
  breakConfirm: (holder) => `强制解除 ${holder} 的签出？对方的窗口将变为只读，其未保存的文字仍保留，保存时进入冲突对比。`,
  checkOutLost: (holder) =>
    `${holder ? `现由 ${holder} 签出` : '你的签出已被解除'}：此处只读。输入的文字不会丢失：未保存的修改保留，保存时与对方的版本对比。`,
  checkOutForOffline: '签出以便离线工作',
  checkOutForOfflineHint: '在“设置 → 编辑部”设定的小时数内，离开局域网、关闭稿件后仍归你编辑。',
  offlineCheckedOut: (iso) => `已签出以便离线工作，自 ${hm(iso)}。`,
  checkInOffline: '签入',
  newerBy: (who, iso) => `${who ?? '另一窗口'} 于 ${hm(iso)} 修改了此稿`,
  loadNewer: '载入新版本',
  compareNewer: '对比',
  idleMinutes: '闲置多少分钟后交还签出',
  offlineHours: '离线签出时长（小时）',
};
