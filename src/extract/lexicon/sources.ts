/**
 * News agencies and outlets an article may attribute claims to, and the institutional nouns that
 * make a phrase a source ("South Korea's spy agency", "Russia's Defense Ministry"). Agencies from
 * the world's wire services and state news agencies (seed corpus: KCNA, Yonhap).
 */
export interface KnownSource {
  name: string;
  aliases: readonly string[];
}

export const NEWS_AGENCIES: readonly KnownSource[] = [
  { name: 'Korean Central News Agency', aliases: ['KCNA'] },
  { name: 'Yonhap News Agency', aliases: ['Yonhap'] },
  { name: 'Reuters', aliases: [] },
  { name: 'Associated Press', aliases: ['AP'] },
  { name: 'Agence France-Presse', aliases: ['AFP'] },
  { name: 'TASS', aliases: ['Tass'] },
  { name: 'Xinhua News Agency', aliases: ['Xinhua'] },
  { name: 'RIA Novosti', aliases: [] },
  { name: 'Interfax', aliases: [] },
  { name: 'Kyodo News', aliases: ['Kyodo'] },
  { name: 'Bloomberg', aliases: [] },
  { name: 'Deutsche Presse-Agentur', aliases: ['dpa'] },
  { name: 'Anadolu Agency', aliases: ['Anadolu'] },
  { name: 'Press Trust of India', aliases: ['PTI'] },
  { name: 'Islamic Republic News Agency', aliases: ['IRNA'] },
  { name: 'Ukrinform', aliases: [] },
  { name: 'NK News', aliases: [] },
  { name: 'Rodong Sinmun', aliases: [] },
  { name: 'BBC', aliases: [] },
  { name: 'CNN', aliases: [] },
  // outlets whose name a byline gives alone ("Al Jazeera — 15 April 2024")
  { name: 'Al Jazeera', aliases: [] },
  { name: 'The New York Times', aliases: ['New York Times'] },
  { name: 'The Washington Post', aliases: ['Washington Post'] },
  { name: 'The Guardian', aliases: [] },
  { name: 'Financial Times', aliases: [] },
  { name: 'The Wall Street Journal', aliases: ['Wall Street Journal'] },
  { name: 'NPR', aliases: [] },
  { name: 'United Press International', aliases: ['UPI'] },
  { name: 'Agencia EFE', aliases: ['EFE'] },
];

/**
 * Heads of a source phrase: "U.S. and South Korean intelligence", "South Korea's spy agency",
 * "Russia's Defense Ministry", "the Pentagon". Lower-case heads need a named owner before them.
 */
export const INSTITUTION_HEADS: readonly string[] = [
  'spy agency',
  'intelligence agency',
  'intelligence service',
  'intelligence',
  'National Intelligence Service',
  'Defense Ministry',
  'Defence Ministry',
  'Foreign Ministry',
  'Unification Ministry',
  'Ministry of Defense',
  'Ministry of Defence',
  'Ministry of Foreign Affairs',
  'Joint Chiefs of Staff',
  'State Department',
  'Pentagon',
  'Kremlin',
  'military',
  'government',
  'embassy',
  'news agency',
];

/** Words that open an attribution: "according to X", "assessments from X", "confirmed by X". */
export const ATTRIBUTION_CUES: readonly string[] = [
  'according to',
  'reported by',
  'confirmed by',
  'cited by',
  'quoted by',
  'assessments from',
  'assessment by',
  'reports from',
  'report from',
  'data from',
  'statement from',
  'a statement by',
  'announced by',
  'released by',
];

/** Head nouns of an outlet's name: "The Washington Post reported", "the Korea Herald said". */
export const OUTLET_HEADS: readonly string[] = [
  'News',
  'Times',
  'Post',
  'Journal',
  'Herald',
  'Tribune',
  'Telegraph',
  'Guardian',
  'Agency',
  'Press',
  'Broadcasting',
  'Network',
  'Television',
  'TV',
  'Radio',
  'Daily',
  'Gazette',
  'Economist',
  'Sinmun',
  'Ilbo',
];
