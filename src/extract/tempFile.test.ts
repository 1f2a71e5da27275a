import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { TEMP_FILE, tempPathFor } from './tempFile';

const root = resolve(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'chronolens-publish-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the temporary file of a timeline being written', () => {
  it('is hidden, beside its timeline, and names the process writing it', () => {
    expect(tempPathFor('/site/data/timeline.json', 4242)).toBe('/site/data/.timeline.json.chronolens-4242.tmp');
    expect(TEMP_FILE.test('.timeline.json.chronolens-4242.tmp')).toBe(true);
    expect(TEMP_FILE.test('timeline.json')).toBe(false);
    expect(TEMP_FILE.test('.other.json.4242.tmp')).toBe(false);
  });

  it('left behind by an extract killed during its final write, is never published by vite build', async () => {
    const data = join(work, 'data');
    mkdirSync(join(data, 'documents'), { recursive: true });
    cpSync(join(root, 'data/documents'), join(data, 'documents'), { recursive: true });
    writeFileSync(join(data, 'timeline.json'), '{}');
    // what kill -9 in the middle of writeFile leaves: half a timeline under the temporary name
    writeFileSync(tempPathFor(join(data, 'timeline.json'), 31337), '{"schemaVersion": 1, "documents": [{"id": "half');
    writeFileSync(tempPathFor(join(data, 'documents', 'other.json'), 31338), '{"half');
    const outDir = join(work, 'dist');
    await build({ root, configFile: join(root, 'vite.config.ts'), publicDir: data, build: { outDir, emptyOutDir: true }, logLevel: 'silent' });
    const published = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? published(join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name]));
    const files = published(outDir);
    expect(files).toContain('timeline.json');
    expect(files).toContain('index.html');
    expect(files.filter((f) => f.includes('chronolens-'))).toEqual([]);
    expect(existsSync(join(outDir, '.timeline.json.chronolens-31337.tmp'))).toBe(false);
  }, 120_000);
});
