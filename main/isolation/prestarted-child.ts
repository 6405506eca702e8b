import type { ChildProcess } from 'node:child_process';
import type { HeavyMessage } from './heavy-protocol';
import type { HeavyProcessSpec } from './heavy-transport';

/**
 * A heavy-work process the CLI forked before loading its bundle (bin/heavy-prestart.cjs), so that
 * both processes load at once on two cores. The Node transport takes it instead of forking when
 * it would fork the very same script with the very same options; anything else (a test's faults,
 * another heap limit, the sources through tsx) gets a fresh process and the prestarted one ends.
 */

interface Prestarted extends HeavyProcessSpec {
  child: ChildProcess;
  /** Messages that came before it was taken (its "ready"), in order. */
  messages: HeavyMessage[];
  /** Stops the listener that kept them. */
  stopKeeping(): void;
}

const PRESTARTED = Symbol.for('banmian.prestartedHeavyProcess');

function sameSpec(a: HeavyProcessSpec, b: HeavyProcessSpec): boolean {
  return a.modulePath === b.modulePath && a.execArgv.join('\0') === b.execArgv.join('\0') && a.args.join('\0') === b.args.join('\0');
}

/** The prestarted child if it runs `spec` and is still alive (taken once); else undefined. */
export function takePrestartedChild(spec: HeavyProcessSpec): { child: ChildProcess; messages: HeavyMessage[] } | undefined {
  const slot = globalThis as { [PRESTARTED]?: Prestarted };
  const prestarted = slot[PRESTARTED];
  if (!prestarted) return undefined;
  delete slot[PRESTARTED];
  prestarted.stopKeeping();
  // Events come on later turns of the loop: one not ended now has not said 'exit' or 'close' yet.
  const alive = prestarted.child.exitCode === null && prestarted.child.signalCode === null && prestarted.child.connected;
  if (alive && sameSpec(prestarted, spec)) return { child: prestarted.child, messages: prestarted.messages };
  prestarted.child.kill('SIGKILL');
  return undefined;
}
