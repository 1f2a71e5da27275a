/**
 * Knowledge the actor stage needs, as data. Sources: AP style guide titles, common news usage.
 */

/** Titles and roles written before a name: "Defense Minister Andrei Belousov", "North Korean leader Kim Jong Un". */
export const TITLE_WORDS = new Set([
  'president', 'president-elect', 'vice-president', 'prime minister-designate', 'chancellor-elect', 'governor-elect', 'mayor-elect', 'vice', 'prime', 'minister', 'deputy', 'foreign', 'defense', 'defence', 'interior', 'finance', 'secretary',
  'general', 'secretary-general', 'chairman', 'chairwoman', 'chair', 'leader', 'supreme', 'king', 'queen', 'prince', 'princess',
  'chancellor', 'premier', 'senator', 'sen.', 'rep.', 'representative', 'governor', 'gov.', 'mayor', 'ambassador', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'national', 'security', 'chief', 'executive', 'ceo', 'cfo', 'administrator', 'commissioner', 'governor',
  'coo', 'cto', 'founder', 'co-founder', 'director', 'commander', 'gen.', 'col.', 'lt.', 'capt.', 'adm.', 'admiral', 'marshal',
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'professor', 'judge', 'justice', 'attorney', 'state', 'of', 'the', 'senior', 'former',
  'acting', 'head', 'official', 'officer', 'pope', 'cardinal', 'bishop', 'sheikh', 'emir', 'sultan', 'crown', 'first', 'lady',
  'speaker', 'mp', 'lawmaker', 'analyst', 'economist', 'chairperson', 'vp', 'senior vice', 'affairs', 'trade', 'economy',
  'commerce', 'industry', 'energy', 'health', 'education', 'justice', 'war', 'army', 'navy', 'staff', 'joint', 'chiefs',
]);

/** Title words that, seen just before a capitalised name, are strong evidence it names a person. */
export const PERSON_TITLE_HEADS = new Set([
  'president', 'president-elect', 'vice-president', 'chancellor-elect', 'governor-elect', 'mayor-elect', 'minister', 'secretary', 'secretary-general', 'chairman', 'chairwoman', 'leader', 'king', 'queen', 'prince',
  'princess', 'chancellor', 'premier', 'senator', 'sen.', 'rep.', 'governor', 'gov.', 'mayor', 'ambassador', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder',
  'director', 'commander', 'gen.', 'col.', 'lt.', 'capt.', 'adm.', 'admiral', 'marshal', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.',
  'professor', 'judge', 'justice', 'pope', 'cardinal', 'bishop', 'sheikh', 'emir', 'sultan', 'speaker', 'lawmaker', 'analyst',
  'chief', 'executive', 'official', 'officer', 'general', 'head', 'chairperson', 'administrator', 'commissioner',
]);

/** Words that end an organisation's name: "Korean Central News Agency", "State Affairs Commission". */
export const ORG_HEADS = new Set([
  'agency', 'ministry', 'commission', 'council', 'committee', 'party', 'organization', 'organisation', 'association',
  'university', 'institute', 'bank', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'company', 'co.',
  'group', 'department', 'office', 'court', 'parliament', 'assembly', 'congress', 'senate', 'union', 'alliance', 'foundation',
  'fund', 'times', 'post', 'journal', 'press', 'service', 'records', 'corps', 'studios', 'labs', 'network', 'authority',
  'bureau', 'administration', 'command', 'federation', 'league', 'guard', 'police', 'airlines', 'motors', 'systems',
  'technologies', 'electronics', 'communications', 'broadcasting', 'tribunal', 'secretariat', 'cabinet', 'kremlin',
]);

/** Well-known organisations and acronyms that carry no head word. */
export const KNOWN_ORGANIZATIONS: Record<string, string[]> = {
  NATO: ['North Atlantic Treaty Organization'],
  'United Nations': ['UN', 'U.N.'],
  'European Union': ['EU', 'E.U.'],
  'Korean Central News Agency': ['KCNA'],
  'Yonhap News Agency': ['Yonhap'],
  Reuters: [],
  'Associated Press': ['AP'],
  'Agence France-Presse': ['AFP'],
  TASS: [],
  Xinhua: [],
  'International Atomic Energy Agency': ['IAEA'],
  'International Monetary Fund': ['IMF'],
  'World Health Organization': ['WHO'],
  'Federal Bureau of Investigation': ['FBI'],
  'Central Intelligence Agency': ['CIA'],
  Pentagon: [],
  Kremlin: [],
  'White House': [],
  Hamas: [],
  Hezbollah: [],
  Taliban: [],
  // US federal agencies that news copy names by acronym alone ("a $2.9 billion NASA contract")
  NASA: ['National Aeronautics and Space Administration'],
  'Federal Trade Commission': ['FTC'],
  'Securities and Exchange Commission': ['SEC'],
  'Federal Aviation Administration': ['FAA'],
  'Food and Drug Administration': ['FDA'],
  'Federal Reserve': ['Fed'],
  'European Central Bank': ['ECB'],
  'World Trade Organization': ['WTO'],
  'International Criminal Court': ['ICC'],
  'Organization of the Petroleum Exporting Countries': ['OPEC'],
};

