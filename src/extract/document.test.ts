import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from './clean';
import { datelinePlace, datelinePlaceAt, describeDocument, findCitedSources, headerSpans, headlineBeforeNextClause, headlineOfRunInTitle } from './document';
import { segmentSentences, splitHeadlineFromStandfirst } from './segment';
import type { HtmlMeta } from './types';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const describeText = (raw: string, meta: HtmlMeta = {}) => describeDocument({ id: 'doc.txt', raw, clean: cleanText(raw), meta });

const BODY =
  'North Korean leader Kim Jong Un met Russian Defence Minister Andrei Belousov in Pyongyang, and the two sides pledged to expand military cooperation.';

describe('describeDocument', () => {
  it('dates a saved page from its byline, not from the May 2025 dates of other stories in its chrome', () => {
    const doc = describeText(fixture('saved-page-chrome.txt'));
    expect(doc.title).toBe('North Korea Extends Warm Welcome to Russia’s Defense Minister');
    expect(doc.published).toEqual({ value: '2024-11-30', precision: 'day', basis: 'byline', text: 'November 30, 2024' });
  });

  it('names the publisher from the copyright footer "2025 © Euro News Source. All Rights Reserved."', () => {
    expect(describeText(fixture('saved-page-chrome.txt')).publisher).toBe('Euro News Source');
  });

  it('names a wire story\'s agency from its byline "By Amina Yusuf, Reuters" or its dateline "(AP) —", not a photo credit', () => {
    expect(describeText(`Ethiopia opens its dam\nBy Amina Yusuf, Reuters\nPublished 9 September 2025\n${BODY}`).publisher).toBe('Reuters');
    expect(describeText(`Dockworkers end strike\n\nWASHINGTON (AP) — ${BODY}`).publisher).toBe('Associated Press');
    expect(describeText(`Dockworkers end strike\nPhoto: AP, October 4, 2024\n${BODY}`).publisher).toBeNull();
  });

  it('names a saved page\'s site from its <title> suffix "... - Aegean Times", but not from "... - live"', () => {
    expect(describeText(BODY, { title: 'Thousands evacuated as wildfire near Athens spreads - Aegean Times' }).publisher).toBe('Aegean Times');
    expect(describeText(BODY, { title: 'Russia-Ukraine war in maps - live' }).publisher).toBeNull();
  });

  it('lists any named source after "according to" ("Eurostat"), but not "North" of "North Korea\'s state media"', () => {
    const text = `Gas supplies fell\nBy Marta Kowalska\nNovember 3, 2025\n${BODY} By 2024 that share had fallen below 10%, according to Eurostat. The pipelines were damaged, according to North Korea's state media.`;
    expect(describeText(text).citedSources).toEqual(['Eurostat']);
  });

  it('does not list the agency that wrote a story among the sources it cites', () => {
    expect(describeText(`Dockworkers end strike\n\nWASHINGTON (AP) — ${BODY}`).citedSources).not.toContain('AP');
  });

  it('dates a story from its dateline "Seoul, December 1, 2024 –"', () => {
    const doc = describeText(fixture('generated-with-references.txt'));
    expect(doc.published).toEqual({ value: '2024-12-01', precision: 'day', basis: 'dateline', text: 'December 1, 2024' });
    expect(doc.publisher).toBeNull();
  });

  it('reads "By Jane Doe | November 30, 2024" and "Published: 30 Nov 2024" bylines', () => {
    expect(describeText(`Kim hosts Belousov in Pyongyang\nBy Jane Doe | November 30, 2024\n${BODY}`).published?.value).toBe('2024-11-30');
    expect(describeText(`Kim hosts Belousov in Pyongyang\nPublished: 30 Nov 2024\n${BODY}`).published).toMatchObject({ value: '2024-11-30', basis: 'byline' });
  });

  it('dates wire copy from the timestamp glued to its year, never from "Updated 2 hours ago"', () => {
    const raw =
      'Germany, France, Poland vow to buy more arms for Ukraine after Berlin talks\nBy Andreas Rinke and John Irish\nMarch 15, 20246:12 PM GMT+1Updated 2 hours ago\n\nBERLIN, March 15 (Reuters) - ' +
      BODY;
    expect(describeText(raw).published).toEqual({ value: '2024-03-15', precision: 'day', basis: 'byline', text: 'March 15, 20246:12 PM GMT+1' });
  });

  it('takes "Published" over "Updated" in a byline that gives both', () => {
    const raw =
      'Speaker Johnson under pressure as Ukraine aid bill languishes\nBy Jane Smith | Published 9:02 AM EDT, Mon March 18, 2024 | Updated 3:45 PM EDT, Tue March 19, 2024\n' +
      BODY;
    expect(describeText(raw).published?.value).toBe('2024-03-18');
  });

  it('keeps the precision a byline gives: "June 2024" is a month', () => {
    expect(describeText(`Kim hosts Putin\nBy Staff | June 2024\n${BODY}`).published).toMatchObject({ value: '2024-06', precision: 'month' });
  });

  it('prefers the HTML metadata date, as written, over anything in the text', () => {
    const doc = describeText(BODY, { title: 'Kim hosts Belousov | Korea Wire', publisher: 'Korea Wire', published: '2024-11-30T23:30:00-05:00' });
    expect(doc).toMatchObject({
      title: 'Kim hosts Belousov',
      publisher: 'Korea Wire',
      published: { value: '2024-11-30', precision: 'day', basis: 'metadata' },
    });
  });

  describe('a wire dateline without a year ("BALTIMORE, April 5 (Reuters) -")', () => {
    const KEY_BRIDGE =
      'Salvage crews lift first containers off ship that hit Baltimore bridge\nBALTIMORE, April 5 (Reuters) - Salvage crews on Friday began lifting containers off the cargo ship that struck the Francis Scott Key Bridge on March 26, as officials said a temporary channel could open within weeks. The port handled a record 52.3 million tons of foreign cargo in 2023, and its busiest month was June 2023. Officials said the new bridge will open in October 2028.';

    it('is the publication date, with the year of the latest month or day the story reports', () => {
      expect(describeText(KEY_BRIDGE).published).toEqual({ value: '2024-04-05', precision: 'day', basis: 'dateline', text: 'April 5' });
    });

    it('takes no year from a date in a sentence about the future, nor from a year alone, nor against the weekday of its lead', () => {
      const onlyFuture = KEY_BRIDGE.replace('The port handled a record 52.3 million tons of foreign cargo in 2023, and its busiest month was June 2023. ', '');
      expect(describeText(onlyFuture)).toMatchObject({ published: null, datelineDay: { month: 4, day: 5, text: 'April 5' } });
      expect(describeText(KEY_BRIDGE.replace(', and its busiest month was June 2023', '')).published).toBeNull();
      // 5 April 2024 was a Friday: "on Tuesday" says the year is another one, which the text does not give.
      expect(describeText(KEY_BRIDGE.replace('on Friday', 'on Tuesday')).published).toBeNull();
    });

    it('takes its year from the given date, and wins over it by the days a page index lags behind', () => {
      const raw =
        'Swine flu chatter spreads online\nBy Sue Zeidler and Steve Gorman LOS ANGELES, April 28 (Reuters) - Swine flu chatter spread swiftly through blogs and social network sites like Twitter and Facebook on Tuesday.';
      expect(describeText(raw, { published: '2009-04-29' }).published).toEqual({ value: '2009-04-28', precision: 'day', basis: 'dateline', text: 'April 28' });
      const newYear =
        'BP sues Halliburton\nHOUSTON, Dec 30 (Reuters) - BP sued Halliburton on Thursday over the cement job on the well that blew out in April.';
      expect(describeText(newYear, { published: '2011-01-02' }).published?.value).toBe('2010-12-30');
    });

    it('leaves the given date alone when the dateline is weeks away from it, or belongs to the second story of a page', () => {
      const far = 'BP sues Halliburton\nHOUSTON, Dec 8 (Reuters) - BP sued Halliburton on Thursday over the cement job on the well that blew out in April.';
      expect(describeText(far, { published: '2011-01-05' }).published).toMatchObject({ value: '2011-01-05', basis: 'metadata' });
      const twoStories =
        'HOUSTON/PORT FOURCHON, Louisiana (Reuters) -- BP on Thursday geared up for its latest attempt to control a gushing undersea well.\nHOUSTON, May 8 (Reuters) -- A natural gas cloud enveloped a Gulf of Mexico offshore oil rig leased by BP and exploded, according to accounts by survivors of the accident.';
      expect(describeText(twoStories, { published: '2010-05-14' }).published).toMatchObject({ value: '2010-05-14', basis: 'metadata' });
    });

    it('takes the day of a photo caption that opens the page after its date as the day written (caption-after-page-date)', () => {
      const raw =
        'June 4: Oil is seen gushing around the cap placed by BP during efforts to contain the Deepwater Horizon leak in the Gulf.\n' +
        "The BP catastrophe arrived with the tide on the Florida Panhandle's white sands Friday as the company worked to adjust a cap over the gusher.\n";
      expect(describeText(raw, { published: '2010-06-03' }).published).toEqual({ value: '2010-06-04', precision: 'day', basis: 'dateline', text: 'June 4' });
      // (A caption of an earlier day is a file photo's.)
      expect(describeText(raw, { published: '2010-06-05' }).published).toMatchObject({ value: '2010-06-05', basis: 'metadata' });
    });
  });

  it('returns no date for a story with no byline or dateline, even when it mentions dates', () => {
    const raw =
      'Russian Defense Minister Andrei Belousov has made headlines during his recent visit to North Korea, arriving on November 29, 2024, amid growing collaboration between Moscow and Pyongyang.';
    expect(describeText(raw).published).toBeNull();
  });

  it('titles a story that starts straight with its body by the first clause of its first sentence', () => {
    const raw =
      'Russian Defense Minister Andrei Belousov has made headlines during his recent visit to North Korea, arriving on November 29, 2024, amid growing collaboration between Moscow and Pyongyang. This meeting signifies strategic interests.';
    expect(describeText(raw).title).toBe('Russian Defense Minister Andrei Belousov has made headlines during his recent visit to North Korea');
  });

  it('cuts a long first clause before "amid" and keeps titles at about 100 characters', () => {
    const raw =
      'North Korean leader Kim Jong Un has reaffirmed his unwavering support for the Russian Federation amid rising tensions with the United States and its allies in the region. More text follows here.';
    expect(describeText(raw).title).toBe('North Korean leader Kim Jong Un has reaffirmed his unwavering support for the Russian Federation');
    const endless =
      'Officials from the two neighbouring countries gathered in the capital to discuss trade routes and railway links and fishing rights and more. Next.';
    expect(describeText(endless).title.length).toBeLessThanOrEqual(100);
  });
});

