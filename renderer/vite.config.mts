import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// No Node imports here: the renderer's lint rules cover this file too. Vite resolves
// outDir and fs.allow against `root`.
const rendererRoot = import.meta.dirname;

/**
 * The dev server injects inline module scripts (Vite's client, React refresh), which the
 * shipped CSP forbids. Only `vite serve` gets a relaxed policy; builds keep index.html's.
 */
function devCsp(): Plugin {
  return {
    name: 'banmian:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(/script-src 'self'/, "script-src 'self' 'unsafe-inline'");
    },
  };
}

// Renderer build: loaded from disk by Electron and by the e2e harness's static server,
// hence relative URLs and nothing inlined (the CSP allows no inline script, style or data: font).
export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react(), devCsp()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
    sourcemap: true,
  },
  server: { fs: { allow: ['..'] } },
});
