import { LEGAL_SUFFIXES, ORG_CUES_AFTER } from '../lexicon/actors';
/**
 * Stock tickers in brackets, as wire copy writes them after a company's name: "BP Plc (BP.L) said on Monday",
 * "Three-quarters of the oil from BP Plc's (BP.L) (BP.N) spill", "Transocean Ltd (RIGN.VX)", "Bank of America Merrill
 * Lynch (BAC.N)". No part of speech fits "(BP.L)": the tagger made "L" the subject of "said" and "spill" a new noun
 * phrase, so the clause lost its subject ("Spill has degraded into tiny particles"). The linguistic layer reads the
 * text with each ticker blanked out (offsets kept), and a title leaves it out, as a reader skips it.
 *
 * Written by hand: a ticker is an exchange's code after a dot, "(BP.L)", "(8031.T)", "(RDSa.L)", "(.FTSE)", one or
 * several in one bracket; no tokenizer or tagger knows the convention.
 */
const CODE = String.raw`(?:[A-Z0-9][A-Za-z0-9]{0,7})?\.\.?[A-Z]{1,4}`;
const TICKER = new RegExp(String.raw`\(\s*${CODE}(?:\s*,\s*${CODE})*\s*\)`, 'g');
const TICKER_IN_TITLE = new RegExp(String.raw`\s*\(\s*${CODE}(?:\s*,\s*${CODE})*\s*\)`, 'g');

/**
 * A stock ticker wire copy of 1987 writes unbracketed after a company's legal form: "Pennzoil Co PZL Chairman J. Hugh
 * Liedtke told a meeting", "Texaco Inc TX said its decision to file ...", "the Pennzoil Company PZL.N", "Texaco Inc's TX
 * decision to seek bankruptcy protection". The tagger read
 * "PZL" as a company of its own and "TX" as the subject of "said", and a title kept it ("USX Corp X"). A run of one to
 * five capitals (an exchange's suffix after a dot allowed) right after a legal form, in a line written in lower case
 * too (not an all-capital heading), is the ticker; not after a full stop ("Apple Inc. IBM said"), not a legal form itself ("Co PLC"), nor an abbreviation with dots
 * ("Texaco Inc U.S. unit"). Blanked like a bracketed one (`wire-ticker-after-legal-form`).
 */