describe('a title from the first line of a page saved as plain text', () => {
  const titleOf = (first: string) => describeText(`${first}\nThe second paragraph goes on with more of the story.`).title;

  it('leaves a wire dateline out: "PASS CHRISTIAN, Mississippi (Reuters) -", "(Reuters) -", "OCEAN SPRINGS, Miss. --"', () => {
    expect(titleOf('PASS CHRISTIAN, Mississippi (Reuters) - Fishermen filed claims against the oil company on Monday.')).toBe(
      'Fishermen filed claims against the oil company on Monday',
    );
    expect(titleOf('(Reuters) - The company said it would pay the claims.')).toBe('The company said it would pay the claims');
    expect(titleOf("OCEAN SPRINGS, Miss. -- The fund's administrator issued a final payment to fishermen.")).toBe(
      "The fund's administrator issued a final payment to fishermen",
    );
  });

  it('takes the headline run into its lead with no stop ("... wake-up call As more oil drifts ..."), not a name inside it', () => {
    expect(titleOf("Oil spill is BP's wake-up call As more oil drifts towards the delta, the company counts the cost.")).toBe("Oil spill is BP's wake-up call");
    expect(titleOf('Girl tests positive for swine flu Year seven pupils from her school were sent home on Friday.')).toBe('Girl tests positive for swine flu');
    // "over Gulf of Mexico" goes on with a name: no headline ends there
    expect(titleOf('Shares fall over Gulf of Mexico costs.')).toBe('Shares fall over Gulf of Mexico costs');
  });

  it('takes a caption run into a lead that opens with a name and its verb, not a name its descriptor leads to', () => {
    expect(titleOf('BP faces 7-year offshore drilling ban BP has already accepted its guilt in a separate accident.')).toBe(
      'BP faces 7-year offshore drilling ban',
    );
    expect(titleOf('Swine flu found on China mainland People in China are taking no chances in the fight against the virus.')).toBe(
      'Swine flu found on China mainland',
    );
    // a descriptor ("deep-sea explorer", "Oil giant") or an adjective ("stormy") goes on with its name
    expect(titleOf('Film director and deep-sea explorer James Cameron said on Wednesday the company turned him down.')).toMatch(
      /^Film director and deep-sea explorer James Cameron said/,
    );
    expect(titleOf('Diesel fuel from a barge that sank in stormy Lake Huron has reached the shoreline.')).toBe(
      'Diesel fuel from a barge that sank in stormy Lake Huron has reached the shoreline',
    );
  });

  it('reads a wire dateline inside the first line: the headline before it, or the lead after a credit, a byline or a slug', () => {
    expect(titleOf('Trial to parse Gulf spill blame set for Feb 2012 NEW YORK Oct 6 (Reuters) - The judge overseeing the case set a date.')).toBe(
      'Trial to parse Gulf spill blame set for Feb 2012',
    );
    expect(titleOf('S. Navy photo/Handout ROBERT, Louisiana (Reuters) - Engineers explored options on Sunday to control the oil.')).toBe(
      'Engineers explored options on Sunday to control the oil',
    );
    expect(titleOf('Ben Judah, Alina Selyukh MOSCOW/WASHINGTON (Reuters) - His face showed his age.')).toBe('His face showed his age');
    expect(titleOf('UPDATE 4-US says most spill oil is gone By Deborah Zabarenko WASHINGTON (Reuters) - Most oil is gone.')).toBe(
      'US says most spill oil is gone',
    );
    expect(titleOf('NEW YORK, April 30 | NEW YORK, April 30 (Reuters) - Containment costs could top $3 billion.')).toBe(
      'Containment costs could top $3 billion',
    );
    // (and with no city: "May 30 (Reuters) - ", "July 23 | July 23 (Reuters) - ")
    expect(titleOf('May 30 (Reuters) - Containment costs could top $3 billion.')).toBe('Containment costs could top $3 billion');
    expect(titleOf('July 23 | July 23 (Reuters) - Containment costs could top $3 billion.')).toBe('Containment costs could top $3 billion');
  });

  it('titles a wire page by its lead, not by the photo caption or another headline on the line above its time stamp', () => {
    const page = (top: string) =>
      describeText(
        `${top}\nMEXICO CITY | Fri Apr 24, 2009 7:50 pm EDT MEXICO CITY (Reuters) - A strain of flu never seen before has killed up to 60 people in Mexico, health officials said on Friday.\nMore follows.`,
      ).title;
    expect(page('A police woman wears a mask in Mexico City April 24, 2009.')).toMatch(/^A strain of flu never seen before has killed up to 60 people/);
    expect(describeText('LONDON (Reuters) - BP Plc (BP.L) said on Monday that waiver clauses were void.').title).toBe(
      'BP Plc said on Monday that waiver clauses were void',
    );
    expect(page('Helicopter crashes into crane on London tower, kills two.')).toMatch(/^A strain of flu/);
    // a headline (no full stop) above the time stamp is the story's
    expect(page('Special report: Will the cleanup make the BP oil spill worse?')).toBe('Special report: Will the cleanup make the BP oil spill worse?');
  });

  it('ends at a bullet read as "cents" ("... out of work cents Giant oil tanker sent ...")', () => {
    expect(titleOf('Freeze on drilling has put thousands out of work cents Giant tanker sent out to collect oil')).toBe(
      'Freeze on drilling has put thousands out of work',
    );
  });

  it('reads "Dr." and "U.S." inside a sentence, and gives a scene-setting clause its sentence', () => {
    expect(titleOf('For days now, Dr. Ann Reed and other physicians have seen fishermen with headaches.')).toBe(
      'For days now, Dr. Ann Reed and other physicians have seen fishermen with headaches',
    );
    expect(titleOf('Before the oil spill, the U.S. Coast Guard had planned for a smaller leak.')).toBe(
      'Before the oil spill, the U.S. Coast Guard had planned for a smaller leak',
    );
  });

  it('cuts a long title on a word that is no article or preposition, and says so with "…"', () => {
    const title = titleOf(
      'Officials from the coastal parishes met the company on Thursday to discuss the slow payment of claims by the fund to the fishermen of the whole Gulf of Mexico coast.',
    );
    expect(title).toMatch(/…$/);
    expect(title.length).toBeLessThanOrEqual(100);
    expect(title).not.toMatch(/\s(?:of|the|to|by)…$/);
  });
});

