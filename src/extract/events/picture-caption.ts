/**
 * A photo caption in the wire's words: "In this June 1, 2010 file photo, workers collect oil that washed ashore from
 * last month's Deepwater Horizon oil rig explosion on Fourchon Beach Port Fourchon, La.." tells what a picture shows,
 * page furniture between the paragraphs; its relative clause ("oil that washed ashore from last month's ...
 * explosion") was dated by the explosion's month and titled as a happening (`photo-caption:in-this-picture`). Only a
 * sentence that opens with "In this" and a picture's noun before its first comma ("In this image taken from video
 * provided by BP PLC", "In this aerial photo"), or where "FILE -" or a caption's date label ("Aug. 3:") puts it:
 * "In this case they copied and pasted three ROV screen images" names no picture of its own and stays.
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';

const IN_THIS_PICTURE =
  /(?:^|\bFILE\s*[-–—]\s*|:\s+)In this\s+(?:[^.;:]{0,60}?\s)?(?:photo|photograph|image|picture|frame grab|still)s?\b(?:\s+(?:taken|made|released|provided|from|by|shot|shows?)\b|,|\s*$)/;

/** Why a clause is in a photo caption that opens "In this ... photo,", or null. */
export function inThisPictureRule(a: Analysis, c: Clause): string | null {
  return IN_THIS_PICTURE.test(a.sentences[c.sentence].text) ? 'photo-caption:in-this-picture' : null;
}