/** Nouns after a demonym that make it stand for the state: "North Korean government", "Russian forces". */
export const STATE_NOUNS = new Set([
  'government', 'officials', 'official', 'forces', 'troops', 'military', 'army', 'navy', 'authorities', 'intelligence',
  'state', 'regime', 'administration', 'air', 'warplanes', 'soldiers', 'diplomats', 'embassy', 'ministry', 'delegation',
  // Weapons fired by a state act for it in war reporting (AP, Reuters): "Russian missiles slammed into Odesa".
  'missiles', 'missile', 'drones', 'warships', 'bombers', 'jets', 'artillery', 'shelling', 'airstrikes', 'strikes',
]);

/** Capitalised words that start sentences or name things that are not actors. Lowercased. */
export const NOT_ACTOR_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'of', 'for', 'from', 'by', 'with', 'during', 'after',
  'before', 'since', 'while', 'whilst', 'although', 'though', 'however', 'despite', 'according', 'as', 'but', 'and', 'or', 'if',
  'when', 'where', 'which', 'who', 'what', 'why', 'how', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their',
  'our', 'both', 'all', 'some', 'many', 'most', 'several', 'further', 'furthermore', 'moreover', 'meanwhile', 'additionally',
  'also', 'earlier', 'later', 'last', 'next', 'just', 'reports', 'report', 'experts', 'military', 'officials', 'there', 'here',
  'in conclusion', 'optimistic', 'official', 'russian', 'western', 'west', 'east', 'north', 'south', 'cold', 'war',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow',
  'mr', 'mrs', 'ms', 'dr', 'views', 'references', 'note', 'share', 'home', 'menu', 'close', 'read', 'more', 'keep', 'reading',
  'subscribe', 'sign', 'login', 'facebook', 'twitter', 'instagram', 'youtube', 'whatsapp', 'linkedin', 'pinterest', 'telegram',
  'tumblr', 'email', 'print', 'copy', 'link', 'rows', 'crowds', 'accompanied', 'allegations', 'given', 'with', 'without',
  'under', 'over', 'between', 'among', 'amid', 'amidst', 'following', 'including', 'within', 'throughout', 'because', 'so',
  'then', 'thus', 'yet', 'still', 'not', 'no', 'yes', 'each', 'every', 'other', 'another', 'such', 'only', 'even', 'once',
]);

/**
 * Company and product names. Sources: common news usage (Reuters and AP business copy), the
 * Wikinews technology section, and legal-form suffixes from ISO 20275 (entity legal forms).
 */

/** Words after a short number that make it a count, not a model number: "Apple 5 percent" vs "iPhone 4". */
export const QUANTITY_WORDS = new Set([
  'percent', 'per', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'years', 'year', 'months', 'month', 'weeks',
  'week', 'days', 'day', 'hours', 'hour', 'minutes', 'times', 'people', 'points', 'dollars', 'cents', 'units', 'and', 'or',
  'to', 'of', 'am', 'pm', 'a.m', 'p.m', 'st', 'nd', 'rd', 'th',
]);

/** Words right after a name that make it a company: "Apple CEO Steve Jobs", "Apple shares rose". */
export const ORG_CUES_AFTER = new Set([
  'ceo', 'cfo', 'coo', 'cto', 'chief', 'executive', 'executives', 'spokesman', 'spokeswoman', 'spokesperson', 'shares',
  'stock', 'co-founder', 'cofounder', 'founder', 'chairman', 'chairwoman', 'president', 'board', 'employees',
  'headquarters', 'engineers', 'vice', 'officials', 'lawyers', 'attorneys', 'investors', 'shareholders', 'stores',
]);