describe('findCitedSources', () => {
  it('gives an agency its full name once when the text spells it out: "Korean Central News Agency (KCNA)"', () => {
    expect(findCitedSources('This meeting, reported by the Korean Central News Agency (KCNA), comes amid scrutiny. KCNA said more.')).toEqual([
      'Korean Central News Agency',
    ]);
  });

  it('keeps the acronym when only the acronym is written', () => {
    expect(findCitedSources('North Korea’s state news agency KCNA hailed the meeting as a historic event.')).toEqual(['KCNA']);
  });

  it('finds intelligence services and ministries named in attributions, in reading order', () => {
    const text =
      "The visit was officially confirmed by Russia's Defense Ministry. According to assessments from U.S. and South Korean intelligence, troops were sent. Reports from South Korea's spy agency indicate more.";
    expect(findCitedSources(text)).toEqual(["Russia's Defense Ministry", 'U.S. and South Korean intelligence', "South Korea's spy agency"]);
  });

  it('counts agencies listed under "References:" after those cited in the text', () => {
    const removed = ['References:', '- Korean Central News Agency (KCNA). (November 30, 2024).', '- Yonhap News Agency. (December 1, 2024).'];
    expect(findCitedSources('The report was published by the Korean Central News Agency (KCNA).', removed)).toEqual([
      'Korean Central News Agency',
      'Yonhap News Agency',
    ]);
  });

  it('does not count people or vague "reports" as sources', () => {
    expect(findCitedSources('Blinken said the visit was desperate. Reports suggest North Korea could receive technology.')).toEqual([]);
  });

  it('finds an outlet that "reported" or "said"', () => {
    expect(findCitedSources('The Korea Herald reported that the talks lasted two hours.')).toEqual(['The Korea Herald']);
  });
});

