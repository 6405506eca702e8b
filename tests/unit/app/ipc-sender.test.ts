import { describe, expect, it } from 'vitest';
import * as mainChannels from '../../../main/app/ipc-channels';
import { isTrustedSender, type IpcSenderInfo } from '../../../main/app/ipc-sender';
import * as preloadChannels from '../../../preload/ipc-channels';

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
  it('are the same in the main process and the preload', () => {
    expect(preloadChannels.INVOKE_CHANNEL).toBe(mainChannels.INVOKE_CHANNEL);
    for (const name of ['stories.changed', 'menu.action'] as const) {
      expect(preloadChannels.eventChannel(name)).toBe(mainChannels.eventChannel(name));
    }
  });
});
