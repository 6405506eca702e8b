import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BanmianBridge } from '../../../shared/ipc/client';
import { commands } from '../../../shared/ipc/contract';
import { ipcSubscriber, ipcTransport, type RendererIpc } from '../../../preload/bridge-transport';

/** ipcRenderer as the preload sees it: invoke answers from a table, events from emit(). */
class FakeIpcRenderer extends EventEmitter implements RendererIpc {
  calls: unknown[][] = [];
  answer: (channel: string, ...args: unknown[]) => Promise<unknown> = async () => ({ ok: true, value: [] });
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.calls.push([channel, ...args]);
    return this.answer(channel, ...args);
  }
}

describe('preload transport', () => {
  it('sends every command over the one invoke channel and returns the outcome', async () => {
    const ipc = new FakeIpcRenderer();
    ipc.answer = async () => ({ ok: true, value: [{ id: 's1', headline: '党建引领' }] });
    const outcome = await ipcTransport(ipc)('stories.search', { query: '党建' });
    expect(ipc.calls).toEqual([['banmian:invoke', 'stories.search', { query: '党建' }]]);
    expect(outcome).toEqual({ ok: true, value: [{ id: 's1', headline: '党建引领' }] });
  });

  it('turns a broken channel into an error outcome the page can show', async () => {
    const ipc = new FakeIpcRenderer();
    ipc.answer = async () => Promise.reject(new Error('main process gone'));
    expect(await ipcTransport(ipc)('stories.list', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'stories.list failed: main process gone' },
    });
  });

  it('hands listeners the payload only, never the IPC event, and unsubscribes', () => {
    const ipc = new FakeIpcRenderer();
    const seen: unknown[][] = [];
    const off = ipcSubscriber(ipc)('stories.changed', (...args: unknown[]) => seen.push(args));
    ipc.emit('banmian:event:stories.changed', { sender: 'secret ipc event' }, { ids: ['a'] });
    off();
    ipc.emit('banmian:event:stories.changed', {}, { ids: ['b'] });
    expect(seen).toEqual([[{ ids: ['a'] }]]);
    expect(ipc.listenerCount('banmian:event:stories.changed')).toBe(0);
  });

  it('refuses events that are not in the contract', () => {
    const subscribe = ipcSubscriber(new FakeIpcRenderer()) as (event: string, listener: () => void) => () => void;
    expect(() => subscribe('__proto__', () => {})).toThrow(/Unknown event/);
    expect(() => subscribe('banmian:invoke', () => {})).toThrow(/Unknown event/);
  });
});

describe('built preload bundle in a sandbox-like context', () => {
  let dir: string;
  let code: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'banmian-preload-'));
    const outfile = path.join(dir, 'index.cjs');
    const buildScript = pathToFileURL(path.resolve(__dirname, '../../../scripts/build.mjs')).href;
    const { preloadOptions } = (await import(buildScript)) as { preloadOptions: (outfile: string) => object };
    const { build } = await import('esbuild');
    await build(preloadOptions(outfile));
    code = readFileSync(outfile, 'utf8');
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs the bundle with nothing but `require('electron')`: no process, no Buffer, no fs. */
  function runPreload(ipc: FakeIpcRenderer) {
    const exposed = new Map<string, unknown>();
    const required: string[] = [];
    const electron = { contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) }, ipcRenderer: ipc };
    const module = { exports: {} };
    const context = vm.createContext({
      module,
      exports: module.exports,
      require: (name: string) => {
        required.push(name);
        if (name !== 'electron') throw new Error(`the sandboxed preload cannot require ${name}`);
        return electron;
      },
      console,
    });
    vm.runInContext(code, context);
    return { exposed, required };
  }

  it('needs only electron and exposes exactly window.banmian', () => {
    const { exposed, required } = runPreload(new FakeIpcRenderer());
    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['banmian']);
    const bridge = exposed.get('banmian') as BanmianBridge;
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.keys(bridge.invoke).sort()).toEqual(Object.keys(commands).sort());
  });

  it('carries a command to the main process and its outcome back', async () => {
    const ipc = new FakeIpcRenderer();
    ipc.answer = async (_channel, command) => ({ ok: false, error: { code: 'invalid-input', message: `bad ${String(command)}` } });
    const bridge = runPreload(ipc).exposed.get('banmian') as BanmianBridge;
    const outcome = await bridge.invoke['stories.get']({ id: '' });
    expect(ipc.calls).toEqual([['banmian:invoke', 'stories.get', { id: '' }]]);
    expect(outcome).toEqual({ ok: false, error: { code: 'invalid-input', message: 'bad stories.get' } });
  });

  it('delivers menu actions to a subscriber', () => {
    const ipc = new FakeIpcRenderer();
    const bridge = runPreload(ipc).exposed.get('banmian') as BanmianBridge;
    const actions: string[] = [];
    bridge.on('menu.action', ({ action }) => actions.push(action));
    ipc.emit('banmian:event:menu.action', {}, { action: 'import' });
    expect(actions).toEqual(['import']);
  });
});
