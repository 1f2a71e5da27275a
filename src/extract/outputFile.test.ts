import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { smallTimeline } from '../app/store/__fixtures__/smallTimeline';
import { parseTexts, parseTimeline, TimelineFileSchema, type WholeTimeline } from '../schema/timeline';
import { readWholeTimeline, writeTimelineParts } from './outputFile';
import { serializeTimeline, serializeTimelineParts, textsFileFor } from './write';

const whole = smallTimeline as WholeTimeline;

describe('the timeline written in two parts', () => {
  it('writes the first view and the texts beside it, tied by one id, and they join back into the one-file timeline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronolens-parts-'));
    const out = join(dir, 'timeline.json');
    const written = await writeTimelineParts(out, whole);
    expect(written.texts).toBe(join(dir, 'timeline.texts.json'));
    const first = parseTimeline(readFileSync(out, 'utf8'));
    if (!first.ok) throw new Error(first.error);
    expect(first.timeline.texts?.file).toBe('timeline.texts.json');
    expect(first.timeline.texts?.id).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect(readFileSync(out, 'utf8')).not.toContain(whole.documents[0].text);
    expect(parseTexts(readFileSync(written.texts, 'utf8'), first.timeline).ok).toBe(true);
    const back = await readWholeTimeline(out);
    if (!back.ok) throw new Error(back.error);
    expect(serializeTimeline(back.timeline)).toBe(serializeTimeline(whole));
    expect(readdirSync(dir).sort()).toEqual(['timeline.json', 'timeline.texts.json']); // no temporary file left
  });

  it('gives the same bytes for the same timeline, and another id when a text changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronolens-parts-'));
    await writeTimelineParts(join(dir, 'a.json'), whole);
    await writeTimelineParts(join(dir, 'b.json'), whole);
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    expect(read('a.texts.json')).toBe(read('b.texts.json'));
    expect(read('a.json').replace('a.texts.json', 'b.texts.json')).toBe(read('b.json'));
    const edited = structuredClone(whole);
    edited.documents[0].text += ' A line added.';
    await writeTimelineParts(join(dir, 'c.json'), edited);
    const id = (name: string) => JSON.parse(read(name)).id;
    expect(id('c.texts.json')).not.toBe(id('a.texts.json'));
  });

  it('renames nothing when one of the two cannot be written: the old timeline stays, and no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronolens-parts-'));
    const out = join(dir, 'timeline.json');
    writeFileSync(out, 'old timeline');
    mkdirSync(join(dir, 'timeline.texts.json')); // the texts' place is taken by a folder: refused after the timeline's temporary file was written
    await expect(writeTimelineParts(out, whole)).rejects.toThrow(/Cannot write .*timeline\.texts\.json: it is a folder/);
    expect(readFileSync(out, 'utf8')).toBe('old timeline');
    expect(readdirSync(dir).sort()).toEqual(['timeline.json', 'timeline.texts.json']);
  });

  it('writes the first part as a check of the whole file by the schema would give it, checked once', () => {
    // The first part is parsed once, not a second time (write.ts): its bytes must be those of the parse it replaced,
    // keys in the schema's order and unknown ones dropped, whatever order and extra fields the timeline came with.
    const reversed = (o: object) => Object.fromEntries(Object.entries(o).reverse());
    const shuffled = {
      ...reversed({ ...whole, title: 'A collection', extra: 1 }),
      documents: whole.documents.map((d) => reversed({ ...d, internal: true })),
      events: whole.events.map((e) => reversed(e)),
    } as unknown as WholeTimeline;
    const digest = (text: string) => String(text.length);
    const parts = serializeTimelineParts(shuffled, 'timeline.texts.json', digest);
    const parsed = TimelineFileSchema.parse(shuffled);
    const id = `sha256-${digest(JSON.stringify(parsed.documents.map((d) => ({ id: d.id, text: d.text }))))}`;
    const before = TimelineFileSchema.parse({
      ...parsed,
      texts: { file: 'timeline.texts.json', id },
      documents: parsed.documents.map(({ text: _, ...meta }) => meta),
    });
    expect(parts.timeline).toBe(`${JSON.stringify(before, null, 2)}\n`);
    expect(parts.timeline.indexOf('"title": "A collection"')).toBeLessThan(parts.timeline.indexOf('"texts"'));
    expect(() => serializeTimelineParts(shuffled, '../elsewhere.json', digest)).toThrow(/plain \.json file name/);
  });

  it('names the texts file after the timeline, with only the characters a timeline may name it with', () => {
    expect(textsFileFor('timeline.json')).toBe('timeline.texts.json');
    expect(textsFileFor('bp oil (bbc).json')).toBe('bp-oil-bbc-.texts.json');
    expect(textsFileFor('.json')).toBe('timeline.texts.json');
  });
});
