/**
 * Synthetic news articles for benchmarks (never for quality figures): a world of happenings (meetings,
 * signings, visits) among a pool of actors, reported by several outlets in .txt, .html and .md, with
 * bylines and datelines, absolute and relative dates ("on Friday", "last month", "in June"), titles and
 * surnames, quotes, commentary and page chrome whose dates belong to other stories. Deterministic from
 * the seed: same seed and count, same bytes.
 */
import { buildActorPool, COUNTRIES, type Actor, type Country } from './corpus-pool';
import { createRandom, type Random } from './random';

export interface GeneratedArticle {
  name: string; // file name, e.g. "00042_3f11fcf595ef8854.txt"
  text: string;
}

interface Happening {
  date: Date; // UTC midnight
  kind: keyof typeof HAPPENING_SENTENCES;
  actors: Actor[]; // first two are the principals
  place: Country;
  topic: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2018, 0, 1);
const LAST_DAY = Date.UTC(2025, 5, 30);

const TOPICS = [
  'military cooperation',
  'grain exports',
  'energy security',
  'a ceasefire proposal',
  'nuclear inspections',
  'border security',
  'a new trade corridor',
  'debt relief',
  'climate finance',
  'fishing rights',
  'arms control',
  'a prisoner exchange',
  'sanctions relief',
  'a joint naval exercise',
  'refugee resettlement',
  'a rail link',
  'vaccine supplies',
  'cyber security',
];
const AGREEMENTS = ['a memorandum of understanding', 'a defence pact', 'a trade agreement', 'a framework accord', 'a joint declaration', 'a loan agreement'];
const OUTLETS = [
  'Euro News Source',
  'World Desk Daily',
  'The Meridian Post',
  'Asia Wire Report',
  'Global Affairs Today',
  'The Capital Ledger',
  'Northern Star Times',
  'Pacific Observer',
];
const AGENCIES = ['Reuters', 'Yonhap News Agency', 'Agence France-Presse', 'Associated Press', 'Kyodo News', 'TASS', 'Xinhua', 'Anadolu Agency'];
const REPORTERS = ['News Room', 'Staff Reporter', 'Maria Lindqvist', 'Tomasz Berg', 'Leila Hansen', 'James Okafor', 'Ana Costa'];
const MENU = ['Home', 'World', 'Politics', 'Business', 'Europe', 'Asia', 'Culture', 'Health', 'Sports', 'Tech', 'Travel', 'Opinion'];
const FILLER_HEADLINES = [
  'Storm leaves thousands without power along the coast',
  'Central bank holds rates steady amid inflation worries',
  'Football club unveils new stadium plans',
  'Museum returns looted artefacts after decades',
  'Heatwave warnings issued for the weekend',
  'Tech giant faces fine over data practices',
  'Film festival announces its opening night line-up',
  'Rail strike disrupts commuter services',
  'Scientists map a new deep-sea ecosystem',
  'Election commission publishes final turnout figures',
  'Wildfire forces evacuation of hillside villages',
];

