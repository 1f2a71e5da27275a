/**
 * The command line on hostile and broken input (issue 6): it builds from what is usable, names every
 * problem file with a specific reason, never prints a stack trace, and fails with one clear line when
 * nothing can be done.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTimeline } from '../schema/timeline';
import { readWholeTimeline } from './outputFile';

const root = resolve(__dirname, '../..');
const cli = join(root, 'src/extract/cli.ts');

/** The CLI as `npm run extract` runs it: one node process that compiles the TypeScript through tsx's loader. */
function run(args: string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000, ...options });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

const seed = readFileSync(join(root, 'data/documents/000_3f11fcf595ef8854.txt'));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chronolens-hostile-'));
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  writeFileSync(join(docs, 'good article.txt'), seed);
  writeFileSync(join(docs, 'empty.txt'), '');
  writeFileSync(join(docs, 'image.txt'), Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
  writeFileSync(join(docs, 'huge.txt'), 'A line of filler text with nothing to report in it at all.\n'.repeat(340_000)); // ~20 MB
  writeFileSync(join(docs, 'cp1252.txt'), Buffer.from('Caf\xe9 owners met on March 3, 2024 \x96 the mayor said.\n', 'latin1'));
  writeFileSync(join(docs, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The council met on May 5, 2024 to vote.\n', 'utf16le')]));
  writeFileSync(
    join(docs, 'page.html'),
    '<html><head><title>Council votes</title><script>window.__pwned = 1</script></head><body><article><h1>Council votes</h1>' +
      '<p onclick="alert(1)">The Springfield council approved the budget on June 2, 2024 after a long debate.</p><img src=x onerror="alert(2)"></article></body></html>',
  );
  writeFileSync(join(docs, 'no dates.md'), '# Notes\n\nNothing in this text says when anything happened.\n');
  writeFileSync(join(docs, 'one line.txt'), 'The ministers met in the capital and discussed trade. '.repeat(1900));
  writeFileSync(join(docs, 'Été à Séoul — notes.txt'), 'Seoul officials met on April 2, 2024 to discuss the summit.\n');
  mkdirSync(join(docs, 'loop'));
  symlinkSync(join(docs, 'loop'), join(docs, 'loop', 'again'));
  symlinkSync(join(docs, 'nowhere.txt'), join(docs, 'dangling.txt'));
  writeFileSync(join(docs, 'locked.txt'), 'secret');
  chmodSync(join(docs, 'locked.txt'), 0o000);
});

describe('npm run extract on a folder of hostile files', () => {
  it('builds from the usable files, names each problem file with its reason, and prints no stack trace', async () => {
    const out = join(dir, 'out/timeline.json');
    const r = run(['--input', join(dir, 'docs'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\d+ documents, \d+ events, \d+ actors, \d+ warnings; texts in timeline\.texts\.json beside it/);
    expect(r.stderr + r.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
    const parsed = await readWholeTimeline(out);
    if (!parsed.ok) throw new Error(parsed.error);
    const t = parsed.timeline;
    const warned = (doc: string) => t.warnings.filter((w) => w.doc === doc).map((w) => w.code);
    expect(warned('empty.txt')).toContain('empty');
    expect(warned('image.txt')).toContain('binary');
    expect(warned('huge.txt')).toContain('truncated');
    expect(warned('cp1252.txt')).toContain('decoded-windows-1252');
    expect(warned('dangling.txt')).toContain('unreadable');
    for (const w of t.warnings) expect(r.stderr).toContain(w.doc);
    const ids = t.documents.map((d) => d.id);
    expect(ids).toEqual(
      expect.arrayContaining(['good article.txt', 'cp1252.txt', 'utf16.txt', 'page.html', 'no dates.md', 'one line.txt', 'Été à Séoul — notes.txt']),
    );
    expect(t.documents.find((d) => d.id === 'cp1252.txt')!.text).toContain('Café owners met on March 3, 2024 – the mayor');
    expect(t.documents.find((d) => d.id === 'utf16.txt')!.text).toContain('The council met on May 5, 2024');
    const page = t.documents.find((d) => d.id === 'page.html')!;
    expect(page.text).toContain('The Springfield council approved the budget on June 2, 2024');
    expect(page.text).not.toMatch(/__pwned|onerror|onclick|<script|alert/);
    expect(t.events.some((e) => e.date.value === '2024-06-02' && e.mentions[0].doc === 'page.html')).toBe(true);
  }, 180_000);

  it('gives byte-identical output on a second run', () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    const seeds = join(root, 'data/documents');
    expect(run(['--input', seeds, '--out', a]).code).toBe(0);
    expect(run(['--input', seeds, '--out', b]).code).toBe(0);
    // each names its own texts file; otherwise the same bytes, texts included
    expect(readFileSync(a, 'utf8').replace('"a.texts.json"', '"b.texts.json"')).toBe(readFileSync(b, 'utf8'));
    expect(readFileSync(join(dir, 'a.texts.json'), 'utf8')).toBe(readFileSync(join(dir, 'b.texts.json'), 'utf8'));
  }, 240_000);
});

describe('npm run extract when nothing can be done', { timeout: 60_000 }, () => {
  it('prints its usage on --help as lines a reader can follow, not one line of escaped newlines', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\\n');
    expect(r.stdout).toMatch(/^ {2}--input DIR +folder of/m);
    expect(r.stdout).toMatch(/^ {2}--merge +write the timeline/m);
  });

  it('says in one line that the input folder is missing', () => {
    const r = run(['--input', join(dir, 'no-such-folder')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/input folder not found/i)]);
  });

  it('says in one line that the output cannot be written, and leaves nothing half-written', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const good = join(dir, 'good');
    mkdirSync(good, { recursive: true });
    writeFileSync(join(good, 'a.txt'), seed);
    const r = run(['--input', good, '--out', join(blocker, 'timeline.json')]);
    expect(r.code).not.toBe(0);
    expect(
      r.stderr
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('warning:')),
    ).toEqual([expect.stringMatching(/cannot write/i)]);
    expect(existsSync(join(blocker, 'timeline.json'))).toBe(false);
  }, 60_000);

  it('fails with one clear line when no document is usable', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'empty.txt'), '');
    const r = run(['--input', bad, '--out', join(dir, 'bad.json')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/no usable documents/i);
    expect(r.stderr).toMatch(/empty\.txt/);
  });
});

