import type { Readable } from 'node:stream';
import type { HeavyMessage, HeavyRequest } from './heavy-protocol';

/**
 * The seam between the heavy-work pool and the process it runs in (docs/security.md,
 * Isolation). One protocol (heavy-protocol.ts), two thin transports chosen at start-up:
 * Electron's `utilityProcess` in the app (utility-process-transport.ts) and Node's
 * `child_process.fork` in the CLI and the tests (node-process-transport.ts). Either way the
 * work runs in a process of its own, so a native crash ends that process, not the caller.
 */

export interface HeavyProcessSpec {
  /** The script the process runs (heavy-process.cjs, or its TypeScript source in the tests). */
  modulePath: string;
  /** Node/V8 options: the heap limit, and tsx's require hook when running from the sources. */
  execArgv: string[];
  args: string[];
}

/** How the process ended: an exit code, or the signal that killed it (POSIX; Electron gives only the code). */
export interface HeavyExit {
  code: number | null;
  signal: string | null;
  /** Set when the runtime said the process ran out of heap (V8's fatal error, in its words). */
  outOfMemory?: boolean;
}

export interface HeavyChild {
  post(message: HeavyRequest): void;
  /** Ends the process at once (a task past its time limit, or closing). */
  kill(): void;
  /** Whether the child keeps the calling process alive: while a task is in flight, not when idle. */
  hold(held: boolean): void;
  onMessage(listener: (message: HeavyMessage) => void): void;
  /** Called once, after the process has ended and its output was read. */
  onExit(listener: (exit: HeavyExit) => void): void;
}

export type HeavySpawn = (spec: HeavyProcessSpec) => HeavyChild;

/** V8's words when a heap runs full: "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory". */
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Ineffective mark-compacts near heap limit/u;

export function saysOutOfMemory(text: string): boolean {
  return OUT_OF_MEMORY.test(text);
}

/**
 * Reads the child's stderr: keeps its end (where V8 says it ran out of memory, with a page of
 * its own diagnostics the user must not get) and passes on only Banmian's own one-line
 * warnings ("banmian: no preview for photo …").
 */
export function watchStderr(stream: Readable | NodeJS.ReadableStream | null | undefined, forward: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): () => string {
  let tail = '';
  let partial = '';
  stream?.on('data', (chunk: Buffer | string) => {
    const text = partial + chunk.toString();
    const lines = text.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('banmian: ')) forward(line);
    tail = (tail + chunk.toString()).slice(-8192);
  });
  return () => tail;
}