/** Sentence templates per kind of happening. {A} and {B}: the principals' first mentions; {date}: the date phrase. */
const HAPPENING_SENTENCES = {
  meeting: [
    '{A} met with {B} in {city} {date}, where the two discussed {topic}.',
    '{A} and {B} met {date} to discuss {topic}, {source} reported.',
    '{Date}, {A} held talks with {B} on {topic} in {city}.',
  ],
  signing: ['{A} and {B} signed {agreement} on {topic} {date}.', '{Date}, {A} signed {agreement} with {B} covering {topic}, according to {source}.'],
  visit: ['{A} visited {city} {date} for talks with {B} on {topic}.', '{A} arrived in {city} {date} at the invitation of {B}, according to {source}.'],
  announcement: ['{A} announced {date} that {country} would expand {topic} with {B}.', '{Date}, {A} announced a plan on {topic} backed by {B}.'],
  dispatch: [
    '{A} dispatched a delegation to {city} {date} to negotiate {topic} with {B}.',
    '{Date}, {A} authorized new funding for {topic}, a move welcomed by {B}.',
  ],
};
const COMMENTARY = [
  'Analysts say the talks reflect a broader shift in regional alignments.',
  'The significance of this cannot be overstated, observers noted.',
  'Critics warned that the move could deepen existing tensions.',
  'The details of the arrangement remain undisclosed.',
  'Diplomats described the atmosphere as constructive but cautious.',
  'The issue of {topic} has long divided the region.',
  'Observers expect further negotiations in the coming weeks.',
  'Independent verification of the claims was not possible.',
  'Markets reacted calmly to the news.',
  'Opposition lawmakers called for a parliamentary inquiry.',
  'Officials familiar with the discussions said several technical questions were left open for later rounds.',
  'The arrangement follows months of quiet contacts between envoys, according to people briefed on the matter.',
  'Neither side published a full text, and it is unclear how the commitments will be monitored.',
  'Humanitarian groups urged both governments to put the needs of civilians ahead of strategic interests.',
  'Some economists questioned whether the promised investment would materialise on the announced scale.',
  'The debate over {topic} is expected to dominate the agenda of the next regional summit.',
  'Regional media gave the story extensive coverage, while state television offered only a brief summary.',
  'A joint working group is to report back on {topic} before the end of the year.',
  'The foreign ministry declined to comment on the specifics when contacted by reporters.',
];
const QUOTES = [
  '“We will continue to work together for the stability of our region,” {S} said.',
  '“This is a step forward, but much remains to be done,” {S} told reporters.',
  '“Our position has not changed,” {S} said in a statement.',
  '{S} described the talks as “frank and productive”.',
];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const longDate = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
const hex = (random: Random, n: number) => Array.from({ length: n }, () => random.int(0, 15).toString(16)).join('');
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
const capitalize = (s: string) => s[0].toUpperCase() + s.slice(1);

function makeHappenings(random: Random, pool: Actor[], count: number): Happening[] {
  const people = pool.filter((a) => a.kind === 'person');
  const others = pool.filter((a) => a.kind !== 'person');
  const kinds = Object.keys(HAPPENING_SENTENCES) as Array<Happening['kind']>;
  return Array.from({ length: count }, () => {
    const a = random.pick(people);
    const b = random.chance(0.7) ? random.pick(people.filter((p) => p !== a)) : random.pick(others);
    const actors = [a, b];
    if (random.chance(0.3)) actors.push(random.pick(others.filter((o) => o !== b)));
    return {
      date: new Date(FIRST_DAY + random.int(0, (LAST_DAY - FIRST_DAY) / DAY) * DAY),
      kind: random.pick(kinds),
      actors,
      place: random.chance(0.5) && b.country ? b.country : random.pick(COUNTRIES),
      topic: random.pick(TOPICS),
    };
  });
}

/** How an article published on `published` refers to `date`: absolute or relative, as news writes it. */
function datePhrase(random: Random, date: Date, published: Date): string {
  const days = Math.round((published.getTime() - date.getTime()) / DAY);
  const month = MONTHS[date.getUTCMonth()];
  const sameYear = date.getUTCFullYear() === published.getUTCFullYear();
  const monthsBack = (published.getUTCFullYear() - date.getUTCFullYear()) * 12 + published.getUTCMonth() - date.getUTCMonth();
  const roll = random.next();
  if (days === 0 && roll < 0.5) return 'today';
  if (days >= 1 && days <= 6 && roll < 0.6) return `on ${WEEKDAYS[date.getUTCDay()]}`;
  if (days === 1 && roll < 0.7) return 'yesterday';
  if (days <= 31 && roll < 0.85) return `on ${month} ${random.chance(0.3) ? ordinal(date.getUTCDate()) : date.getUTCDate()}`;
  if (monthsBack === 0) return random.chance(0.5) ? 'earlier this month' : `on ${month} ${date.getUTCDate()}`;
  if (monthsBack === 1 && roll < 0.9) return 'last month';
  if (sameYear && roll < 0.9) return random.pick([`in ${month}`, `back in ${month}`, 'earlier this year']);
  if (published.getUTCFullYear() - date.getUTCFullYear() === 1 && roll < 0.5) return 'last year';
  if (roll < 0.5) return `in ${month} ${date.getUTCFullYear()}`;
  return random.chance(0.5) ? `in ${date.getUTCFullYear()}` : `on ${longDate(date)}`;
}