// ---- issue 14: files outside the folder, the output path, the terminal, actors.json ----

describe('npm run extract and the files around its input folder', { timeout: 120_000 }, () => {
  const outside = () => {
    const secret = join(dir, 'outside');
    mkdirSync(secret, { recursive: true });
    writeFileSync(join(secret, 'passwd.txt'), 'root:x:0:0 The Springfield council met on May 5, 2024 to sign the PRIVATE-MARKER accord.\n');
    return secret;
  };

  it('skips links that leave the input folder, with a warning, and publishes nothing of what they point to', () => {
    const secret = outside();
    const docs = join(dir, 'linked');
    mkdirSync(docs, { recursive: true });
    writeFileSync(join(docs, 'good article.txt'), seed);
    symlinkSync(join(secret, 'passwd.txt'), join(docs, 'passwd.txt'));
    symlinkSync(secret, join(docs, 'elsewhere'));
    symlinkSync(join(docs, 'good article.txt'), join(docs, 'alias.txt'));
    const out = join(dir, 'linked.json');
    const r = run(['--input', docs, '--out', out, '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(out, 'utf8') + readFileSync(join(dir, 'linked.texts.json'), 'utf8');
    expect(text).not.toContain('PRIVATE-MARKER');
    expect(text).not.toContain('root:x');
    const t = JSON.parse(readFileSync(out, 'utf8'));
    expect(t.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ doc: 'passwd.txt', code: 'outside-link' }),
        expect.objectContaining({ doc: 'elsewhere', code: 'outside-link' }),
      ]),
    );
    expect(r.stderr).toContain('warning: passwd.txt: a link to a file or folder outside the input folder, skipped (--follow-links reads it)');
    // a link that stays inside the folder is read as before
    expect(t.documents.map((d: { id: string }) => d.id)).toEqual(['alias.txt', 'good article.txt']);

    const followed = run(['--input', docs, '--out', join(dir, 'followed.json'), '--no-cache', '--follow-links']);
    expect(followed.code, followed.stderr).toBe(0);
    expect(readFileSync(join(dir, 'followed.json'), 'utf8')).toContain('PRIVATE-MARKER');
  });

  it('prints file names with escape sequences and newlines as visible escapes, so they cannot clear the screen or forge a line', () => {
    const docs = join(dir, 'names');
    mkdirSync(docs, { recursive: true });
    writeFileSync(join(docs, 'good article.txt'), seed);
    writeFileSync(join(docs, 'x\x1b[2J\x1b[H\nwarning: all documents read.txt'), '');
    const r = run(['--input', docs, '--out', join(dir, 'names.json'), '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr + r.stdout).not.toContain('\x1b');
    expect(r.stderr).toContain('warning: x\\x1b[2J\\x1b[H\\nwarning: all documents read.txt: empty file');
    expect(r.stderr.split('\n').filter((l) => l.startsWith('warning: all documents'))).toEqual([]);
  });

  it('skips a sub-folder it may not read, with a warning, and builds the rest', () => {
    const docs = join(dir, 'locked-folder');
    mkdirSync(join(docs, 'private'), { recursive: true });
    writeFileSync(join(docs, 'good article.txt'), seed);
    writeFileSync(join(docs, 'private', 'note.txt'), 'The board met on May 5, 2024.\n');
    chmodSync(docs, 0o755);
    chmodSync(join(docs, 'private'), 0o000);
    const outDir = join(dir, 'locked-out');
    mkdirSync(outDir, { recursive: true });
    chmodSync(outDir, 0o777);
    chmodSync(dir, 0o755);
    // root reads any folder: run as nobody then, for whom the folder is really locked
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534, env: { ...process.env, HOME: outDir } } : {};
    const r = run(['--input', docs, '--out', join(outDir, 'timeline.json'), '--no-cache'], asUser);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('warning: private: folder could not be read (EACCES), skipped with everything in it');
    const t = JSON.parse(readFileSync(join(outDir, 'timeline.json'), 'utf8'));
    expect(t.documents.map((d: { id: string }) => d.id)).toEqual(['good article.txt']);
  });
});

