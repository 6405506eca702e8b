import { describe, expect, it } from 'vitest';
import { isTrustedSender, type IpcSenderInfo } from '../../../main/app/ipc-sender';
import { eventChannel, isEventName } from '../../../shared/ipc/channels';

const ours = new Set([7]);
const topFrame = (url: string) => ({ url, parent: null });
const event = (id: number, frame: IpcSenderInfo['senderFrame']): IpcSenderInfo => ({ sender: { id }, senderFrame: frame });

describe('IPC sender check', () => {
  it('trusts the main frame of our window showing app://banmian/', () => {
    expect(isTrustedSender(event(7, topFrame('app://banmian/index.html')), ours)).toBe(true);
    expect(isTrustedSender(event(7, topFrame('app://banmian/index.html?view=library#top')), ours)).toBe(true);
  });

  it('refuses a web contents we did not create (a DevTools page, a stray window)', () => {
    expect(isTrustedSender(event(8, topFrame('app://banmian/index.html')), ours)).toBe(false);
  });

  it('refuses sub-frames and destroyed frames', () => {
    expect(isTrustedSender(event(7, { url: 'app://banmian/index.html', parent: {} }), ours)).toBe(false);
    expect(isTrustedSender(event(7, null), ours)).toBe(false);
  });

  it.each([
    'https://banmian/index.html',
    'file:///opt/banmian/dist/renderer/index.html',
    'app://evil/index.html',
    'app://banmian.evil/index.html',
    'app://banmian:8080/index.html',
    'app://user@banmian/index.html',
    'banmian://photos/a.jpg',
    'about:blank',
    'data:text/html,<script>1</script>',
    '',
  ])('refuses a frame showing %s', (url) => {
    expect(isTrustedSender(event(7, topFrame(url)), ours)).toBe(false);
  });
});

describe('IPC channel names', () => {
  it('give every contract event its own channel and refuse names outside the contract', () => {
    expect(eventChannel('stories.changed')).not.toBe(eventChannel('menu.action'));
    expect(isEventName('stories.changed')).toBe(true);
    expect(isEventName('menu.action')).toBe(true);
    expect(isEventName('toString')).toBe(false);
    expect(isEventName('app.quit')).toBe(false);
  });
});
