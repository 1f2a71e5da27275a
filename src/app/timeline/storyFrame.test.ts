import { describe, expect, it } from 'vitest';
import { storyView } from '../store/storyView';
import { buildIndex } from '../store/timelineIndex';
import { spillTimeline } from '../store/__fixtures__/spillTimeline';
import { edgeMarkers, markerText, rangeText, storyFrame } from './storyFrame';

const index = buildIndex(spillTimeline());
const all = index.events.map((_, i) => i);
const view = storyView(index, all, 'key', 'folded');
const frame = storyFrame(index, view.shown, view.folded)!;
const year = (y: number, m = 0, d = 1) => Date.UTC(y, m, d);

describe('the story’s arc, its first view', () => {
  it('runs from the core to the key events of the story’s period that follow on from it, the background and the far future left out', () => {
    expect(frame.arc.start).toBeLessThanOrEqual(frame.core.start + 31 * 86_400_000);
    expect(frame.arc.end).toBeGreaterThan(frame.core.end);
    expect(new Date(frame.arc.end - 1).getUTCFullYear()).toBe(2010);
    expect(new Date(frame.arc.start).getUTCFullYear()).toBe(2010);
  });

  it('is the same on a phone that shows fewer key events, reckoned from the 30 a laptop shows', () => {
    const phone = storyView(index, all, 'key', 'folded', 6);
    expect(phone.shown.length).toBe(6);
    const fitted = storyFrame(index, phone.shown, phone.folded, view.shown)!;
    expect(fitted.arc).toEqual(frame.arc);
    expect([fitted.core.start, fitted.core.end]).toEqual([frame.core.start, frame.core.end]);
    // the markers still count the shown events and the folded ones, not the laptop's
    for (const p of [...fitted.earlier, ...fitted.later]) expect(phone.shown.includes(p) || phone.folded.includes(p)).toBe(true);
  });
});

describe('the markers at the timeline’s edges', () => {
  it('fold the background and the far future of the story’s first view into one marker at each end', () => {
    const markers = edgeMarkers(index, frame, frame.core);
    expect(markers.left).toMatchObject({ kind: 'earlier', count: 6, folded: true });
    expect(markerText(markers.left!)).toBe('6 earlier events, 1905–2009');
    expect(markers.right?.kind).toBe('later');
    expect(markerText(markers.right!)).toMatch(/^\d+ later events, 2010–2051$/);
  });

  it('count only what the window does not reach', () => {
    const markers = edgeMarkers(index, frame, { start: year(1988), end: frame.core.end });
    expect(markerText(markers.left!)).toBe('2 earlier events, 1905–1909');
  });

  it('lead back to the story from a window off to its side', () => {
    const back = edgeMarkers(index, frame, { start: year(1900), end: year(2000) });
    expect(back.left).toBeNull();
    expect(back.right).toMatchObject({ kind: 'story', folded: false });
    expect(markerText(back.right!)).toBe('Back to the story, Apr – Sept 2010');
    const after = edgeMarkers(index, frame, { start: year(2040), end: year(2060) });
    expect(after.left?.kind).toBe('story');
    expect(after.right).toBeNull();
    // a marker took the window to the background, and the window reaches into the story: the way back is still there
    const wide = edgeMarkers(index, frame, { start: year(1900), end: year(2012) }, 'earlier');
    expect(wide.right?.kind).toBe('story');
  });

  it('say a stretch as a reader does: years when they differ, months within a year', () => {
    expect(rangeText(year(1905), year(2009, 7))).toBe('1905–2009');
    expect(rangeText(year(2010, 3, 20), year(2010, 7, 4))).toBe('Apr – Aug 2010');
    expect(rangeText(year(2010, 3, 20), year(2010, 3, 28))).toBe('Apr 2010');
  });

  it('know which of their events are folded away and which are only out of view', () => {
    const shown = storyView(index, all, 'key', 'shown');
    const unfolded = storyFrame(index, shown.shown, shown.folded)!;
    expect(edgeMarkers(index, unfolded, unfolded.core).left).toMatchObject({ count: 6, folded: false });
  });
});

describe('the left marker when the arc opens after the core', () => {
  // A month-dated key event ("The Gulf of Mexico oil disaster began", April 2010) opens the core on 1 April; the arc,
  // the first view, opens on the first day-dated key event of that month, and the shown events between (2–6 April)
  // lie left of the first view: the left marker counts them with the background.
  const f = spillTimeline();
  const base = f.events.find((e) => e.date.value === '2010-05-02')!;
  const made = (id: string, value: string, importance: number, title: string) => ({
    ...structuredClone(base),
    id,
    title,
    importance,
    date: { ...base.date, value, precision: value.length === 10 ? ('day' as const) : ('month' as const), basis: 'explicit' as const, text: value },
  });
  f.events.push(made('apr-month', '2010-04', 25, 'The Gulf of Mexico oil disaster began'));
  for (let k = 2; k <= 6; k++) f.events.push(made(`apr-early-${k}`, `2010-04-0${k}`, 0.1, `A small report ${k}`));
  for (let k = 8; k <= 19; k++) f.events.push(made(`apr-${k}`, `2010-04-${String(k).padStart(2, '0')}`, 0.5, `A minor report ${k}`));
  f.events.sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : a.id < b.id ? -1 : 1));
  const opened = buildIndex(f);
  const allOf = opened.events.map((_, i) => i);

  it('counts every shown event before the first view, those between the core’s start and the arc’s among them', () => {
    const v = storyView(opened, allOf, 'all', 'folded');
    const fr = storyFrame(opened, v.shown, v.folded)!;
    expect(fr.arc.start).toBeGreaterThan(fr.core.start);
    const leftOfView = [...v.shown, ...v.folded].filter((p) => opened.endMs[p] <= fr.arc.start);
    expect(leftOfView.filter((p) => opened.events[p].title.startsWith('A small report')).length).toBe(5);
    const left = edgeMarkers(opened, fr, fr.arc).left!;
    expect(left).toMatchObject({ kind: 'earlier', count: leftOfView.length });
    expect(markerText(left)).toBe(`${leftOfView.length} earlier events, 1905–2010`);
    for (const p of leftOfView) expect(fr.earlier).toContain(p);
  });
});
