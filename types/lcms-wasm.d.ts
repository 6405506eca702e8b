// lcms-wasm ships no types; main/photos/lcms-engine.ts declares the part it uses.
declare module 'lcms-wasm';
