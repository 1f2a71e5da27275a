import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from './read';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readDocument', () => {
  it('reads a plain UTF-8 article and normalises Windows line endings', () => {
    const result = readDocument('a.txt', utf8('Headline\r\nBody text.\r\n'));
    expect(result).toMatchObject({ ok: true, raw: 'Headline\nBody text.\n', format: 'text', encoding: 'utf-8', warnings: [] });
  });

  it('drops the UTF-8 byte order mark', () => {
    const result = readDocument('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kim met Belousov.')]));
    expect(result.ok && result.raw).toBe('Kim met Belousov.');
  });

  it('reads UTF-16 little-endian text that starts with a byte order mark', () => {
    const result = readDocument('utf16le-bom.txt', fixture('utf16le-bom.txt'));
    expect(result).toMatchObject({ ok: true, encoding: 'utf-16le' });
    expect(result.ok && result.raw).toContain('Pyongyang – Kim met Belousov on November 29, 2024.');
  });

  it('reads UTF-16 big-endian text that starts with a byte order mark', () => {
    const text = 'Kim met Belousov.';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xfe, 0xff]);
    [...text].forEach((c, i) => {
      bytes.set([0, c.charCodeAt(0)], 2 + i * 2);
    });
    expect(readDocument('be.txt', bytes)).toMatchObject({ ok: true, raw: text, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, and says so', () => {
    const result = readDocument('old.txt', fixture('windows-1252.txt'));
    expect(result.ok && result.raw).toContain('Seoul, December 1, 2024 – North Korea’s state media');
    expect(result.ok && result.warnings).toEqual([expect.objectContaining({ doc: 'old.txt', code: 'decoded-windows-1252' })]);
  });

  it('skips an empty file with the reason "empty file"', () => {
    expect(readDocument('e.txt', new Uint8Array())).toEqual({ ok: false, warning: { doc: 'e.txt', code: 'empty', message: 'empty file' } });
  });

  it('skips a whitespace-only file as empty', () => {
    const result = readDocument('blank.txt', fixture('blank.txt'));
    expect(result.ok === false && result.warning.code).toBe('empty');
  });

  it('skips a PNG image saved with a .txt name and names what it looks like', () => {
    const result = readDocument('pixel.txt', fixture('pixel.png'));
    expect(result).toEqual({ ok: false, warning: { doc: 'pixel.txt', code: 'binary', message: 'binary data (looks like PNG image), not text' } });
  });

  it('skips data full of NUL bytes as binary', () => {
    const result = readDocument('data.txt', new Uint8Array([65, 0, 66, 0, 0, 1, 2, 3]));
    expect(result.ok === false && result.warning.code).toBe('binary');
  });

  it('skips file types it cannot read, with the extension in the message', () => {
    const result = readDocument('scan.pdf', utf8('%PDF'));
    expect(result).toEqual({
      ok: false,
      warning: expect.objectContaining({ doc: 'scan.pdf', code: 'unsupported-type', message: expect.stringContaining('.pdf') }),
    });
  });

  describe('HTML pages', () => {
    const result = readDocument('page.html', fixture('news-page.html'));
    const raw = result.ok ? result.raw : '';

    it('keeps the article paragraphs, one per line, with entities decoded', () => {
      expect(raw).toContain('North Korean leader Kim Jong Un met Russian Defence Minister Andrei Belousov in Pyongyang on Friday, state media said.');
      expect(raw).toContain('said the talks were held in a “friendly” atmosphere & ended with a banquet.');
    });

    it('keeps the page headline that sits above the <article>', () => {
      expect(raw.split('\n')[0]).toBe('Kim hosts Russian defence chief');
    });

    it('drops scripts, styles, navigation, asides and footers', () => {
      for (const junk of ['tracking', 'color: red', 'Politics', 'Related: Putin visits Hanoi', '2024 Korea Wire']) expect(raw).not.toContain(junk);
    });

    it('reads title, publisher and publication time from the page metadata', () => {
      expect(result.ok && result.meta).toEqual({
        title: 'Kim hosts Russian defence chief | Korea Wire',
        publisher: 'Korea Wire',
        published: '2024-11-30T08:00:00Z',
      });
    });

    it('reads datePublished and publisher from JSON-LD', () => {
      const html =
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-06-19","publisher":{"name":"Seoul Daily"}}</script><p>Putin arrived in Pyongyang for a two-day visit.</p>';
      expect(readDocument('p.htm', utf8(html))).toMatchObject({ ok: true, meta: { published: '2024-06-19', publisher: 'Seoul Daily' } });
    });

    it('dates a page by the <time> of its article, never by the <time>s of the related stories after it', () => {
      const html =
        '<main><article class="story"><h1>Speaker Johnson under pressure as Ukraine aid bill languishes</h1><p>House Speaker Mike Johnson is facing mounting pressure.</p></article>' +
        '<section class="more-stories"><h2>More from Congress</h2><article><a href="/c">Johnson re-elected speaker on first ballot</a><time datetime="2025-01-03">January 3, 2025</time></article></section></main>';
      const read = readDocument('p.html', utf8(html));
      expect(read.ok && read.meta.published).toBeFalsy();
      const dated = html.replace('<p>House', '<time datetime="2024-03-18T09:02:00-04:00">March 18</time><p>House');
      expect(readDocument('p.html', utf8(dated))).toMatchObject({ ok: true, meta: { published: '2024-03-18T09:02:00-04:00' } });
    });

    it('reads the Parse.ly publication date', () => {
      const html = '<meta name="parsely-pub-date" content="2024-03-18T09:02:00-04:00"><p>House Speaker Mike Johnson is facing mounting pressure.</p>';
      expect(readDocument('p.html', utf8(html))).toMatchObject({ ok: true, meta: { published: '2024-03-18T09:02:00-04:00' } });
    });

    it('reads a page nested 20,000 elements deep instead of skipping it', () => {
      const depth = 20_000;
      const html = `<html><head><meta property="article:published_time" content="2024-06-19"></head><body><article>${'<div>'.repeat(depth)}<p>Putin arrived in Pyongyang for a two-day visit.</p>${'</div>'.repeat(depth)}</article></body></html>`;
      const read = readDocument('deep.html', utf8(html));
      expect(read).toMatchObject({ ok: true, meta: { published: '2024-06-19' } });
      expect(read.ok && read.raw).toBe('Putin arrived in Pyongyang for a two-day visit.');
    });

    it('reads a deeply nested JSON-LD block', () => {
      const depth = 20_000;
      const jsonLd = `${'['.repeat(depth)}{"@type":"NewsArticle","datePublished":"2024-06-19"}${']'.repeat(depth)}`;
      const html = `<script type="application/ld+json">${jsonLd}</script><p>Putin arrived in Pyongyang for a two-day visit.</p>`;
      expect(readDocument('p.html', utf8(html))).toMatchObject({ ok: true, meta: { published: '2024-06-19' } });
    });

    it('leaves out embedded tweets, reader comments, captions, credits and related-story boxes', () => {
      const html =
        '<article><h1>Oil well capped after 87 days</h1>' +
        '<p>BP said on Thursday that oil had stopped flowing into the Gulf of Mexico for the first time since April.</p>' +
        '<figure><img src="cap.jpg"><figcaption>The new cap on the well. Photograph: Gerald Herbert/AP</figcaption></figure>' +
        '<figcaption>A loose caption outside its figure</figcaption>' +
        '<blockquote class="twitter-tweet"><p>RETWEET if you think BP should pay pic.twitter.com/abc</p>&mdash; Gulf Watch (@gulfwatch)</blockquote>' +
        '<p class="image-credit">Getty Images</p>' +
        '<div class="related-stories"><p>BP chief to step down</p></div>' +
        '<div role="complementary"><p>Oil spill in numbers</p></div>' +
        '<p>Engineers will monitor the pressure for 48 hours.</p>' +
        '<section id="comments"><article class="comment"><p>joe123 wrote: BP should be banned from the Gulf forever.</p></article></section>' +
        '<div class="disqus_thread">This discussion is now closed.</div>' +
        '</article>';
      const read = readDocument('p.html', utf8(html));
      expect(read.ok && read.raw).toBe(
        'Oil well capped after 87 days\nBP said on Thursday that oil had stopped flowing into the Gulf of Mexico for the first time since April.\nEngineers will monitor the pressure for 48 hours.',
      );
    });

    it('keeps an article whose wrapper only says it has comments or captions, or holds the headline', () => {
      const html =
        '<div class="post has-comments with-caption"><p>The commentary in the Financial Times said BP would survive.</p></div>' +
        '<div class="story-related-wrapper"><h1>BP chief steps down</h1><p>Tony Hayward will leave BP on October 1.</p></div>';
      const read = readDocument('p.html', utf8(html));
      expect(read.ok && read.raw).toBe(
        'The commentary in the Financial Times said BP would survive.\nBP chief steps down\nTony Hayward will leave BP on October 1.',
      );
    });

    it('treats a page with no text as empty', () => {
      expect(readDocument('p.html', utf8('<html><script>x()</script></html>'))).toMatchObject({ ok: false, warning: { code: 'empty' } });
    });
  });

  it('reduces Markdown to plain lines: no heading marks, emphasis, link syntax or images', () => {
    const md = '# Kim meets **Belousov**\n\n![photo](kim.jpg)\nAccording to [KCNA](https://kcnawatch.org), the talks were *friendly*.\n';
    const result = readDocument('note.md', utf8(md));
    expect(result).toMatchObject({ ok: true, format: 'markdown', raw: 'Kim meets Belousov\n\nAccording to KCNA, the talks were friendly.' });
  });

  it('keeps a company wire copy writes between angle brackets and drops HTML tags and quote codes', () => {
    const md =
      "Alcatel NV was formed last year when ITT and <Cie Generale d'Electricite> of France merged their telecommunications business.\n" +
      'Sources close to Italy\'s <Gruppo Ferruzzi> said <span class="x">so</span>.<br> Shares of BP <BP.L> fell.\n';
    expect(readDocument('itt.md', utf8(md))).toMatchObject({
      ok: true,
      raw:
        "Alcatel NV was formed last year when ITT and Cie Generale d'Electricite of France merged their telecommunications business.\n" +
        "Sources close to Italy's Gruppo Ferruzzi said so. Shares of BP  fell.",
    });
  });

  it('reads title, date and publisher ("source:") from Markdown front matter', () => {
    const md = '---\ntitle: "Central bank raises rates"\ndate: 2024-03-19\nsource: Nikkei Asia\n---\n\nThe Bank of Japan on Tuesday raised interest rates.\n';
    expect(readDocument('boj.md', utf8(md))).toMatchObject({
      ok: true,
      meta: { title: 'Central bank raises rates', published: '2024-03-19', publisher: 'Nikkei Asia' },
    });
  });
});

describe('readDocument on UTF-16 saved without a byte order mark', () => {
  const sentence = 'Seoul, December 1, 2024 – Kim Jong Un met Andrei Belousov on November 29, 2024.\n';
  const utf16 = (text: string, order: 'le' | 'be') => {
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      bytes.set(order === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff], i * 2);
    }
    return bytes;
  };

  it('reads it as text, little- or big-endian, instead of calling it binary data', () => {
    expect(readDocument('le.txt', utf16(sentence, 'le'))).toMatchObject({ ok: true, raw: sentence, encoding: 'utf-16le' });
    expect(readDocument('be.txt', utf16(sentence, 'be'))).toMatchObject({ ok: true, raw: sentence, encoding: 'utf-16be' });
  });

  it('still skips 16-bit binary data, whose bytes are not text between the NULs', () => {
    const samples = new Uint8Array(64).map((_, i) => (i % 2 ? 0 : i % 7));
    expect(readDocument('samples.txt', samples)).toMatchObject({ ok: false, warning: { code: 'binary' } });
  });
});