const WIRE_TICKER = /(?<=\b(\p{L}+)(?:['’]s)? )(?:\p{Lu}{2,5}\.\p{Lu}{1,2}|\p{Lu}{1,5})(?=[\s,;:)]|\.(?:\s|$)|$)/gu;

/**
 * Where WIRE_TICKER's callback can change anything: a legal form (a word of LEGAL_SUFFIXES, possessive or not) right
 * before a space. The callback keeps every match whose form, lower-cased, is not one of LEGAL_SUFFIXES; every one of
 * them is ASCII letters with no "k", and the only letter outside ASCII whose lower case is in ASCII is the Kelvin sign
 * (its "k"), so such a form is ASCII letters after a word boundary, which this pattern finds in any case. A text without
 * one (729 of the 1,849 files of the Timeline17 development topics, 9,251 of 10,000 generated articles) is not searched: WIRE_TICKER's look-behind
 * would be tried at every position and matches every short capitalised word ("BP said", "The US").
 */
const LEGAL_FORM_BEFORE_SPACE = new RegExp(String.raw`\b(?:${[...LEGAL_SUFFIXES].join('|')}|group)(?:['’]s)? `, 'i');

function wireTickers(text: string, replace: (code: string) => string): string {
  if (!LEGAL_FORM_BEFORE_SPACE.test(text)) return text;
  return text.replace(WIRE_TICKER, (code: string, form: string, at: number) => {
    // (a legal form written with its capital, "Co", "PLC": not "the company" or "a limited" in a sentence)
    // ("Shell Canada, a wholly owned subsidiary of the Royal Dutch/Shell Group RD said", "PaineWebber Group PWJ fell
    // 1/2 to 36" (Reuters 1987, the judges: "'RD' is a ticker fragment"): a group's name, which wire copy writes with
    // no legal form, takes its ticker after "Group" as well; not a word of the name going on, "Group CFM
    // International".)
    const group = form === 'Group' && !/^ \p{Lu}/u.test(text.slice(at + code.length, at + code.length + 2));
    if ((!LEGAL_SUFFIXES.has(form.toLowerCase()) && !group) || !/^\p{Lu}/u.test(form)) return code;
    // (not "A" or "I", words of the next sentence; a legal form with its full stop, "Apple Inc. A spokesman", ends one)
    // (nor a word that follows a company's name, "BP Plc CEO Tony Hayward watched a yacht race": ORG_CUES_AFTER)
    if (LEGAL_SUFFIXES.has(code.toLowerCase()) || ORG_CUES_AFTER.has(code.toLowerCase()) || code === 'A' || code === 'I') return code;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at);
    if (!/\p{Ll}/u.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) return code;
    return replace(code);
  });
}

/**
 * The text with every unbracketed wire ticker after a legal form blanked, offsets kept: "Texaco Inc    said". The
 * actors' tokeniser reads the text so; the linguistic layer reads it so too, with the bracketed tickers blanked as well
 * (`blankTickersOf`, which gives both, so that a document is searched once).
 */
export function blankWireTickers(text: string): string {
  return wireTickers(text, (code) => ' '.repeat(code.length));
}

/** The wire tickers a text writes unbracketed after a legal form ("Texaco Inc TX said"), for a test or a rule. */
export function wireTickerCodes(text: string): string[] {
  const out: string[] = [];
  wireTickers(text, (code) => {
    out.push(code);
    return code;
  });
  return out;
}

const TICKER_AHEAD = new RegExp(String.raw`^[ \t]*\(\s*${CODE}(?:\s*,\s*${CODE})*\s*\)`);

/** True when a bracketed ticker follows `at`: "ConocoPhillips (COP.N) said" after "ConocoPhillips". */
export function tickerAfter(text: string, at: number): boolean {
  return text.charCodeAt(at) <= 40 && TICKER_AHEAD.test(text.slice(at, at + 40));
}

/**
 * A currency's quote code as wire copy writes it after the currency's name, unbracketed: "The peso MXN = MEX01 rose to
 * its strongest level" (Reuters of 19 May 2009), "the Singapore dollar SGD = fell". Three capitals and "=" after a word
 * in lower case, then another code with digits or the verb: the tagger made "MEX01" the subject of "rose"
 * ("MEX01 rose to its strongest level"); blanked, the subject is the currency the sentence names. Not "CCP =
 * China", an equation after a verb, whose right side is a name.
 */
const QUOTE_CODE = /(?<=\p{Ll} )\p{Lu}{3} ?= ?(?:\p{Lu}{2,5}\d{1,3}(?= )|(?= \p{Ll}))/gu;

/**
 * The text with every bracketed ticker, and every currency's quote code, replaced by as many spaces: the same length,
 * every offset kept.
 */
export function blankTickers(text: string): string {
  return blankTickersOf(text).all;
}

/**
 * `all`: the text as `blankTickers` gives it, for the linguistic layer; `wire`: as `blankWireTickers` gives it, for the
 * actors' tokeniser. In a text without "=" (no quote code) the second is a step of the first, taken once for both.
 */
export function blankTickersOf(text: string): { all: string; wire: string } {
  const wire = blankWireTickers(text);
  const codes = text.includes('=') ? text.replace(QUOTE_CODE, (m) => ' '.repeat(m.length)) : text;
  const quoted = codes === text ? wire : blankWireTickers(codes);
  return { all: quoted.includes('.') ? quoted.replace(TICKER, (m) => ' '.repeat(m.length)) : quoted, wire };
}

/** Words of a title without the tickers among them: "BP Plc (BP.L) said" → "BP Plc said". */
export function withoutTickers(words: string): string {
  const bare = wireTickers(words, () => '\uFFFC').replace(/ \uFFFC/g, '');
  return bare.includes('(') ? bare.replace(TICKER_IN_TITLE, '') : bare;
}

/**
 * A line that ends inside a ticker's brackets, "BP Plc (BP.", "Royal Dutch Shell (RDSa.", "(MAR..", and the line that
 * goes on with it, "L) will give ...", "L), ConocoPhillips (COP.": one ticker cut at its dot by a collection stored one
 * sentence per line (clean.ts puts the two lines back together).
 */
const TICKER_CUT = /\([\p{Lu}\d][\p{L}\d]{0,7}\.\.?$/u;
const TICKER_END = /^\p{Lu}{1,3}(?:[,)]|\s*,)/u;

export function tickerCutBetween(line: string, next: string): boolean {
  return TICKER_CUT.test(line) && TICKER_END.test(next);
}
