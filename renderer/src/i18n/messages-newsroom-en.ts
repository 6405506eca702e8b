import type { NewsroomState } from '../../../shared/ipc/newsroom-contract';

/**
 * The newsroom (docs/newsroom.md): Settings → 编辑部, the status light, engine conflicts. The
 * English catalogue part; its shape is the type, so a missing Chinese entry is a compile error.
 */

const time = (iso: string, locale: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'medium' });

export const newsroomMessagesEn = {
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
  /** 签出 by someone else: the item opens read-only. */
  checkedOutBy: (holder: string, iso: string) =>
    `Checked out by ${holder} since ${new Date(iso).toLocaleTimeString('en', { hour: '2-digit', minute: '2-digit', hour12: false })}: read-only here; you can still add proof marks and suggestions.`,
  breakCheckOut: 'Break check-out',
  breakConfirm: (holder: string) =>
    `Break ${holder}'s check-out? Their window goes read-only; what they typed and did not save stays with them and meets the conflict view when saved.`,
  /** This desk's check-out was broken or lost. */
  checkOutLost: (holder: string | null) =>
    `${holder ? `Now checked out by ${holder}` : 'Your check-out was broken'}: read-only here. Nothing you typed is lost: unsaved text is kept and compared when it is saved.`,
  checkOutForOffline: 'Check out for offline work',
  checkOutForOfflineHint: 'Keeps this item yours for the hours set in Settings → Newsroom, also away from the LAN and after closing it.',
  offlineCheckedOut: (iso: string) =>
    `Checked out for offline work since ${new Date(iso).toLocaleTimeString('en', { hour: '2-digit', minute: '2-digit', hour12: false })}.`,
  checkInOffline: 'Check in',
  /** 无签出编辑: saved in the newsroom by a desk that did not hold the check-out. */
  unchecked: 'Edited without check-out',
  uncheckedHint: (who: string, iso: string) => `${who || 'A desk'} saved this without holding its check-out (${time(iso, 'en-GB')}); not yet reviewed.`,
  uncheckedBanner: (who: string, iso: string) =>
    `${who || 'A desk'} saved this without holding its check-out (${time(iso, 'en-GB')}). Compare it with the history, then mark it reviewed.`,
  reviewUnchecked: 'Mark reviewed',
  reviewNeedsCheckOut: 'Only the desk holding the check-out can mark it reviewed.',
  /** An open story: a newer version was saved elsewhere. */
  newerBy: (who: string | null, iso: string) =>
    `${who ?? 'Another window'} changed this story at ${new Date(iso).toLocaleTimeString('en', { hour: '2-digit', minute: '2-digit', hour12: false })}`,
  loadNewer: 'Load the new version',
  compareNewer: 'Compare',
  idleMinutes: 'Give a check-out back after (minutes without typing)',
  offlineHours: 'Offline check-out lasts (hours)',
  /** 我的任务 and assigning (docs/newsroom.md, Assignments). */
  tasks: {
    title: 'My tasks',
    nav: 'My tasks',
    whoAmI: (me: string) => (me ? `Items given to ${me}, newest first.` : 'Enter your name (below the proof marks, “Your name”) or join a newsroom to see what was given to you.'),
    empty: 'Nothing is assigned to you.',
    story: 'Story',
    page: 'Page',
    untitled: '(not on this desk yet)',
    by: (who: string, iso: string) => `from ${who}, ${time(iso, 'en-GB')}`,
    forStep: (step: string) => `for ${step}`,
    open: 'Open',
    assign: 'Assign',
    assignTo: 'Assign to',
    assignHint: 'to whom (user name)',
    note: 'Note',
    current: (who: string, by: string) => `With ${who} (given by ${by})`,
    nobody: 'Not assigned',
    needName: 'Enter your name first (“Your name”, in the proofreading panel) so the assignment says who made it.',
    onDuty: (who: string) => `on duty: ${who}`,
  },
  /** Engine conflicts of pages and proof marks, and the page waiting for its slot (Settings → 编辑部). */
  pageConflictTitle: (name: string) => `Two desks changed the page “${name}”`,
  markConflictTitle: (quote: string) => `Two desks changed the proof mark on “${quote}”`,
  conflictsHeading: 'Conflicts to decide',
  noConflicts: 'No conflicts.',
  framesAdded: (ids: string) => `added: ${ids}`,
  framesRemoved: (ids: string) => `removed: ${ids}`,
  framesMoved: (ids: string) => `moved or resized: ${ids}`,
  framesChanged: (ids: string) => `changed: ${ids}`,
  sameFrames: 'same frames as the version shown',
  slotTitle: (date: string, n: number) => `Two pages for ${date}, page ${n}`,
  slotExplain: (name: string, who: string, holder: string) => `“${name}” from ${who} waits: this desk has “${holder}” in that slot. Give it another page number; nothing is lost meanwhile.`,
  slotNumber: 'Page number',
  slotMove: 'Give it this number',
};

export type NewsroomMessages = typeof newsroomMessagesEn;
