import type { CDPSession, Page } from 'playwright-core';

/**
 * Chinese typed through an input method, the way Chromium sees it: composition updates
 * with the pinyin so far (Input.imeSetComposition), then the chosen characters committed
 * (Input.insertText). These are the browser's own IME events, not synthetic DOM events.
 */
export class Ime {
  private constructor(private readonly cdp: CDPSession) {}

  static async attach(page: Page): Promise<Ime> {
    return new Ime(await page.context().newCDPSession(page));
  }

  /** Shows `pinyin` as the open composition, growing one letter at a time as typing does. */
  async compose(pinyin: string): Promise<void> {
    for (let length = 1; length <= pinyin.length; length += 1) {
      const text = pinyin.slice(0, length);
      await this.cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    }
  }

  /** Commits `text` in place of the open composition. */
  async commit(text: string): Promise<void> {
    await this.cdp.send('Input.insertText', { text });
  }

  /** Composes `pinyin` and commits `text`: one word typed with a pinyin IME. */
  async type(pinyin: string, text: string): Promise<void> {
    await this.compose(pinyin);
    await this.commit(text);
  }

  async detach(): Promise<void> {
    await this.cdp.detach();
  }
}