describe('npm run extract and where it writes', { timeout: 120_000 }, () => {
  let docs: string;
  beforeAll(() => {
    docs = join(dir, 'one');
    mkdirSync(docs, { recursive: true });
    writeFileSync(join(docs, 'a.txt'), seed);
  });

  it('writes through a link given as --out, leaving the link in place', () => {
    const real = join(dir, 'site', 'timeline.json');
    mkdirSync(join(dir, 'site'), { recursive: true });
    writeFileSync(real, 'old');
    const link = join(dir, 'linked-out.json');
    symlinkSync(real, link);
    const r = run(['--input', docs, '--out', link, '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(parseTimeline(readFileSync(real, 'utf8')).ok).toBe(true);
    // its texts beside the file itself, under its name: the two parts stay together
    expect(existsSync(join(dir, 'site', 'timeline.texts.json'))).toBe(true);
  });

  it('refuses an --out that is a device, a pipe or a folder with one clear line, and leaves it as it was', () => {
    const device = join(dir, 'full');
    // a copy of /dev/full's device node (where the system lets us make one), never /dev/full itself
    const made = spawnSync('mknod', [device, 'c', '1', '7']).status === 0;
    const pipe = join(dir, 'pipe');
    spawnSync('mkfifo', [pipe]);
    const folder = join(dir, 'a-folder.json');
    mkdirSync(folder, { recursive: true });
    for (const [target, kind, is] of [
      [device, 'a character device', () => statSync(device).isCharacterDevice()],
      [pipe, 'a named pipe', () => statSync(pipe).isFIFO()],
      [folder, 'a folder', () => statSync(folder).isDirectory()],
    ] as const) {
      if (target === device && !made) continue;
      const r = run(['--input', docs, '--out', target, '--no-cache']);
      expect(r.code).not.toBe(0);
      expect(r.stderr.trim().split('\n')).toEqual([`extract: Cannot write ${target}: it is ${kind}, not a file. Give --out the path of a .json file.`]);
      expect(is()).toBe(true);
    }
  });

  it('says which part of the --out path is a file, instead of EEXIST', () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'a file');
    const r = run(['--input', docs, '--out', join(blocker, 'sub', 'timeline.json'), '--no-cache']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim()).toBe(`extract: Cannot write ${join(blocker, 'sub', 'timeline.json')}: ${blocker} is a file, not a folder.`);
  });

  it('deletes a temporary file a killed run left beside the output, and keeps another running build’s', () => {
    const out = join(dir, 'temps', 'timeline.json');
    mkdirSync(join(dir, 'temps'), { recursive: true });
    const dead = join(dir, 'temps', '.timeline.json.chronolens-99999999.tmp');
    const alive = join(dir, 'temps', `.timeline.json.chronolens-${process.pid}.tmp`);
    writeFileSync(dead, '{"half": ');
    writeFileSync(alive, '{"half": ');
    const r = run(['--input', docs, '--out', out, '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(alive)).toBe(true);
  });
});

describe('npm run extract and data/actors.json', { timeout: 120_000 }, () => {
  const withActors = (name: string, content: string | Buffer) => {
    const folder = join(dir, `actors-${name}`);
    mkdirSync(join(folder, 'docs'), { recursive: true });
    writeFileSync(join(folder, 'docs', 'a.txt'), seed);
    writeFileSync(join(folder, 'actors.json'), content);
    return run(['--input', join(folder, 'docs'), '--out', join(folder, 'timeline.json'), '--no-cache']);
  };

  it('stops on an actors.json it cannot use, naming the file and the entry', () => {
    const r = withActors('kind', JSON.stringify({ actors: [{ name: 'Kim Jong Un' }, { name: 'Denis Manturov', kind: 'alien' }] }));
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim()).toMatch(/^extract: .*actors-kind\/actors\.json: actors\[1\] \("Denis Manturov"\)\.kind: /);
    expect(withActors('null', 'null').stderr).toMatch(/actors\.json must hold one object/);
  });

  it('reads an actors.json saved with a UTF-8 byte order mark', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ drop: ['North Korea'] }))]);
    const r = withActors('bom', bom);
    expect(r.code, r.stderr).toBe(0);
    const t = JSON.parse(readFileSync(join(dir, 'actors-bom', 'timeline.json'), 'utf8'));
    expect(t.actors.some((a: { name: string }) => a.name === 'North Korea')).toBe(false);
  });

  it('says an actors.json it cannot read is unreadable, not missing', () => {
    const folder = join(dir, 'actors-folder');
    mkdirSync(join(folder, 'docs'), { recursive: true });
    mkdirSync(join(folder, 'actors.json'));
    writeFileSync(join(folder, 'docs', 'a.txt'), seed);
    const r = run(['--input', join(folder, 'docs'), '--out', join(folder, 'timeline.json'), '--no-cache']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim()).toBe(`extract: Cannot read the actor corrections file ${join(folder, 'actors.json')}: it is a folder.`);
  });
});
