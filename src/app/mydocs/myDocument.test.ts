import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../extract/pipeline';
import { fileFromPaste, fileFromUpload, refuseUpload, slug } from './myDocument';

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe('a paste becomes the file a reader would have saved', () => {
  it('without title, publisher or date: exactly the pasted text, as .txt', () => {
    const text = 'Kim Jong Un met Andrei Belousov\nPyongyang, November 30, 2024 – They met on Friday.';
    const file = fileFromPaste({ text });
    expect(file.id).toMatch(/^mine\/kim-jong-un-met-andrei-belousov-[0-9a-f]{8}\.txt$/);
    expect(decode(file.bytes)).toBe(text);
    expect(file.name).toBe('Pasted text');
  });

  it('with a date: the document stage reads it as the publication date ("Published" in <head>)', () => {
    const file = fileFromPaste({ text: 'Officials met on Friday to sign the accord.', title: 'Accord signed', publisher: 'Northern Wire', date: '2024-11-30' });
    const { doc } = analyseFile(file);
    expect(file.id.endsWith('.html')).toBe(true);
    expect(doc).toMatchObject({ title: 'Accord signed', publisher: 'Northern Wire', published: { value: '2024-11-30', precision: 'day', basis: 'metadata' } });
  });

  it('markup in the pasted text stays text, and cannot break out of the title or the page', () => {
    const file = fileFromPaste({ text: 'He wrote <script>window.x=1</script> and <img src=x onerror=alert(1)>.', title: '"><script>alert(1)</script>' });
    const html = decode(file.bytes);
    expect(html).not.toMatch(/<script>|<img/);
    const { doc } = analyseFile(file);
    expect(doc!.text).toContain('<script>window.x=1</script>');
    expect(doc!.text).toContain('<img src=x onerror=alert(1)>');
    expect(doc!.title).toBe('"><script>alert(1)</script>');
  });

  it('the same paste gives the same id; a different one another id', () => {
    expect(fileFromPaste({ text: 'A' }).id).toBe(fileFromPaste({ text: 'A' }).id);
    expect(fileFromPaste({ text: 'A' }).id).not.toBe(fileFromPaste({ text: 'B' }).id);
  });
});

describe('dropped files', () => {
  it('keep their bytes and extension, under a safe path', () => {
    const bytes = new TextEncoder().encode('<p>hi</p>');
    const file = fileFromUpload('Brève de l’AFP (1).HTML', bytes);
    expect(file.id).toMatch(/^mine\/breve-de-l-afp-1-[0-9a-f]{8}\.html$/);
    expect(file.bytes).toBe(bytes);
    expect(file.name).toBe('Brève de l’AFP (1).HTML');
  });
  it('other types and empty files are refused before any work, with a clear message', () => {
    expect(refuseUpload('report.pdf', 1000)).toBe('"report.pdf" was not added: Chronolens reads .txt, .md and .html files.');
    expect(refuseUpload('empty.txt', 0)).toBe('"empty.txt" was not added: the file is empty.');
    expect(refuseUpload('note.md', 10)).toBeNull();
  });
  it('slugs are path- and URL-safe', () => {
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
    expect(slug('')).toBe('document');
  });
});
