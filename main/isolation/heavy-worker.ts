import { parentPort, workerData } from 'node:worker_threads';
import { serializeError, type HeavyFault, type HeavyReady, type HeavyReply, type HeavyRequest, type HeavyWorkerData } from './heavy-protocol';
import { heavyTasks } from './heavy-tasks';

/**
 * The heavy-work worker's entry (bundled as heavy-worker.cjs beside the main bundle and the
 * CLI's): one task at a time from the pool (worker-pool.ts), each answered with its value or
 * its error as data. If the work runs out of memory or hangs, the pool ends this thread.
 */

const data = (workerData ?? {}) as HeavyWorkerData;

/** The failures the tests provoke (HeavyWorkerData.faults): each as a real one would happen. */
function causeFault(fault: HeavyFault): Promise<never> {
  switch (fault) {
    case 'out-of-memory': {
      const hoard: number[][] = [];
      for (;;) hoard.push(new Array<number>(1 << 20).fill(hoard.length));
    }
    case 'hang':
      // Blocks the thread for good, as a runaway loop in a parser would.
      for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    case 'crash':
      // An exception nothing catches, thrown outside the task (as from a decoder's callback).
      setImmediate(() => {
        throw new Error('simulated decoder crash');
      });
      return new Promise<never>(() => {});
    case 'exit':
      process.exit(70);
  }
}

parentPort!.on('message', async (request: HeavyRequest) => {
  let reply: HeavyReply;
  try {
    const fault = data.faults?.[request.task];
    if (fault) await causeFault(fault);
    const run = heavyTasks[request.task] as (input: unknown) => unknown;
    reply = { id: request.id, ok: true, value: await run(request.input) };
  } catch (error) {
    reply = { id: request.id, ok: false, error: serializeError(error) };
  }
  parentPort!.postMessage(reply);
});

parentPort!.postMessage({ ready: true } satisfies HeavyReady);
