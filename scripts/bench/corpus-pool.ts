/**
 * The cast of the synthetic news corpus: countries, people and organisations with the surface forms
 * real articles use for them ("Defense Minister Andrei Belousov", "Kim Jong-un", "Belousov").
 * Invented people on purpose: the corpus is for benchmarks, never for quality figures, so it must not
 * look like gold data. Built deterministically from a PRNG so a seed gives the same pool every time.
 */
import type { Random } from './random';

export interface Country {
  name: string;
  demonym: string;
  capital: string;
}

export interface Actor {
  kind: 'person' | 'organization' | 'country';
  name: string;
  /** Forms an article may use after the first mention: surname, hyphen variant, acronym. */
  aliases: string[];
  /** How a first mention introduces a person: "Russian Defense Minister". */
  role?: string;
  country?: Country;
}

export const COUNTRIES: Country[] = [
  ['Russia', 'Russian', 'Moscow'],
  ['North Korea', 'North Korean', 'Pyongyang'],
  ['South Korea', 'South Korean', 'Seoul'],
  ['China', 'Chinese', 'Beijing'],
  ['Japan', 'Japanese', 'Tokyo'],
  ['Ukraine', 'Ukrainian', 'Kyiv'],
  ['France', 'French', 'Paris'],
  ['Germany', 'German', 'Berlin'],
  ['Italy', 'Italian', 'Rome'],
  ['Spain', 'Spanish', 'Madrid'],
  ['Poland', 'Polish', 'Warsaw'],
  ['Turkey', 'Turkish', 'Ankara'],
  ['Iran', 'Iranian', 'Tehran'],
  ['India', 'Indian', 'New Delhi'],
  ['Pakistan', 'Pakistani', 'Islamabad'],
  ['Brazil', 'Brazilian', 'Brasília'],
  ['Argentina', 'Argentine', 'Buenos Aires'],
  ['Mexico', 'Mexican', 'Mexico City'],
  ['Canada', 'Canadian', 'Ottawa'],
  ['Egypt', 'Egyptian', 'Cairo'],
  ['Nigeria', 'Nigerian', 'Abuja'],
  ['Kenya', 'Kenyan', 'Nairobi'],
  ['South Africa', 'South African', 'Pretoria'],
  ['Australia', 'Australian', 'Canberra'],
  ['Indonesia', 'Indonesian', 'Jakarta'],
  ['Vietnam', 'Vietnamese', 'Hanoi'],
  ['Thailand', 'Thai', 'Bangkok'],
  ['Philippines', 'Philippine', 'Manila'],
  ['Saudi Arabia', 'Saudi', 'Riyadh'],
  ['Israel', 'Israeli', 'Jerusalem'],
  ['Greece', 'Greek', 'Athens'],
  ['Sweden', 'Swedish', 'Stockholm'],
  ['Norway', 'Norwegian', 'Oslo'],
  ['Finland', 'Finnish', 'Helsinki'],
  ['Hungary', 'Hungarian', 'Budapest'],
  ['Romania', 'Romanian', 'Bucharest'],
  ['Belarus', 'Belarusian', 'Minsk'],
  ['Kazakhstan', 'Kazakh', 'Astana'],
  ['Mongolia', 'Mongolian', 'Ulaanbaatar'],
  ['Chile', 'Chilean', 'Santiago'],
].map(([name, demonym, capital]) => ({ name, demonym, capital }));

