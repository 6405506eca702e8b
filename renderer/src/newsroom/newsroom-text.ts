import type { NewsroomState } from '../../../shared/ipc/newsroom-contract';
import { useI18n } from '../i18n/i18n-context';
import type { Locale } from '../i18n/locale';

/**
 * The newsroom's wording (Settings → 编辑部, the status light, engine conflicts) in the app's
 * two languages; the English catalogue's shape is the type.
 */
const time = (iso: string, locale: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'medium' });

const en = {
  title: 'Newsroom',
  intro: 'Share stories, pages and proof marks with the other desks through the newsroom server (Apache CouchDB). Without a server this desk works on its own, as before.',
  url: 'Server address',
  urlHint: 'e.g. https://newsroom.example:6984/banmian',
  user: 'User name',
  password: 'Password',
  passwordStored: 'A password is stored (encrypted). Leave empty to keep it.',
  noKeychain: 'This computer offers no encrypted storage, so the password cannot be kept and the desk cannot join.',
  join: 'Connect',
  joining: 'Connecting…',
  leave: 'Disconnect',
  back: 'Back to the library',
  light: 'Newsroom status',
  state: { connecting: 'Connecting', online: 'Online', offline: 'Offline', error: 'Error', stopped: 'Not connected', off: 'Not in a newsroom' } as Record<NewsroomState | 'off', string>,
  waiting: (n: number) => (n === 0 ? 'nothing waiting' : `${n} change${n === 1 ? '' : 's'} waiting to go out`),
  lastSync: (iso: string | null) => (iso ? `last in step ${time(iso, 'en-GB')}` : 'not yet in step'),
  conflicts: (n: number) => `${n} conflict${n === 1 ? '' : 's'} to decide`,
  refused: 'Refused by the server',
  refusedItem: (doc: string, reason: string) => `${doc}: ${reason}`,
  conflictTitle: 'Two desks changed this story',
  conflictExplain: 'Both versions are kept. Choose one (copy what you need from the other first), and the other is removed everywhere.',
  side: (who: string, iso: string) => `${who}, ${time(iso, 'en-GB')}`,
  thisDesk: 'shown on this desk',
  deletedSide: 'moved it to the trash',
  useSide: 'Keep this version',
};

type NewsroomText = typeof en;

const zh: NewsroomText = {
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
};

export const newsroomText: Record<Locale, NewsroomText> = { en, 'zh-CN': zh };

export function useNewsroomText(): NewsroomText {
  return newsroomText[useI18n().locale];
}
