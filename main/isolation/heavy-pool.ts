import { BanmianError } from '../../shared/ipc/result';
import { deserializeError, FAULTS_ARG, type HeavyFaults, type HeavyInput, type HeavyMessage, type HeavyOutput, type HeavyReply, type HeavyTask } from './heavy-protocol';
import type { HeavyChild, HeavyExit, HeavySpawn } from './heavy-transport';

/**
 * One warm heavy-work process that runs the heavy, input-driven work (docs/security.md,
 * Isolation), one task at a time. A task that runs it out of memory (V8's heap limit), takes
 * longer than its time limit, or crashes it — an exception, an exit, a native abort or
 * segmentation fault — fails with one clear line; the process is then replaced by a fresh one
 * for the next task, and the calling process goes on.
 */

export interface HeavyPoolOptions {
  /** How a process is started: Electron's utilityProcess or Node's child_process (heavy-transport.ts). */
  spawn: HeavySpawn;
  /** The process's script and the Node options it needs to load (heavyProcessEntry). */
  entry: { modulePath: string; execArgv: string[] };
  /** The process's V8 heap limit (old generation), MB: `--max-old-space-size`. */
  maxOldGenerationSizeMb: number;
  /** Time limit of a task, ms: one for all, or by task (a call may give its own). */
  timeoutMs: number | Record<HeavyTask, number>;
  /** Failures to provoke inside the process, by task (tests only). */
  faults?: HeavyFaults;
}

export interface RunOptions {
  /** Starts the error message should the process be stopped: `Cannot import "copy.docx"`. */
  label: string;
  timeoutMs?: number;
  /** Each step a long task reports (an edition's photo converted); its time limit starts again. */
  onProgress?: (step: unknown) => void;
}

interface Job {
  id: number;
  task: HeavyTask;
  input: unknown;
  options: RunOptions;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** Why the process ended while a task ran, in words for the user. */
type Ending = { kind: 'timeout'; ms: number } | { kind: 'out-of-memory' } | { kind: 'error'; message: string } | { kind: 'closed' };

export class HeavyPool {
  private child: HeavyChild | null = null;
  private current: Job | null = null;
  private ending: Ending | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** The process has loaded its modules (its first message): a task's time counts from then. */
  private ready = false;
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private exited: Promise<void> = Promise.resolve();
  /** How many processes have been started (the first, then one per failure). */
  starts = 0;
  /** The heap limit the running process reported (MB): what V8 made of `--max-old-space-size`. */
  heapLimitMb: number | undefined;

  constructor(private readonly options: HeavyPoolOptions) {}

  run<K extends HeavyTask>(task: K, input: HeavyInput<K>, options: RunOptions): Promise<HeavyOutput<K>> {
    if (this.closed) return Promise.reject(this.stopped(options.label, { kind: 'closed' }));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, input, options, resolve: resolve as (value: unknown) => void, reject });
      this.pump();
    });
  }

  /** A pool of its own process with the same settings: an edition's pages on another core (main/pages/edition-export.ts). */
  sibling(): HeavyPool {
    return new HeavyPool(this.options);
  }

  /** Starts the process now, so the first task does not wait for its start-up. */
  warm(): void {
    if (!this.closed) this.spawn();
  }

  /** Refuses what is queued, ends the process; resolves when it has ended. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(this.stopped(job.options.label, { kind: 'closed' }));
    if (this.child) {
      this.ending ??= { kind: 'closed' };
      // Held until it has ended: an idle child is unreferenced, and awaiting its end must keep the caller alive.
      this.child.hold(true);
      this.child.kill();
    }
    await this.exited;
  }

  private spawn(): HeavyChild {
    if (this.child) return this.child;
    const { entry, maxOldGenerationSizeMb, faults } = this.options;
    const child = this.options.spawn({
      modulePath: entry.modulePath,
      execArgv: [...entry.execArgv, `--max-old-space-size=${maxOldGenerationSizeMb}`],
      args: faults ? [`${FAULTS_ARG}${JSON.stringify(faults)}`] : [],
    });
    this.starts++;
    this.child = child;
    this.ending = null;
    this.ready = false;
    child.hold(false); // an idle process never keeps the CLI from exiting
    child.onMessage((message) => this.received(child, message));
    this.exited = new Promise((resolve) => child.onExit((exit) => (this.ended(child, exit), resolve())));
    return child;
  }

  private received(child: HeavyChild, message: HeavyMessage): void {
    if (this.child !== child) return;
    if ('ready' in message) {
      this.ready = true;
      this.heapLimitMb = message.heapLimitMb;
      // V8 adds its young generation to the old; far more means the runtime ignored the flag.
      if (message.heapLimitMb > this.options.maxOldGenerationSizeMb + 256) {
        console.warn(`banmian: the heavy-work process has a ${message.heapLimitMb} MB heap, not the ${this.options.maxOldGenerationSizeMb} MB asked for`);
      }
      if (this.current) this.startTimer(child, this.current);
    } else if ('fatal' in message) this.ending ??= { kind: 'error', message: message.fatal };
    else if ('progress' in message) {
      if (this.current?.id !== message.id) return;
      this.current.options.onProgress?.(message.progress);
      this.startTimer(child, this.current);
    } else this.settle(message);
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.current = job;
    const child = this.spawn();
    child.hold(true); // a task in flight keeps the process alive until it is answered
    child.post({ id: job.id, task: job.task, input: job.input });
    if (this.ready) this.startTimer(child, job);
  }

  /** The task's time limit, from when the process can work on it (its start-up is not the input's fault). */
  private startTimer(child: HeavyChild, job: Job): void {
    if (this.timer) clearTimeout(this.timer);
    const { timeoutMs } = this.options;
    const ms = job.options.timeoutMs ?? (typeof timeoutMs === 'number' ? timeoutMs : timeoutMs[job.task]);
    this.timer = setTimeout(() => {
      this.ending ??= { kind: 'timeout', ms };
      child.kill();
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
    this.child?.hold(false);
  }

  private ended(child: HeavyChild, exit: HeavyExit): void {
    if (this.child !== child) return;
    const job = this.current;
    const ending = this.ending ?? (exit.outOfMemory ? { kind: 'out-of-memory' } : { kind: 'error', message: endedHow(exit) });
    this.child = null;
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
        return 'the heavy-work process was shut down';
    }
  }
}

/** "the heavy-work process crashed (SIGSEGV)", "… ended with exit code 70". */
function endedHow(exit: HeavyExit): string {
  if (exit.signal) return `the heavy-work process crashed (${exit.signal})`;
  return `the heavy-work process ended with exit code ${exit.code ?? 'unknown'}`;
}
