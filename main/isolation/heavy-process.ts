import { getHeapStatistics } from 'node:v8';
import { FAULTS_ARG, serializeError, type HeavyFault, type HeavyFaults, type HeavyMessage, type HeavyReply, type HeavyRequest } from './heavy-protocol';
import { heavyTasks } from './heavy-tasks';

/**
 * The heavy-work process's entry (bundled as heavy-process.cjs beside the main bundle and the
 * CLI's): one task at a time from the pool (heavy-pool.ts), each answered with its value or its
 * error as data. It runs as an Electron utility process (messages on `process.parentPort`) or a
 * Node child (`process.send`); if the work runs out of memory, hangs or crashes natively, this
 * process ends and the pool starts another.
 */

interface ParentPort {
  onRequest(listener: (request: HeavyRequest) => void): void;
  post(message: HeavyMessage): void;
  /** Says the message, then ends the process (the message must leave first). */
  postThenExit(message: HeavyMessage, code: number): void;
}

interface ElectronParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

function parentPort(): ParentPort {
  const electron = (process as { parentPort?: ElectronParentPort }).parentPort;
  if (electron) {
    return {
      onRequest: (listener) => electron.on('message', (event) => listener(event.data as HeavyRequest)),
      post: (message) => electron.postMessage(message),
      postThenExit(message, code) {
        electron.postMessage(message);
        setTimeout(() => process.exit(code), 50);
      },
    };
  }
  const send = process.send?.bind(process);
  if (!send) throw new Error('heavy-process: started without a channel to its parent (run it through main/isolation)');
  // The parent gone (the CLI ended, the app quit): nothing more will be asked.
  process.on('disconnect', () => process.exit(0));
  return {
    onRequest: (listener) => void process.on('message', (request) => listener(request as HeavyRequest)),
    post: (message) => void send(message),
    postThenExit: (message, code) => void send(message, undefined, {}, () => process.exit(code)),
  };
}

function faultsFromArgs(): HeavyFaults {
  const arg = process.argv.find((a) => a.startsWith(FAULTS_ARG));
  return arg ? (JSON.parse(arg.slice(FAULTS_ARG.length)) as HeavyFaults) : {};
}

/** The failures the tests provoke (HeavyPoolOptions.faults): each as a real one would happen. */
function causeFault(fault: HeavyFault): Promise<never> {
  switch (fault) {
    case 'out-of-memory': {
      const hoard: number[][] = [];
      for (;;) hoard.push(new Array<number>(1 << 20).fill(hoard.length));
    }
    case 'hang':
      // Blocks the process for good, as a runaway loop in a parser would.
      for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    case 'crash':
      // An exception nothing catches, thrown outside the task (as from a decoder's callback).
      setImmediate(() => {
        throw new Error('simulated decoder crash');
      });
      return new Promise<never>(() => {});
    case 'exit':
      return process.exit(70);
    // What a native addon does when it fails: no JavaScript runs after either.
    case 'abort':
      return process.abort();
    case 'segfault':
      process.kill(process.pid, 'SIGSEGV');
      return new Promise<never>(() => {});
  }
}

const port = parentPort();
const faults = faultsFromArgs();

process.on('uncaughtException', (error) => {
  port.postThenExit({ fatal: (error instanceof Error ? error.message : String(error)).split('\n')[0]! }, 70);
});

port.onRequest(async (request) => {
  let reply: HeavyReply;
  try {
    const fault = faults[request.task];
    if (fault) await causeFault(fault);
    const run = heavyTasks[request.task] as (input: unknown, progress: (step: unknown) => void) => unknown;
    reply = { id: request.id, ok: true, value: await run(request.input, (step) => port.post({ id: request.id, progress: step })) };
  } catch (error) {
    reply = { id: request.id, ok: false, error: serializeError(error) };
  }
  port.post(reply);
});

port.post({ ready: true, heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / 1048576) });
