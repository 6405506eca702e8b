import type { NewsroomMessages } from './messages-newsroom-en';

/** The newsroom's words in Chinese (messages-newsroom-en.ts has the shape). */

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
  checkedOutBy: (holder, iso) =>
    `由 ${holder} 签出，自 ${new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false })}：此处只读，仍可添加校对标记和修改建议。`,
};
