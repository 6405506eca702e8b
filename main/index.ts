// The Electron main entry (bundled to dist/main/index.cjs). native-modules must load first:
// it decides which better-sqlite3 build the store gets.
import './app/native-modules';
import { startApp } from './app/start-app';

startApp();
