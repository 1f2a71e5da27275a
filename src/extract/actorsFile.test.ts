import { describe, expect, it } from 'vitest';
import { parseActorsFile } from './actorsFile';

const FILE = 'data/actors.json';
const error = (text: string) => {
  const r = parseActorsFile(text, FILE);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.error;
};

describe('data/actors.json', () => {
  it('reads the corrections of the README’s example', () => {
    const text = JSON.stringify({
      actors: [{ name: 'Denis Manturov', aliases: ['Denis Mantrurov'], kind: 'person' }],
      drop: ['State Affairs Commission'],
    });
    expect(parseActorsFile(text, FILE)).toEqual({
      ok: true,
      overrides: { actors: [{ name: 'Denis Manturov', aliases: ['Denis Mantrurov'], kind: 'person' }], drop: ['State Affairs Commission'] },
    });
  });

  it('reads a file saved with a UTF-8 byte order mark, as Windows Notepad saves it', () => {
    expect(parseActorsFile(`\uFEFF${JSON.stringify({ drop: ['KCNA'] })}`, FILE)).toEqual({ ok: true, overrides: { drop: ['KCNA'] } });
  });

  it('refuses null, a list or a string at the top, showing the shape it wants', () => {
    expect(error('null')).toBe(
      'data/actors.json must hold one object, {"actors": [{"name": "…", "aliases": ["…"], "kind": "person"}], "drop": ["…"]}; it holds null.',
    );
    expect(error('[]')).toMatch(/it holds a list\.$/);
    expect(error('"Kim"')).toMatch(/it holds string\.$/);
  });

  it('refuses "drop" given as one name instead of a list, rather than ignoring it', () => {
    expect(error('{"drop": "State Affairs Commission"}')).toMatch(/^data\/actors\.json: drop: .*array/i);
  });

  it('names the entry whose kind is not one of the five', () => {
    const text = JSON.stringify({ actors: [{ name: 'Kim Jong Un' }, { name: 'Denis Manturov', kind: 'minister' }] });
    expect(error(text)).toMatch(/^data\/actors\.json: actors\[1\] \("Denis Manturov"\)\.kind: .*"person"/);
  });

  it('names the entry whose aliases are a string, not a list, and an alias that is not a name', () => {
    expect(error(JSON.stringify({ actors: [{ name: 'Kim Jong Un', aliases: 'Kim Jong-un' }] }))).toMatch(
      /^data\/actors\.json: actors\[0\] \("Kim Jong Un"\)\.aliases: .*array/i,
    );
    expect(error(JSON.stringify({ actors: [{ name: 'Kim Jong Un', aliases: ['Kim', 7] }] }))).toMatch(/actors\[0\] \("Kim Jong Un"\)\.aliases\[1\]: /);
  });

  it('refuses an entry without a name, and a key it does not know (a misspelt "alias" would be ignored)', () => {
    expect(error(JSON.stringify({ actors: [{ aliases: ['Kim'] }] }))).toMatch(/^data\/actors\.json: actors\[0\]\.name: /);
    expect(error(JSON.stringify({ actors: [{ name: 'Kim Jong Un', alias: ['Kim'] }] }))).toMatch(/actors\[0\] \("Kim Jong Un"\): .*"alias"/);
    expect(error(JSON.stringify({ actors: [{ name: '   ' }] }))).toMatch(/actors\[0\] \(" {3}"\)\.name: must not be empty/);
  });

  it('says that text which is not JSON is not JSON, with the parser’s reason', () => {
    expect(error('{"actors": [')).toMatch(/^data\/actors\.json is not valid JSON: /);
  });
});
