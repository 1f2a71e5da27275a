/**
 * A market move: an event whose title tells only that a price moved on a trading day ("BP shares fell 3.4%",
 * "Anadarko recovered some 3% in early New York trading"). Newsrooms print the day's share price in every report
 * of a company's crisis, and each trading day is a date of its own, so spread over dates (rank.ts) such titles took
 * 4 of the 16 key events of the BBC's spill coverage at 1280×720 and 8 of its 30 at 1920×1080; none of the
 * 46 dates of its hand-written timeline is one. They rank after every other event (still listed by "All events").
 *
 * Grammar, not one article's words: the clause's subject is a holding's price (its head noun "shares", "stock" or
 * "share price", with the owner before it or in an "of"/"in" phrase after it) and its verb one of changing value;
 * or a verb of changing value whose complement is an amount ("3%", "60 cents") on a trading session ("in early New
 * York trading"). A subject that trades the shares ("Jon Burnham sold his BP shares") or an object that names them
 * ("Supportive comments from Britain lift BP's shares") tells of something done, and is no market move.
 */

/** Verbs (and verb phrases) of changing value, as a market report writes them. */
const MOVE_VERB =
  '(?:rose|rise|rises|risen|fell|fall|falls|fallen|closed|close|closes|ended|finished|opened|plunged|plunge|plummeted|dropped|drop|gained|lost|slid|slipped|tumbled|jumped|soared|slumped|rallied|recovered|climbed|crashed|dipped|edged|eased|firmed|surged|sank|rebounded|suffered|declined|advanced|weakened|traded|took a beating|(?:was|were) (?:up|down|higher|lower))';
/** Adverbs and auxiliaries between a subject and its verb ("have closed", "once again fell", "initially fell"). */
const BETWEEN = '(?:(?:have|has|had|also|then|later|initially|briefly|once again|again|sharply|further)\\s+)*';
/** The holding whose price moved: "shares", "stock", "share price", "American depositary shares". */
const HOLDING = '(?:shares|stocks?|share prices?|stock prices?)';
/** Its owner or market after it: "in BP", "of Japanese medical mask makers", "in London", "in BP and Transocean Ltd". */
const AFTER_HOLDING = "(?:\\s+(?:of|in)\\s+[\\w.&'’-]+(?:\\s+(?:and\\s+)?[\\w.&'’-]+){0,4}?)?";
/** Words of a noun phrase before its head: the owner and modifiers ("BP's U.S.-listed", "The", "World", "Shares"), no verb among them. */
const BEFORE_HOLDING = "(?:[\\w.&'’-]+\\s+){0,5}?";

const SUBJECT_MOVES = new RegExp(`^${BEFORE_HOLDING}${HOLDING}${AFTER_HOLDING}\\s+${BETWEEN}${MOVE_VERB}\\b`, 'i');
/** "recovered some 3% in early New York trading": an amount moved over a trading session. */
const SESSION_MOVE = new RegExp(
  `\\b${MOVE_VERB}\\s+(?:by\\s+)?(?:some|about|around|almost|nearly|more than|another|a further)?\\s*[$£€]?\\d[\\d.,]*\\s*(?:%|(?:percent|per cent|points?|cents?|pence)\\b).*\\bin\\s+(?:[\\w-]+\\s+){0,3}trad(?:ing|e)\\b`,
  'i',
);

/**
 * Stocks counted by weight or volume are goods held, not shares: "Japan's rubber stocks fell to 44,980 tonnes", "Cpo
 * stocks fell to an estimated 286,440 tonnes" (1987 Reuters commodity wires) report a country's supply.
 */
const GOODS_HELD = /\d[\d,.]*\s+(?:tonnes|tons|barrels|bales|bags|bushels|ounces|cubic)\b/i;

/** A clause whose subject is a holding's price and whose verb changes it, or an amount moved over a trading session. */
export function isMarketMove(title: string): boolean {
  if (GOODS_HELD.test(title)) return false;
  return SUBJECT_MOVES.test(title) || SESSION_MOVE.test(title);
}
