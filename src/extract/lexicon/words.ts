/**
 * Word knowledge for repairing words glued together by lost spaces ("betweenPyongyang",
 * "geopoliticallandscape"). The main dictionary is compromise's lexicon (about 20k forms); this
 * file adds what that lexicon lacks and what the splitter must never split.
 */

/** Camel-case names and brands that are one word: never split at their inner capital. */
export const CAMEL_CASE_NAMES: readonly string[] = [
  'iPhone',
  'iPad',
  'iPod',
  'iOS',
  'iCloud',
  'iTunes',
  'iMac',
  'eBay',
  'eBook',
  'eSports',
  'YouTube',
  'PlayStation',
  'LinkedIn',
  'WhatsApp',
  'JavaScript',
  'TypeScript',
  'PowerPoint',
  'FedEx',
  'GitHub',
  'OpenAI',
  'BlackRock',
  'SpaceX',
  'TikTok',
  'PayPal',
  'WeChat',
  'HarperCollins',
  'DreamWorks',
  'WordPress',
  'SoftBank',
  'BuzzFeed',
  'HuffPost',
  'McKinsey',
  'AstraZeneca',
  'BioNTech',
  'GlaxoSmithKline',
  'ExxonMobil',
  'JPMorgan',
  'PricewaterhouseCoopers',
  'SmackDown',
  'DeepMind',
  'DeepSeek',
  'AliExpress',
  'CrowdStrike',
  'MasterCard',
  'SkyNews',
  'GoPro',
  'StarCraft',
  'QAnon',
];

/** Name prefixes that take an inner capital: McCain, MacBook, DeSantis, LaGuardia, O'Brien, VanDyke. */
export const CAMEL_CASE_PREFIXES: RegExp = /^(Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O)[A-Z]/;

/** Common words compromise's lexicon lacks (found missing while testing on news text). */
export const EXTRA_WORDS: readonly string[] = (
  'landscape landscapes geopolitical geopolitics somewhere nonetheless headline headlines frontline frontlines ' +
  'ammunition howitzer howitzers reaffirm reaffirmed reaffirms counterbalance stockpile stockpiles ' +
  'link links linked here there news article articles placeholder placeholders surveillance propaganda ' +
  'sovereignty hegemony imperialist imperialism military ministry defense defence minister ministers ' +
  'cooperation collaboration partnership alliance alliances treaty treaties summit summits sanctions ' +
  'nuclear missile missiles troops deployment deployments intelligence agency agencies officials ' +
  'regional global international bilateral strategic diplomatic economic political tensions tension ' +
  'escalation escalating conflict conflicts interpretation interpreted interpret signaling signalling ' +
  'between while whilst amid amidst during against toward towards within without despite ' +
  'website online email internet smartphone livestream podcast healthcare lawmakers lawmaker ' +
  'ceasefire airstrike airstrikes drone drones warplanes warplane crackdown lockdown shutdown ' +
  'outlet outlets spokesperson spokesman spokeswoman statement statements reported reporting'
).split(' ');

/**
 * Real words that look like two words glued ("somewhere" = "some" + "where"): the splitter
 * checks these first. Compound heads and tails below catch the rest of the pattern.
 */
export const NEVER_SPLIT: readonly string[] = (
  'together somewhere meanwhile nonetheless nevertheless however whatever whenever wherever therefore ' +
  'moreover furthermore notwithstanding anyone anything anywhere everyone everything everywhere ' +
  'someone something sometimes without within into onto upon itself himself herself themselves ' +
  'headline headlines frontline frontlines counterbalance stockpile stockpiles outcome overall ' +
  'understand understood undertake network networks framework frameworks backdrop breakthrough ' +
  'nationwide worldwide lifetime nowhere hereby thereby whereas whereby inside outside'
).split(' ');

/** First halves that usually start a real compound ("counterbalance", "overshadowed"): do not split after them. */
export const COMPOUND_HEADS: readonly string[] = (
  'counter over under out up down head front back fore after any some every no with there where here ' +
  'mid cross self non anti pre post re co inter multi geo super semi sub trans air fire water ' +
  'news foot hand home land life light line man sun work book hard soft'
).split(' ');

/** Second halves that usually end a real compound ("headlines", "nowhere", "battleship"). */
export const COMPOUND_TAILS: readonly string[] = (
  'line lines where ever less ness body thing things self selves side sides ward wards out over time ' +
  'times ship ships land lands man men woman women work works way ways point points house houses ' +
  'field fields room rooms book books port ports stone town towns wide hood craft fold like some'
).split(' ');

/** Short words allowed as one half of a split ("be" + "interpreted"); other halves need 3+ letters. */
export const SHORT_JOINABLE: readonly string[] = 'a an as at be by he in is it of on or so to up we'.split(' ');

/** Closed-class words: a capitalized glued token ("Whilethe") is split only next to one of these. */
export const FUNCTION_WORDS: readonly string[] = (
  'the a an of to in on at by for with from and or but nor while whilst as is was be been are were ' +
  'that this these those his her its their our he she it they we not has have had will would can ' +
  'could should may might here there when where which who whom than then also into onto'
).split(' ');
