/**
 * Knowledge the actor stage needs, as data. Sources: AP style guide titles, common news usage.
 */

/** Titles and roles written before a name: "Defense Minister Andrei Belousov", "North Korean leader Kim Jong Un". */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'deputy', 'foreign', 'defense', 'defence', 'interior', 'finance', 'secretary',
  'general', 'secretary-general', 'chairman', 'chairwoman', 'chair', 'leader', 'supreme', 'king', 'queen', 'prince', 'princess',
  'chancellor', 'premier', 'senator', 'sen.', 'rep.', 'representative', 'governor', 'gov.', 'mayor', 'ambassador', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'national', 'security', 'chief', 'executive', 'ceo', 'cfo',
  'coo', 'cto', 'founder', 'co-founder', 'director', 'commander', 'gen.', 'col.', 'lt.', 'capt.', 'adm.', 'admiral', 'marshal',
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'professor', 'judge', 'justice', 'attorney', 'state', 'of', 'the', 'senior', 'former',
  'acting', 'head', 'official', 'officer', 'pope', 'cardinal', 'bishop', 'sheikh', 'emir', 'sultan', 'crown', 'first', 'lady',
  'speaker', 'mp', 'lawmaker', 'analyst', 'economist', 'chairperson', 'vp', 'senior vice', 'affairs', 'trade', 'economy',
  'commerce', 'industry', 'energy', 'health', 'education', 'justice', 'war', 'army', 'navy', 'staff', 'joint', 'chiefs',
]);

/** Title words that, seen just before a capitalised name, are strong evidence it names a person. */
export const PERSON_TITLE_HEADS = new Set([
  'president', 'minister', 'secretary', 'secretary-general', 'chairman', 'chairwoman', 'leader', 'king', 'queen', 'prince',
  'princess', 'chancellor', 'premier', 'senator', 'sen.', 'rep.', 'governor', 'gov.', 'mayor', 'ambassador', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder',
  'director', 'commander', 'gen.', 'col.', 'lt.', 'capt.', 'adm.', 'admiral', 'marshal', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.',
  'professor', 'judge', 'justice', 'pope', 'cardinal', 'bishop', 'sheikh', 'emir', 'sultan', 'speaker', 'lawmaker', 'analyst',
  'chief', 'executive', 'official', 'officer', 'general', 'head', 'chairperson',
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
};

/** Nouns after a demonym that make it stand for the state: "North Korean government", "Russian forces". */
export const STATE_NOUNS = new Set([
  'government', 'officials', 'official', 'forces', 'troops', 'military', 'army', 'navy', 'authorities', 'intelligence',
  'state', 'regime', 'administration', 'air', 'warplanes', 'soldiers', 'diplomats', 'embassy', 'ministry', 'delegation',
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
