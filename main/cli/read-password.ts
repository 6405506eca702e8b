import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/**
 * A password for a CLI command: from the environment variable when set, else asked for on the
 * terminal without echo, else the first line of standard input (a pipe).
 */
export async function readPassword(envName: string, prompt: string, err: (text: string) => void): Promise<string> {
  const fromEnv = process.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const interactive = process.stdin.isTTY === true;
  if (interactive) err(prompt);
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const lines = createInterface({ input: process.stdin, output: muted, terminal: interactive });
  try {
    for await (const line of lines) return line;
  } finally {
    lines.close();
    if (interactive) err('\n');
  }
  throw new Error(`no password: set ${envName} or type it when asked`);
}