/** A first mention introduces a person with a title; later ones use the surname or a variant. */
function mentionOf(random: Random, actor: Actor, introduced: Set<Actor>): string {
  if (actor.kind === 'person') {
    if (!introduced.has(actor)) {
      introduced.add(actor);
      return random.chance(0.7) ? `${actor.country!.demonym} ${actor.role} ${actor.name}` : `${actor.role} ${actor.name}`;
    }
    return random.chance(0.6) ? actor.aliases[actor.aliases.length - 1] : random.pick([actor.name, ...actor.aliases]);
  }
  if (actor.kind === 'country') return random.chance(0.8) || introduced.has(actor) ? actor.name : actor.country!.capital;
  if (!introduced.has(actor)) {
    introduced.add(actor);
    return actor.aliases.length ? `the ${actor.name} (${actor.aliases[0]})` : `the ${actor.name}`;
  }
  return actor.aliases.length && random.chance(0.7) ? `the ${actor.aliases[0]}` : `the ${actor.name}`;
}

function happeningSentence(random: Random, h: Happening, published: Date, introduced: Set<Actor>): string {
  const template = random.pick(HAPPENING_SENTENCES[h.kind]);
  const date = datePhrase(random, h.date, published);
  const a = mentionOf(random, h.actors[0], introduced);
  const b = mentionOf(random, h.actors[1], introduced);
  return template
    .replace('{A}', capitalize(a))
    .replace('{B}', b)
    .replace('{Date}', capitalize(date))
    .replace('{date}', date)
    .replace('{city}', h.place.capital)
    .replace('{country}', h.place.name)
    .replace('{topic}', h.topic)
    .replace('{agreement}', random.pick(AGREEMENTS))
    .replace('{source}', random.pick(AGENCIES));
}

function filler(random: Random, h: Happening, introduced: Set<Actor>): string {
  if (random.chance(0.35)) {
    const speaker = h.actors.find((a) => a.kind === 'person' && introduced.has(a));
    if (speaker) return random.pick(QUOTES).replace('{S}', speaker.aliases[speaker.aliases.length - 1]);
  }
  if (random.chance(0.25)) {
    const x = random.pick(h.actors);
    return `${capitalize(mentionOf(random, x, introduced))} has played a central role in the debate over ${h.topic}.`;
  }
  return random.pick(COMMENTARY).replace('{topic}', h.topic);
}

function headlines(random: Random, published: Date, n: number): Array<{ title: string; date: string }> {
  return random.sample(FILLER_HEADLINES, n).map((title) => ({ title, date: longDate(new Date(published.getTime() + random.int(-200, 200) * DAY)) }));
}

interface Story {
  title: string;
  outlet: string;
  reporter: string;
  published: Date;
  dateline: string; // "Seoul, December 1, 2024 –"
  paragraphs: string[][];
}

function writeStory(random: Random, main: Happening, background: Happening[]): Story {
  const published = new Date(main.date.getTime() + random.int(0, 6) * DAY);
  const introduced = new Set<Actor>();
  const [a, b] = main.actors;
  const verb = { meeting: 'Meets', signing: 'Signs Deal With', visit: 'Hosts', announcement: 'Joins', dispatch: 'Presses' }[main.kind];
  const title = `${a.name} ${verb} ${b.name} on ${main.topic.replace(/\b[a-z]/g, (c) => c.toUpperCase())}`;
  const paragraphs: string[][] = [[happeningSentence(random, main, published, introduced), filler(random, main, introduced)]];
  for (const h of background) {
    const p = [happeningSentence(random, h, published, introduced)];
    for (let i = random.int(1, 3); i > 0; i--) p.push(filler(random, random.chance(0.5) ? h : main, introduced));
    paragraphs.push(p);
  }
  for (let i = random.int(4, 8); i > 0; i--) paragraphs.push(Array.from({ length: random.int(3, 6) }, () => filler(random, main, introduced)));
  return {
    title,
    outlet: random.pick(OUTLETS),
    reporter: random.pick(REPORTERS),
    published,
    dateline: `${main.place.capital}, ${longDate(published)} –`,
    paragraphs,
  };
}