/** Words right before a name that make it a company: "computer maker Apple Computer", "record company, Apple Corps". */
export const ORG_CUES_BEFORE = new Set([
  'company', 'firm', 'maker', 'manufacturer', 'retailer', 'label', 'giant', 'rival', 'carrier', 'developer', 'publisher',
  'startup', 'conglomerate', 'corporation', 'vendor', 'supplier', 'chipmaker', 'automaker', 'broadcaster', 'bank', 'insurer',
  // what one founds or buys is a company: "Elon Musk founded SpaceX in 2002"
  'founded', 'co-founded', 'cofounded', 'acquired',
]);

/** Verbs whose object is a product: "unveiled the iPod nano", "launched the iTunes Music Store". */
export const RELEASE_VERBS = new Set([
  'unveil', 'unveils', 'unveiled', 'unveiling', 'release', 'releases', 'released', 'releasing', 'launch', 'launches',
  'launched', 'launching', 'introduce', 'introduces', 'introduced', 'introducing', 'ship', 'ships', 'shipped', 'shipping',
  'sell', 'sells', 'sold', 'selling', 'discontinue', 'discontinues', 'discontinued', 'update', 'updated', 'upgrade',
  'upgraded', 'demonstrated', 'previewed', 'debuted', 'debut', 'unveils', 'own', 'owns', 'use', 'uses', 'using', 'used',
  'buy', 'bought', 'download', 'downloaded', 'install', 'installed', 'priced', 'presented', 'showcased',
]);

/** Words between a release verb and its product: "introduced the much-anticipated iPhone". */
export const PRODUCT_DETERMINERS = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'new', 'latest', 'first', 'original', 'upcoming', 'next', 'redesigned',
  'updated', 'popular', 'much-anticipated', 'long-awaited', 'second', 'third', 'fourth', 'fifth', 'generation', 'version',
  'of', 'own',
]);

/** Nouns right after a name that make it a product: "the iPhone device", "iPod sales", "Mac OS X update". */
export const PRODUCT_NOUNS = new Set([
  'device', 'devices', 'player', 'players', 'phone', 'phones', 'smartphone', 'smartphones', 'handset', 'handsets', 'laptop',
  'laptops', 'notebook', 'notebooks', 'tablet', 'tablets', 'software', 'update', 'updates', 'version', 'versions', 'model',
  'models', 'line', 'lineup', 'range', 'app', 'apps', 'application', 'applications', 'console', 'consoles', 'operating',
  // Not 'chips' or 'processors': "Intel processors" are the company's.
  'platform', 'users', 'owners', 'sales', 'browser', 'firmware', 'release',
  'launch', 'buyers', 'customers', 'accounts', 'purchases', 'downloads', 'subscribers',
]);

/** Words a company's verb may hide behind: "Apple has filed", "Cisco also sued", "EMI today announced". */
export const SUBJECT_AUXILIARIES = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'also', 'then', 'today', 'yesterday', 'now', 'later',
  'recently', 'officially', 'formally', 'finally', 'first', 'again', 'previously', 'subsequently', 'quickly', 'immediately',
  'not', 'never', 'itself', 'publicly', 'jointly',
]);

/** Verbs a company says things with, beyond the happening words: "EMI said", "Cisco claims". */
export const REPORTING_VERBS = new Set([
  'said', 'says', 'say', 'claims', 'claimed', 'argued', 'argues', 'states', 'stated', 'told', 'tells', 'added', 'noted',
  'explained', 'insisted', 'denies', 'plans', 'planned', 'decided', 'filed', 'sued', 'sues', 'lost', 'won', 'made', 'makes',
  'holds', 'held', 'owns', 'offers', 'offered', 'reported', 'posted', 'expects', 'hopes', 'wants', 'agreed', 'refused',
]);

/** Legal-form suffixes: "Apple Inc." is the company "Apple" (ISO 20275 abbreviations in English news). */
export const LEGAL_SUFFIXES = new Set(['inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'ag', 'sa', 'gmbh', 'nv', 'bv', 'lp', 'llp', 'holdings']);

/**
 * Head words of organisations that news copy refers back to with "the": "the bank", "the ministry", "the party"
 * (actors.ts definiteReferences). "the company" and "the firm" are left out: a company's name rarely holds the word.
 */
export const DEFINITE_HEADS = [
  'bank', 'ministry', 'commission', 'union', 'party', 'agency', 'court', 'council', 'committee', 'alliance', 'association',
  'federation', 'league', 'authority', 'bureau', 'corporation', 'university', 'institute', 'foundation', 'fund', 'assembly',
];
