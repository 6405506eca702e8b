import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(__dirname, '../../..');
const shipped = resolve(repo, 'resources/sample/seed-page.txt');
const upstream = resolve(repo, '../shared/samples/seed-page.txt');

describe('the sample page text', () => {
  it.runIf(existsSync(upstream))('ships exactly the newsroom sample (../shared/samples/seed-page.txt)', () => {
    expect(readFileSync(shipped, 'utf8')).toBe(readFileSync(upstream, 'utf8'));
  });
});
