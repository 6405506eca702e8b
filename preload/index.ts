// The sandboxed preload (bundled to dist/preload/index.cjs, only `electron` external). It
// exposes window.banmian, built from the shared contract, and nothing raw: no ipcRenderer,
// no event objects, no Node.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '../shared/ipc/client';
import { ipcSubscriber, ipcTransport } from './bridge-transport';

contextBridge.exposeInMainWorld('banmian', createBridge(ipcTransport(ipcRenderer), ipcSubscriber(ipcRenderer)));
