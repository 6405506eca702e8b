// Types for the two untyped pure-JS packages the typesetter uses. Ambient declarations, so
// they live in a .d.ts that every layer's tsconfig picks up with shared/.

declare module 'linebreak' {
  interface LineBreak {
    /** UTF-16 index after which a line may (or must) break. */
    position: number;
    required: boolean;
  }
  class LineBreaker {
    constructor(text: string);
    nextBreak(): LineBreak | null;
  }
  export default LineBreaker;
}

declare module 'hyphen/en-us' {
  interface HyphenateOptions {
    hyphenChar?: string;
    minWordLength?: number;
  }
  const enUs: {
    /** Returns the text with hyphenChar (default U+00AD) at every hyphenation point. */
    hyphenateSync(text: string, options?: HyphenateOptions): string;
  };
  export default enUs;
}
