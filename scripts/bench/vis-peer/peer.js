// The bare peer of the app (index.html says why): fetch the timeline file, one vis-timeline item per event
// (a day is a point, a month or a year a span, as the app draws them), one checkbox that keeps the events of
// the most reported actor, and the line "n of N events" the benchmark waits for. Titles are synthetic
// (scripts/bench/timeline.ts), never a user's file.
/* global vis */
const SPAN_END = { month: (y, m) => new Date(Date.UTC(y, m, 1)), year: (y) => new Date(Date.UTC(y + 1, 0, 1)) };

function item(event) {
  const [y, m = 1, d = 1] = event.date.value.split('-').map(Number);
  const start = new Date(Date.UTC(y, m - 1, d));
  const precision = event.date.precision;
  if (precision === 'day') return { id: event.id, content: event.title, start, type: 'point' };
  return { id: event.id, content: event.title, start, end: precision === 'month' ? SPAN_END.month(y, m) : SPAN_END.year(y), type: 'range' };
}

async function main() {
  const file = new URLSearchParams(location.search).get('data');
  const timeline = await (await fetch(`../${file}`)).json();
  const counts = new Map();
  for (const e of timeline.events) for (const a of e.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  const [busiest] = [...counts].sort((x, y) => y[1] - x[1])[0];
  const actorsOf = new Map(timeline.events.map((e) => [e.id, e.actors]));
  document.getElementById('actor-name').textContent = timeline.actors.find((a) => a.id === busiest).name;

  const items = new vis.DataSet(timeline.events.map(item));
  const box = document.getElementById('actor');
  const view = new vis.DataView(items, { filter: (it) => !box.checked || actorsOf.get(it.id).includes(busiest) });
  const count = document.getElementById('count');
  const total = timeline.events.length;
  const showCount = () => (count.textContent = `${view.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} events`);
  // vis-timeline's own clustering, its answer to many items: without it, the bare page had not drawn 100,000
  // events after 180 s on the benchmark machine (2 Dec 2026), where with it it draws them in about a minute.
  // The same option at every size, so the peer is one thing throughout.
  new vis.Timeline(document.getElementById('timeline'), view, { cluster: { maxItems: 1 } });
  showCount();
  box.addEventListener('change', () => {
    view.refresh();
    showCount();
  });
}

main().catch((e) => {
  document.getElementById('count').textContent = `failed: ${e.message}`;
});