const FIRST_NAMES = [
  'Andrei',
  'Sergei',
  'Dmitri',
  'Olena',
  'Maria',
  'Elena',
  'Pierre',
  'Claire',
  'Hans',
  'Greta',
  'Marco',
  'Giulia',
  'Carlos',
  'Lucia',
  'Tomasz',
  'Agnieszka',
  'Mehmet',
  'Ayse',
  'Reza',
  'Leila',
  'Arjun',
  'Priya',
  'Imran',
  'Ayesha',
  'João',
  'Ana',
  'Diego',
  'Sofia',
  'Liam',
  'Chloe',
  'Ahmed',
  'Fatima',
  'Chinedu',
  'Amara',
  'Wanjiru',
  'David',
  'Thabo',
  'Naledi',
  'James',
  'Olivia',
  'Budi',
  'Sari',
  'Minh',
  'Linh',
  'Somchai',
  'Niran',
  'Jose',
  'Maricel',
  'Khalid',
  'Noura',
  'Yosef',
  'Tamar',
  'Nikos',
  'Eleni',
  'Erik',
  'Ingrid',
  'Lars',
  'Sigrid',
  'Mikko',
  'Aino',
];
const SURNAMES = [
  'Volkov',
  'Morozov',
  'Petrenko',
  'Kovalenko',
  'Laurent',
  'Moreau',
  'Fischer',
  'Schmidt',
  'Rossi',
  'Bianchi',
  'Garcia',
  'Navarro',
  'Nowak',
  'Wisniewski',
  'Yilmaz',
  'Demir',
  'Tehrani',
  'Karimi',
  'Sharma',
  'Mehta',
  'Qureshi',
  'Malik',
  'Oliveira',
  'Costa',
  'Herrera',
  'Castillo',
  'Tremblay',
  'Gagnon',
  'Hassan',
  'Mansour',
  'Okafor',
  'Adeyemi',
  'Mwangi',
  'Otieno',
  'Ndlovu',
  'Mokoena',
  'Walker',
  'Mitchell',
  'Santoso',
  'Wibowo',
  'Nguyen',
  'Tran',
  'Suwan',
  'Chaiyaporn',
  'Reyes',
  'Mendoza',
  'Al-Harbi',
  'Al-Qahtani',
  'Levi',
  'Cohen',
  'Papadopoulos',
  'Georgiou',
  'Lindqvist',
  'Berg',
  'Hansen',
  'Larsen',
  'Virtanen',
  'Korhonen',
  'Horvath',
  'Popescu',
  'Ionescu',
  'Sokolov',
];
/** East Asian three-syllable names, the ones news spells with and without a hyphen ("Kim Jong Un", "Kim Jong-un"). */
const FAMILY = ['Kim', 'Park', 'Lee', 'Choi', 'Wang', 'Zhang', 'Liu', 'Chen'];
const SYLLABLES = ['Jong', 'Yong', 'Sung', 'Min', 'Hyun', 'Jae', 'Xiao', 'Wei', 'Ming', 'Hua', 'Dong', 'Chol'];
const GIVEN_END = ['Un', 'Ho', 'Il', 'Su', 'Gang', 'Ping', 'Lin', 'Bo', 'Hee', 'Chan'];

const ROLES = [
  'Defense Minister',
  'Foreign Minister',
  'Prime Minister',
  'President',
  'Finance Minister',
  'Trade Minister',
  'Interior Minister',
  'Energy Minister',
  'Chief of General Staff',
  'Deputy Prime Minister',
  'National Security Adviser',
  'Central Bank Governor',
  'Health Minister',
  'Ambassador',
];

const ORGANIZATIONS: Array<[string, string | null]> = [
  ['United Nations', 'UN'],
  ['North Atlantic Treaty Organization', 'NATO'],
  ['International Atomic Energy Agency', 'IAEA'],
  ['World Health Organization', 'WHO'],
  ['International Monetary Fund', 'IMF'],
  ['World Bank', null],
  ['European Union', 'EU'],
  ['African Union', 'AU'],
  ['Association of Southeast Asian Nations', 'ASEAN'],
  ['Organization of the Petroleum Exporting Countries', 'OPEC'],
  ['World Trade Organization', 'WTO'],
  ['International Criminal Court', 'ICC'],
  ['Red Cross', null],
  ['Amnesty International', null],
  ['Greenpeace', null],
];
const INVENTED_ORG_HEADS = ['Northern', 'Pacific', 'Continental', 'Atlantic', 'Eastern', 'Meridian', 'Global', 'Coastal', 'Highland', 'Delta'];
const INVENTED_ORG_TAILS = [
  'Grain Consortium',
  'Shipping Company',
  'Energy Corporation',
  'Development Bank',
  'Rail Authority',
  'Mining Group',
  'Telecom Alliance',
  'Defense Industries',
  'Water Council',
  'Climate Fund',
  'Steel Works',
  'Fisheries Board',
];

/** About 320 people, 15 real and 120 invented organisations, 40 countries. */
export function buildActorPool(random: Random): Actor[] {
  const pool: Actor[] = COUNTRIES.map((country) => ({ kind: 'country' as const, name: country.name, aliases: [country.capital], country }));
  const seen = new Set<string>();
  for (let i = 0; i < 320; i++) {
    const country = random.pick(COUNTRIES);
    let name: string;
    let aliases: string[];
    if (i % 8 === 0) {
      const family = random.pick(FAMILY);
      const a = random.pick(SYLLABLES);
      const b = random.pick(GIVEN_END);
      name = `${family} ${a} ${b}`;
      aliases = [`${family} ${a}-${b.toLowerCase()}`, family];
    } else {
      const surname = random.pick(SURNAMES);
      name = `${random.pick(FIRST_NAMES)} ${surname}`;
      aliases = [surname];
    }
    if (seen.has(name)) continue;
    seen.add(name);
    pool.push({ kind: 'person', name, aliases, role: random.pick(ROLES), country });
  }
  for (const [name, acronym] of ORGANIZATIONS) pool.push({ kind: 'organization', name, aliases: acronym ? [acronym] : [] });
  for (const head of INVENTED_ORG_HEADS) for (const tail of INVENTED_ORG_TAILS) pool.push({ kind: 'organization', name: `${head} ${tail}`, aliases: [] });
  return pool;
}