describe('headerSpans', () => {
  it('covers a wire dateline a desk marked with asterisks, so its day dates no happening', () => {
    const text =
      'INDIA BOUGHT AT LEAST EIGHT CARGOES SUGAR--TRADE\n****LONDON, March 5 - India bought eight cargoes of white sugar at a buying tender this week but also gave sellers options to sell an extra eight cargoes at the same prices, traders said.';
    const spans = headerSpans(text).map(([a, b]) => text.slice(a, b));
    expect(spans).toEqual(['LONDON, March 5 - ']);
  });

  it('covers byline and timestamp lines and a wire dateline, not the story', () => {
    const text =
      'Russian missiles kill 20 in Odesa\nBy HANNA ARHIROVA and SUSIE BLANN\nUpdated 10:21 AM EDT, Sat March 16, 2024\nKYIV, Ukraine (AP) — Russian ballistic missiles slammed into the Black Sea port city of Odesa on Friday, killing 20 people and wounding more than 70 others.';
    const spans = headerSpans(text).map(([a, b]) => text.slice(a, b));
    expect(spans).toEqual(['Updated 10:21 AM EDT, Sat March 16, 2024', 'KYIV, Ukraine (AP) — ']);
  });

  it("covers a byline and a wire dateline that open the first paragraph, up to the story's first word", () => {
    const text =
      'Swine flu chatter spreads online\nBy Sue Zeidler and Steve Gorman LOS ANGELES, April 28 (Reuters) - Swine flu chatter spread swiftly through blogs on Tuesday.';
    const spans = headerSpans(text).map(([a, b]) => text.slice(a, b));
    expect(spans).toEqual(['By Sue Zeidler and Steve Gorman LOS ANGELES, April 28 (Reuters) - ']);
  });

  it('covers "By Jane Smith | Published ... | Updated ..." below a dek, and "BERLIN, March 15 (Reuters) - "', () => {
    const text =
      'Speaker Johnson under pressure\nA bipartisan push to force a vote is gaining signatures, but the House leader is weighing his own plan.\nBy Jane Smith | Published 9:02 AM EDT, Mon March 18, 2024 | Updated 3:45 PM EDT, Tue March 19, 2024\nBERLIN, March 15 (Reuters) - The leaders of Germany, France and Poland pledged on Friday to buy more weapons.';
    const spans = headerSpans(text).map(([a, b]) => text.slice(a, b));
    expect(spans).toEqual([
      'By Jane Smith | Published 9:02 AM EDT, Mon March 18, 2024 | Updated 3:45 PM EDT, Tue March 19, 2024',
      'BERLIN, March 15 (Reuters) - ',
    ]);
  });

  it('covers a dateline written without a comma before its date: "ATLANTA Oct 21 (Reuters Legal) - "', () => {
    const text = 'Groups sue over wildlife\nATLANTA Oct 21 (Reuters Legal) - Environmental groups filed a suit on Wednesday against the company.';
    const spans = headerSpans(text).map(([a, b]) => text.slice(a, b));
    expect(spans).toEqual(['ATLANTA Oct 21 (Reuters Legal) - ']);
  });

  it('covers a dateline with a day and no city, "Jan 11 (Reuters) - ", not a sentence that opens with a day', () => {
    const text = 'Jan 11 (Reuters) - The BP oil spill in the Gulf of Mexico killed 11 workers and unleashed the worst offshore oil spill in U.S. history.';
    expect(headerSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(['Jan 11 (Reuters) - ']);
    const story = 'April 20 (the day of the blast) - eleven men died on the rig.';
    expect(headerSpans(story)).toEqual([]);
  });
});

describe('headlineOfRunInTitle', () => {
  const titleOf = (raw: string) => {
    const clean = cleanText(raw);
    const doc = describeDocument({ id: 'doc.md', raw, clean, meta: {} });
    const sentences = splitHeadlineFromStandfirst(clean.text, segmentSentences(clean.text));
    return { before: doc.title, after: headlineOfRunInTitle(doc.title, clean.text, sentences) };
  };

  it('titles a BBC page by the headline its first line ran into the standfirst, not by a hundred characters of both', () => {
    const { before, after } = titleOf(
      'Gulf of Mexico oil leak bill reaches $450m BP says the oil spill in the Gulf of Mexico has cost it $450m so far, as it battles to stop the leak.\nThe company said it was spending $6m a day.\n',
    );
    expect(before.startsWith('Gulf of Mexico oil leak bill reaches $450m BP says')).toBe(true);
    expect(after).toBe('Gulf of Mexico oil leak bill reaches $450m');
  });

  it('keeps the title of a first line that is one sentence, and a wire dateline cut at its dash', () => {
    expect(titleOf('BP shares fall as the leak goes on.\nThe company said on Monday that it was working hard.\n').after).toBe(
      'BP shares fall as the leak goes on',
    );
    const dateline = titleOf(
      'ON THE GULF OF MEXICO -- A 100-ton concrete-and-steel contraption designed to siphon off the oil gushing from a blown-out well was lowered on Friday.\nIt took hours.\n',
    );
    expect(dateline.after).toBe(dateline.before);
  });
});

describe('datelinePlace', () => {
  it('reads the place a wire dateline files the story from, as a title writes it', () => {
    expect(datelinePlace('ROME (Reuters) - Serena Williams won the title here on Sunday.')).toBe('Rome');
    expect(datelinePlace('NEW YORK, MARCH 13 - Mobil Corp made a 15 pct reduction in its long term debt in 1986.')).toBe('New York');
    expect(datelinePlace('PASS CHRISTIAN, Mississippi (Reuters) - Fishermen and tourism operators ...')).toBe('Pass Christian, Mississippi');
    // (A photo credit's agency before the city, Fox News.)
    expect(datelinePlace('AP GRAND ISLE, La. -- Officials closed the public beach here Friday as thick gobs of oil washed up.')).toBe('Grand Isle, La.');
    // (The state after the city is the place's: "in Paris" alone is France.)
    expect(datelinePlace('PARIS, Texas (Reuters) - Firefighters fought the blaze here on Saturday.')).toBe('Paris, Texas');
    expect(datelinePlace('MCALLEN, Texas (Reuters) - Agents seized the truck here on Friday.')).toBe('McAllen, Texas');
    // (A day with no city, and no dateline at all: no place.)
    expect(datelinePlace('Jan 11 (Reuters) - The BP oil spill in the Gulf of Mexico killed 11 workers.')).toBeNull();
    expect(datelinePlace('Officials opened the new hospital here on Monday.')).toBeNull();
  });

  it('says where the dateline writes its place (datelinePlaceAt), for the reader to see what "here" stands for', () => {
    const at = (text: string) => {
      const p = datelinePlaceAt(text);
      return p ? text.slice(p.start, p.end) : null;
    };
    expect(at('ROME (Reuters) - Serena Williams won the title here on Sunday.')).toBe('ROME');
    expect(at('NEW YORK, MARCH 13 - Mobil Corp made a 15 pct reduction.')).toBe('NEW YORK');
    expect(at('PASS CHRISTIAN, Mississippi (Reuters) - Fishermen and tourism operators ...')).toBe('PASS CHRISTIAN, Mississippi');
    expect(at('AP GRAND ISLE, La. -- Officials closed the public beach here Friday.')).toBe('GRAND ISLE, La.');
    expect(at('# Farmers march\n\n  SARAGOSSA, March 2 - Thousands of Spanish farmers battled police in this northeastern city.')).toBe('SARAGOSSA');
    expect(at('Officials opened the new hospital here on Monday.')).toBeNull();
  });
});

describe("describeDocument: a blog entry's time stamp", () => {
  it('titles a BBC blog entry by its first words, not "09:27 UK time, Friday, 28 May 2010"', () => {
    const raw =
      '09:27 UK time, Friday, 28 May 2010 The amount has risen since Saturday, and implies more than half the estimated 12,000 to 19,000 barrels leaking each day is now being captured.\nThe spill goes on.\n';
    expect(describeText(raw).title).toBe('The amount has risen since Saturday');
  });
});

describe('findCitedSources: pieces of a phrase', () => {
  it('lists no title or initialism cut at its stop, and leaves the conjunction out: "As The New York Times reported"', () => {
    const nadler =
      'On Thursday BP ordered 60,000 gallons of Dispersit -- a less-toxic dispersant preferred by many environmentalists and lawmakers -- according to Rep. Jerrold Nadler (D-N.Y.), whose district includes Ground Zero.';
    expect(findCitedSources(nadler)).toEqual([]);
    expect(findCitedSources('As The New York Times reported on Sunday, the rig had failed a test.')).toEqual(['The New York Times']);
  });
});

describe('headlineBeforeNextClause', () => {
  const titleOf = (raw: string) => {
    const clean = cleanText(raw);
    const doc = describeDocument({ id: 'doc.md', raw, clean, meta: {} });
    const sentences = splitHeadlineFromStandfirst(clean.text, segmentSentences(clean.text));
    return headlineBeforeNextClause(headlineOfRunInTitle(doc.title, clean.text, sentences), clean.text, sentences);
  };

  it('ends a BBC title at its caption, before the lead that opens with a subject and its verb', () => {
    expect(
      titleOf(
        'Sea birds covered in spilt oil are being treated in Louisiana Oil spilling out of a ruptured pipeline in the Gulf of Mexico may reach the southern Florida coastline, a top coast guard official has told the US Senate.\nAny oil that does wash up is likely to be in the form of tarballs which are a "little easier to manage", Rear Adm Peter Neffenger said in testimony.\n',
      ),
    ).toBe('Sea birds covered in spilt oil are being treated in Louisiana');
    expect(
      titleOf(
        "BP sells Gulf of Mexico oil field assets to Marubeni BP faces paying out billions of dollars to compensate victims of the oil spill BP has said it will sell its interests in four Gulf of Mexico oil fields to Japan's Marubeni as part of its moves to pay for the oil spill there.\nThe deal, which is subject to regulatory approval, is expected to raise $650m (£413m).\n",
      ),
    ).toBe('BP sells Gulf of Mexico oil field assets to Marubeni');
  });

  it('ends it before a caption that quotes a speaker: "Doug Suttles of BP: ..."', () => {
    expect(
      titleOf(
        '\'Top kill \' BP operation to halt US oil leak fails Doug Suttles of BP: "We have been unable to overcome the flow" The latest attempt to stop the Gulf of Mexico oil leak has failed, the oil giant BP has said.\nBP said it would now try to cap the well.\n',
      ),
    ).toBe("'Top kill ' BP operation to halt US oil leak fails");
  });

  it('goes on through a name and a saying verb\'s words: "near New Orleans is", "Anglo-Iranian Oil Company", "tells Hayward BP ignored"', () => {
    const orleans =
      'Experts say that the newly discovered oil in Lake Pontchartrain near New Orleans is not likely to cause much environmental damage.\nThe oil came from the Gulf.\n';
    expect(titleOf(orleans)).toBe(describeText(orleans).title);
    const company =
      "BP's name is so besmirched in DC that restoring its old Anglo-Iranian Oil Company moniker could hardly worsen things.\nIt's partly political posturing, but there's a real threat too.\n";
    expect(titleOf(company)).toBe(describeText(company).title);
    expect(
      titleOf(
        'Congress tells Hayward BP ignored oil well dangers as the hearing went on for hours and hours in Washington on Thursday afternoon.\nHe was asked many questions.\n',
      ),
    ).not.toBe('Congress tells Hayward');
  });
});
