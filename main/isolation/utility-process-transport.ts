import type { ForkOptions, UtilityProcess } from 'electron';
import type { HeavyMessage } from './heavy-protocol';
import { saysOutOfMemory, watchStderr, type HeavyChild, type HeavyExit, type HeavySpawn } from './heavy-transport';

/**
 * The heavy-work process in the desktop app: an Electron `utilityProcess` (a Node process that
 * Chromium's process model starts and reaps), so a segmentation fault in libvips or an abort in
 * a native addon ends it and not the window's main process. Written against Electron's API and
 * types; the CLI and the tests use node-process-transport.ts, which speaks the same protocol.
 * Only `electron`'s types are imported here: start-app.ts hands in `utilityProcess.fork`.
 */

export type UtilityFork = (modulePath: string, args?: string[], options?: ForkOptions) => UtilityProcess;

export function utilityProcessSpawner(forkUtility: UtilityFork): HeavySpawn {
  return (spec) => {
    const child = forkUtility(spec.modulePath, spec.args, {
      execArgv: spec.execArgv,
      stdio: 'pipe',
      serviceName: 'Banmian heavy work',
    });
    const stderrTail = watchStderr(child.stderr);
    watchStderr(child.stdout);
    // V8's fatal errors (out of memory among them) come as 'error' before 'exit'.
    let fatal = '';
    child.on('error', (_type, location) => void (fatal += `${location}\n`));
    const exitListeners: ((exit: HeavyExit) => void)[] = [];
    child.on('exit', (code) => {
      const exit: HeavyExit = { code, signal: null, ...(saysOutOfMemory(fatal + stderrTail()) ? { outOfMemory: true } : {}) };
      for (const listener of exitListeners) listener(exit);
    });
    const channel: HeavyChild = {
      post: (message) => child.postMessage(message),
      kill: () => void child.kill(),
      // The app runs until it quits; an idle utility process does not keep it from quitting.
      hold: () => {},
      onMessage: (listener) => void child.on('message', (message: HeavyMessage) => listener(message)),
      onExit: (listener) => void exitListeners.push(listener),
    };
    return channel;
  };
}
