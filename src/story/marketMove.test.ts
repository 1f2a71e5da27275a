import { describe, expect, it } from 'vitest';
import { isMarketMove } from './marketMove';

describe('isMarketMove: a title that tells only that a price moved on a trading day', () => {
  // titles of the Timeline17 spill and flu coverage (BBC, Guardian, Reuters, Fox News, Washington Post) and 1987 Reuters wires
  it.each([
    "BP's share price once again fell",
    'BP shares fell 3.4%',
    'BP shares have closed up almost 7%',
    'Shares in BP fell a further 5%',
    'BP shares suffered during a choppy trading session',
    "BP's U.S.-listed shares closed down 3.13 percent",
    'Shares in BP and Transocean Ltd fell by more than 6 percent',
    "British energy giant BP Plc's stock price plunged",
    'The stock price of BP plunged more than 15 percent',
    'Shares of Japanese medical mask makers rose',
    'World stocks rallied',
    'BP shares took a beating',
    "Texaco's stock tumbled four points",
    'Anadarko recovered some 3% in early New York trading',
    'Cameron International dropped 0.7 percent in late trading',
    "Mitsubishi's share price fell 30 yen",
    'Share prices opened sharply higher',
  ])('"%s" is a market move', (title) => {
    expect(isMarketMove(title)).toBe(true);
  });

  it.each([
    // a subject that trades the shares, or an object that names them: something done
    'Jon Burnham sold his BP shares',
    "Supportive comments from Britain lift BP's shares",
    // the holding is no subject's head
    "BP's dramatic shares slump sparked a wider plunge",
    // an amount that changed, on no trading session: a figure the story reports
    'Mexico reported that industrial output fell 6.7 percent',
    'IPF reported a 40 percent rise in full-year pretax profit',
    'BP said the cost of its response had reached about $1.25 bn',
    // stocks counted by weight: goods held, not shares
    "Japan's rubber stocks fell to 44,980 tonnes",
    'Cpo stocks fell to an estimated 286,440 tonnes',
    // the story's own events
    "BP's Deepwater Horizon rig exploded",
    'BP completed the sale of its 35 percent interest in K-Power',
    'Henry Waxman and Bart Stupak sent Tony Hayward a letter',
  ])('"%s" is no market move', (title) => {
    expect(isMarketMove(title)).toBe(false);
  });
});