function asText(random: Random, s: Story): string {
  const lines: string[] = [];
  if (random.chance(0.5)) {
    lines.push('Close Menu', ...MENU.map((m) => `  • ${m}`), 'Trending', '');
    for (const h of headlines(random, s.published, 3)) lines.push(h.title, '', h.date, '');
    lines.push('Facebook X (Twitter) Instagram', s.outlet, '');
  }
  lines.push(s.title);
  const byline = random.chance(0.5);
  if (byline) lines.push(`${s.reporter}By ${s.reporter}${longDate(s.published)}`, 'Facebook Twitter WhatsApp Copy Link Pinterest LinkedIn Email', '');
  s.paragraphs.forEach((p, i) => {
    lines.push(i === 0 && !byline ? `${s.dateline} ${p.join(' ')}` : p.join(' '));
  });
  if (random.chance(0.5)) {
    lines.push('', 'Keep Reading', '');
    for (const h of headlines(random, s.published, 4)) lines.push(h.title, h.date);
  }
  if (random.chance(0.3))
    lines.push('', 'Subscribe to our newsletter', 'Sign in to continue reading', `© ${s.published.getUTCFullYear()} ${s.outlet}. All rights reserved.`);
  return `${lines.join('\n')}\n`;
}

function asHtml(random: Random, s: Story): string {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const trending = headlines(random, s.published, 3)
    .map((h) => `<li><a href="/story/${hex(random, 8)}">${esc(h.title)}</a> <time>${h.date}</time></li>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(s.title)} | ${esc(s.outlet)}</title>
<meta property="og:site_name" content="${esc(s.outlet)}">
<meta property="article:published_time" content="${iso(s.published)}T08:00:00Z">
<script>window.dataLayer = window.dataLayer || [];</script><style>body{font-family:serif}</style></head>
<body><nav><ul>${MENU.map((m) => `<li><a href="/${m.toLowerCase()}">${m}</a></li>`).join('')}</ul></nav>
<aside class="trending"><h2>Trending</h2><ul>${trending}</ul></aside>
<article><h1>${esc(s.title)}</h1><p class="byline">By ${esc(s.reporter)} | ${longDate(s.published)}</p>
${s.paragraphs.map((p) => `<p>${esc(p.join(' '))}</p>`).join('\n')}
</article>
<div class="share">Share: Facebook Twitter WhatsApp Email</div>
<footer>© ${s.published.getUTCFullYear()} ${esc(s.outlet)}</footer></body></html>
`;
}

function asMarkdown(random: Random, s: Story): string {
  const paragraphs = s.paragraphs.map((p) => p.join(' '));
  if (random.chance(0.5)) paragraphs.splice(1, 0, `> ${s.paragraphs[0][0]}`);
  return `# ${s.title}\n\n*By ${s.reporter}, ${s.outlet} — ${longDate(s.published)}*\n\n${paragraphs.join('\n\n')}\n\n**ALSO READ:** [${random.pick(FILLER_HEADLINES)}](https://example.com/${hex(random, 6)})\n`;
}

/**
 * The articles of a corpus of `documents` articles, one at a time (a 10,000-article corpus never sits
 * in memory). Each happening is reported by about 1.7 articles, so merge has real work to do.
 */
export function* generateCorpus(seed: number, documents: number): Generator<GeneratedArticle> {
  const random = createRandom(seed);
  const pool = buildActorPool(random);
  const happenings = makeHappenings(random, pool, Math.max(5, Math.ceil(documents * 0.6)));
  const width = Math.max(5, String(documents - 1).length);
  for (let i = 0; i < documents; i++) {
    const main = random.pick(happenings);
    const background = random.sample(happenings, random.int(1, 3)).filter((h) => h !== main && h.date < main.date);
    const story = writeStory(random, main, background);
    const roll = random.next();
    const [ext, text] = roll < 0.8 ? ['txt', asText(random, story)] : roll < 0.9 ? ['html', asHtml(random, story)] : ['md', asMarkdown(random, story)];
    yield { name: `${String(i).padStart(width, '0')}_${hex(random, 16)}.${ext}`, text };
  }
}
