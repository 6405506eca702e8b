import type { CliIo } from './cli-context';

/**
 * Progress on stderr: on a terminal one line redrawn in place (`[########········] 8/16 …`),
 * elsewhere (a log, a pipe) one plain line per step, so logs stay readable.
 */
export interface ProgressBar {
  step(done: number, label: string): void;
  /** Ends the bar's line (on a terminal). */
  end(): void;
}

const WIDTH = 24;

export function progressBar(io: CliIo, total: number): ProgressBar {
  const tty = io.errIsTTY === true;
  let drawn = false;
  return {
    step(done, label) {
      const counter = `${done}/${total}`;
      if (!tty) {
        io.err(`${counter} ${label}\n`);
        return;
      }
      const filled = Math.round((done / total) * WIDTH);
      io.err(`\r\x1b[K[${'#'.repeat(filled)}${'·'.repeat(WIDTH - filled)}] ${counter} ${label}`);
      drawn = true;
    },
    end() {
      if (tty && drawn) io.err('\n');
    },
  };
}
