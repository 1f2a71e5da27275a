import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysesFileFor, decodeAnalyses, encodeAnalyses, textTag } from './analysesFile';
import { analyseFile } from './pipeline';

const id = '000_3f11fcf595ef8854.txt';
const analysed = analyseFile({ id, bytes: new Uint8Array(readFileSync(`data/documents/${id}`)) });
const doc = analysed.doc!;

describe('the analyses file beside a timeline', () => {
  it('is named after the timeline, as its texts file is', () => {
    expect(analysesFileFor('timeline.json')).toBe('timeline.analyses.json');
    expect(analysesFileFor('bpoil_bbc.json')).toBe('bpoil_bbc.analyses.json');
  });

  it('gives back what analyseFile made, given the text the timeline keeps', () => {
    const stored = decodeAnalyses(encodeAnalyses([analysed, { doc: null, warnings: [] }], 'v1'), 'v1')!;
    expect(stored.size).toBe(1);
    const taken = stored.take(id, doc.text)!;
    expect(taken.doc).toEqual(doc);
    expect(taken.warnings).toEqual(analysed.warnings);
    // a copy each time: what one merge changes, the next does not see
    taken.doc.actorMentions.length = 0;
    expect(stored.take(id, doc.text)!.doc.actorMentions).toEqual(doc.actorMentions);
  });

  it('gives nothing for a text other than the one analysed, a document it does not hold, or another extractor', () => {
    const text = encodeAnalyses([analysed], 'v1');
    const stored = decodeAnalyses(text, 'v1')!;
    expect(stored.take(id, `${doc.text} `)).toBeNull();
    expect(stored.take('other.txt', doc.text)).toBeNull();
    expect(decodeAnalyses(text, 'v2')).toBeNull();
    expect(decodeAnalyses('<!doctype html><title>Not found</title>', 'v1')).toBeNull();
  });

  it('tags texts by length and content', () => {
    expect(textTag('BP capped the well')).not.toBe(textTag('BP capped the well.'));
    expect(textTag('abc')).not.toBe(textTag('abd'));
    expect(textTag('abc')).toBe(textTag('abc'));
  });
});
