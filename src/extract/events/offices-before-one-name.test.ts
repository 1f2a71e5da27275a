import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../pipeline';
import { wireStory } from '../wire-story.harness';

// A Reuters story of 2 June 1987 as the corpus writes it: a headline in capitals, then the dateline and the first sentence.
const GW =
  "# G AND W GW NAMES PENNZOIL'S LIEDTKE TO BOARD\n\nNEW YORK, June 2 - Gulf and Western Inc said it named Pennzoil Co PZL chairman and chief executive officer J. Hugh Liedtke to its board, expanding the number of directors from 14 to 15.";
const made = (published: string, body: string) => buildTimeline(wireStory(published, body)).events;

describe('offices joined by "and" before one name are one person', () => {
  it('"named Pennzoil Co PZL chairman and chief executive officer J. Hugh Liedtke to its board" names one man', () => {
    const events = made('1987-06-02', GW);
    const all = events.map((e) => e.title);
    // ("Gulf and Western said it named Pennzoil Co chairman and J. Hugh Liedtke" reads as two people named: judged
    // garbled and false.)
    expect(all.filter((x) => /chairman and J\. Hugh/.test(x))).toEqual([]);
    const named = events.find((e) => /named J\. Hugh Liedtke/.test(e.title));
    expect(named?.title).toBe('Gulf and Western Inc said it named J. Hugh Liedtke');
    expect(named?.mentions[0].rules).toContain('title:offices-of-one-name');
  }, 60_000);
});
