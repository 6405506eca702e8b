import { fork } from 'node:child_process';
import type { Socket } from 'node:net';
import type { HeavyMessage } from './heavy-protocol';
import { saysOutOfMemory, watchStderr, type HeavyChild, type HeavyExit, type HeavySpawn } from './heavy-transport';
import { takePrestartedChild } from './prestarted-child';

/**
 * The heavy-work process as a Node child (the CLI and the tests): `child_process.fork` with V8's
 * serializer on the IPC channel (the same structured clone as Electron's `postMessage`), the heap
 * limit in `execArgv`, stdout and stderr piped so that neither can reach the CLI's output. The CLI's
 * first one was forked before the CLI loaded (prestarted-child.ts), with these same options.
 */
export const forkNodeProcess: HeavySpawn = (spec) => {
  const prestarted = takePrestartedChild(spec);
  const early = prestarted?.messages ?? [];
  const child =
    prestarted?.child ??
    fork(spec.modulePath, spec.args, {
      execArgv: spec.execArgv,
      serialization: 'advanced',
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
  const stderrTail = watchStderr(child.stderr);
  // Something a library prints on stdout is a warning at most: it goes where warnings go.
  watchStderr(child.stdout);
  const handles = () => [child.channel, child.stdout, child.stderr] as (Partial<Pick<Socket, 'ref' | 'unref'>> | null | undefined)[];
  const exitListeners: ((exit: HeavyExit) => void)[] = [];
  // 'close' comes after 'exit' and after stderr has been read to its end (V8's out-of-memory words).
  child.on('close', (code, signal) => {
    const exit: HeavyExit = { code, signal, ...(saysOutOfMemory(stderrTail()) ? { outOfMemory: true } : {}) };
    for (const listener of exitListeners) listener(exit);
  });
  // A child that cannot be started at all (no such file) closes too; the error is said there.
  child.on('error', () => {});
  const channel: HeavyChild = {
    post: (message) => void child.send(message),
    kill: () => void child.kill('SIGKILL'),
    hold(held) {
      if (held) child.ref();
      else child.unref();
      for (const handle of handles()) (held ? handle?.ref : handle?.unref)?.call(handle);
    },
    onMessage(listener) {
      for (const message of early.splice(0)) listener(message);
      child.on('message', (message) => listener(message as HeavyMessage));
    },
    onExit: (listener) => void exitListeners.push(listener),
  };
  return channel;
};
