import { Worker } from 'node:worker_threads';
import { BanmianError } from '../../shared/ipc/result';
import { deserializeError, type HeavyInput, type HeavyOutput, type HeavyReady, type HeavyReply, type HeavyTask, type HeavyWorkerData } from './heavy-protocol';

/**
 * One warm worker thread that runs the heavy, input-driven work (docs/security.md, Isolation),
 * one task at a time. A task that runs the worker out of memory (V8's `resourceLimits`), takes
 * longer than its time limit, or kills the thread fails with one clear line; the thread is then
 * replaced by a fresh one for the next task, and the calling process goes on.
 */

export interface WorkerPoolOptions {
  /** The worker's script: a file (the built heavy-worker.cjs) or code to evaluate (tests from source). */
  entry: { file: string } | { code: string };
  /** The worker's V8 heap limit (old generation), MB. */
  maxOldGenerationSizeMb: number;
  /** Time limit of a task, ms: one for all, or by task (a call may give its own). */
  timeoutMs: number | Record<HeavyTask, number>;
  workerData?: HeavyWorkerData;
}

export interface RunOptions {
  /** Starts the error message should the worker be stopped: `Cannot import "copy.docx"`. */
  label: string;
  timeoutMs?: number;
  /** Buffers to move to the worker instead of copying (the caller must not use them afterwards). */
  transfer?: ArrayBuffer[];
}

interface Job {
  id: number;
  task: HeavyTask;
  input: unknown;
  options: RunOptions;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** Why the worker ended while a task ran, in words for the user. */
type Ending = { kind: 'timeout'; ms: number } | { kind: 'out-of-memory' } | { kind: 'error'; message: string } | { kind: 'closed' };

export class WorkerPool {
  private worker: Worker | null = null;
  private current: Job | null = null;
  private ending: Ending | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** The worker has loaded its modules (its first message): a task's time counts from then. */
  private ready = false;
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** How many workers have been started (the first, then one per failure). */
  starts = 0;

  constructor(private readonly options: WorkerPoolOptions) {}

  run<K extends HeavyTask>(task: K, input: HeavyInput<K>, options: RunOptions): Promise<HeavyOutput<K>> {
    if (this.closed) return Promise.reject(this.stopped(options.label, { kind: 'closed' }));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, input, options, resolve: resolve as (value: unknown) => void, reject });
      this.pump();
    });
  }

  /** Starts the worker now, so the first task does not wait for its start-up. */
  warm(): void {
    if (!this.closed) this.spawn();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(this.stopped(job.options.label, { kind: 'closed' }));
    const worker = this.worker;
    if (worker) {
      this.ending ??= { kind: 'closed' };
      await worker.terminate();
    }
  }

  private spawn(): Worker {
    if (this.worker) return this.worker;
    const { entry, maxOldGenerationSizeMb, workerData } = this.options;
    const resourceLimits = { maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 };
    const worker = 'file' in entry ? new Worker(entry.file, { resourceLimits, workerData }) : new Worker(entry.code, { eval: true, resourceLimits, workerData });
    this.starts++;
    this.worker = worker;
    this.ending = null;
    this.ready = false;
    worker.unref(); // an idle worker never keeps the CLI from exiting
    worker.on('message', (message: HeavyReply | HeavyReady) => ('ready' in message ? this.started() : this.settle(message)));
    worker.on('error', (error: Error & { code?: string }) => {
      this.ending ??= error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'out-of-memory' } : { kind: 'error', message: error.message.split('\n')[0]! };
    });
    worker.on('exit', (code) => this.ended(worker, code));
    return worker;
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.current = job;
    const worker = this.spawn();
    worker.ref(); // a task in flight keeps the process alive until it is answered
    worker.postMessage({ id: job.id, task: job.task, input: job.input }, job.options.transfer ?? []);
    if (this.ready) this.startTimer(worker, job);
  }

  private started(): void {
    this.ready = true;
    if (this.current && this.worker) this.startTimer(this.worker, this.current);
  }

  /** The task's time limit, from when the worker can work on it (its start-up is not the input's fault). */
  private startTimer(worker: Worker, job: Job): void {
    const { timeoutMs } = this.options;
    const ms = job.options.timeoutMs ?? (typeof timeoutMs === 'number' ? timeoutMs : timeoutMs[job.task]);
    this.timer = setTimeout(() => {
      this.ending ??= { kind: 'timeout', ms };
      void worker.terminate();
    }, ms);
  }

  private settle(reply: HeavyReply): void {
    const job = this.current;
    if (!job || reply.id !== job.id) return;
    this.finish();
    if (reply.ok) job.resolve(reply.value);
    else job.reject(deserializeError(reply.error));
    this.pump();
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.current = null;
    this.worker?.unref();
  }

  private ended(worker: Worker, code: number): void {
    if (this.worker !== worker) return;
    const job = this.current;
    const ending = this.ending ?? { kind: 'error', message: `the worker ended with exit code ${code}` };
    this.worker = null;
    if (job) {
      this.finish();
      job.reject(this.stopped(job.options.label, ending));
    }
    if (!this.closed) this.pump();
  }

  /** The one line a caller gets: `Cannot import "a.docx": stopped, it needed more than 1024 MB of memory.` */
  private stopped(label: string, ending: Ending): BanmianError {
    return new BanmianError(ending.kind === 'closed' ? 'internal' : 'bad-file', `${label}: stopped, ${this.describe(ending)}.`);
  }

  private describe(ending: Ending): string {
    switch (ending.kind) {
      case 'timeout':
        return `it took longer than ${Math.round(ending.ms / 100) / 10} s`;
      case 'out-of-memory':
        return `it needed more than ${this.options.maxOldGenerationSizeMb} MB of memory`;
      case 'error':
        return `the work failed (${ending.message})`;
      case 'closed':
        return 'the heavy-work worker was shut down';
    }
  }
}
