import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { analyseText } from '../nlp/analyse';
import { segmentSentences } from '../segment';

const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

// Reuters 1987, the Iran-Iraq war: a party's word on the fighting was told as fact.
describe('events: a party to a war tells its fighting claims (claim:combat-told-by-party)', () => {
  it('keeps the sayer of a claim of victories, casualties and raids', () => {
    const victories = 'Iran said it had achieved important victories against Iraq on the southern war fronts last night.';
    const v = dated(victories, '1987-04-07');
    expect(v.map((m) => m.title)).toEqual(['Iran said it had achieved important victories against Iraq']);
    expect(v[0].rules).toContain('claim:combat-told-by-party');
    const injured =
      "Iran said several people were injured in Monday's U.S. Attack on an Iranian offshore oil site and vowed retaliation, Tehran radio reported.";
    expect(dated(injured, '1987-10-19').map((m) => m.title)).toEqual(["Iran said several people were injured in Monday's U.S. attack"]);
    // ("its warplanes" is the sayer's, written in the title.)
    const raids = "Iraq said its warplanes launched two bombing raids on Iran's offshore Nowruz oilfield in the northern Gulf today.";
    const r = dated(raids, '1987-03-23');
    expect(r.map((m) => m.title)).toEqual(["Iraq said its warplanes launched two bombing raids on Iran's offshore Nowruz oilfield"]);
    expect(r[0].rules).toContain('title:with-sayer');
    // (Its forces: a word of war only, no second state named.)
    const basra =
      'Iran earlier today said its forces launched fresh attacks near Basra last night, adding that 1,200 Iraqis were killed or wounded in fighting near Fish Lake, 10 km east of Basra.';
    expect(dated(basra, '1987-03-05').map((m) => m.title)).toEqual(['Iran said its forces launched fresh attacks near Basra']);
  });

  it('leaves a neutral source and a company alone', () => {
    // (A shipping intelligence service is no party: the attack is told as the wire tells it.)
    const pamit =
      'Lloyds Shipping Intelligence earlier today said the Greek bulk carrier Pamit, 84,137 tonnes dw, was attacked and hit in the engine room this morning in the northern Gulf.';
    const p = dated(pamit, '1987-04-29');
    expect(p.map((m) => m.title)).toEqual(['The Greek bulk carrier Pamit was hit in the engine room']);
    expect(p[0].rules).not.toContain('claim:combat-told-by-party');
    const dow = 'Dow Chemical Co said it sold its stake in the venture last week.';
    const d = dated(dow, '1987-03-02');
    expect(d.map((m) => m.title)).toEqual(['Dow Chemical Co sold its stake in the venture']);
    expect(d[0].rules).not.toContain('claim:combat-told-by-party');
  });

  it('leaves a toll of nature, health or business told by a state agency or a company', () => {
    // (No second party and no word of war only: the clause is the fact, told as before.)
    const cases: Array<[string, string]> = [
      ['A senior Indian health official said the heatwave killed 54 people in Uttar Pradesh last week.', 'The heatwave killed 54 people in Uttar Pradesh'],
      ['The U.S. Geological Survey said the earthquake destroyed 200 homes in Nepal on Friday.', 'The earthquake destroyed 200 homes in Nepal'],
      ['The French health ministry said the virus killed 12 people last week.', 'The virus killed 12 people'],
      ['The Kenyan electoral commission said Ruto won a narrow victory in the election on Monday.', 'Ruto won a narrow victory in the election'],
    ];
    for (const [sentence, title] of cases) {
      const m = dated(sentence, '2015-04-27');
      expect(m.map((x) => x.title)).toEqual([title]);
      expect(m[0].rules).not.toContain('claim:combat-told-by-party');
    }
  });

  it('reads a military spokesman or communique as a party, before or after the claim', () => {
    const pumping = "In Baghdad, a military spokesman said Iraqi warplanes today destroyed an oil pumping station and a production unit at Iran's Ahvaz field.";
    expect(dated(pumping, '1987-04-08')[0].rules).toContain('claim:combat-told-by-party');
    // (The sayer written after the claim stays after it; the wire's sentence of 8 April 1987 with its sayer moved last.)
    const after = 'Iraqi warplanes today destroyed an oil pumping station, a military spokesman said.';
    const r = dated(after, '1987-04-08');
    expect(r.map((m) => m.title)).toEqual(['Iraqi warplanes destroyed an oil pumping station, a military spokesman said']);
    expect(r[0].rules).toEqual(expect.arrayContaining(['claim:combat-told-by-party', 'title:with-sayer-after']));
    // (A communique on prices is no party's fighting claim: no word of combat.)
    const opec = "OPEC's communique said oil prices fell today.";
    expect(dated(opec, '1987-04-08').every((m) => !m.rules.includes('claim:combat-told-by-party'))).toBe(true);
  });

  it('dates "overnight" the night before the report (deictic:overnight)', () => {
    const fortifications =
      "LONDON, March 1 - Iran said its forces had captured one of Iraq's strongest fortifications east of Basra on the Gulf War southern front in a major battle overnight.";
    const f = dated(fortifications, '1987-03-01');
    expect(f.map((m) => m.title)).toEqual(["Iran said its forces had captured one of Iraq's strongest fortifications"]);
    expect(f[0].time?.value).toBe('1987-02-28');
    const repelled = 'Iraq said its troops repelled an overnight Iranian attack east of the southern port city of Basra.';
    expect(dated(repelled, '1987-03-03').map((m) => m.time?.value)).toEqual(['1987-03-02']);
  });

  it('keeps no sayerless claim when the sayer cannot be written (claim:combat-without-sayer)', () => {
    const tehran =
      'Tehran radio, monitored by the British Broadcasting Corporation, said the attack was launched last night in the Haj Omran area of northern Iraq.';
    expect(dated(tehran, '1987-03-04').map((m) => m.title)).toEqual([]);
    expect(whyNot(tehran, '1987-03-04')).toContain('launched:claim:combat-without-sayer');
  });
});

describe('events: a noun, a gerund and a bare noun are one compound (title:gerund-compound-kept)', () => {
  it('keeps "an oil pumping station" whole', () => {
    const pumping = "In Baghdad, a military spokesman said Iraqi warplanes today destroyed an oil pumping station and a production unit at Iran's Ahvaz field.";
    const p = dated(pumping, '1987-04-08');
    // (A military spokesman is a party's voice: the claim keeps its sayer.)
    expect(p.map((m) => m.title)).toEqual(['A military spokesman said Iraqi warplanes destroyed an oil pumping station']);
    expect(p[0].rules).toContain('claim:combat-told-by-party');
    expect(p[0].rules).toContain('title:gerund-compound-kept');
    // (A time after the compound ends it: T17 bpoil, Fox News.)
    const jindal =
      'Jindal, who visited one of the affected pelican nesting grounds Sunday, said the berms would close the door on oil still pouring from a mile-deep gusher.';
    expect(dated(jindal, '2010-05-24').map((m) => m.title)).toContain('Jindal visited one of the affected pelican nesting grounds');
    // (A participle on a noun whose object is a title before a name is no compound: T17 H1N1, the Guardian.)
    const decree = 'The Mexican government yesterday issued a decree authorising President Felipe Calderon to isolate people.';
    expect(dated(decree, '2009-04-26').map((m) => m.title)).toEqual(['The Mexican government issued a decree']);
  });
});

describe('"Gulf shipping sources" is one phrase; "set ... on fire" keeps its state', () => {
  const pivot = 'Gulf shipping sources yesterday reported an Iranian warship had set the Cypriot supertanker Pivot on fire with a missile.';
  it('reads "shipping" as a word of the sources (ing-word-between-name-and-plural-subject)', () => {
    const a = analyseText(pivot, segmentSentences(pivot));
    expect(a.retags.map((r) => r.rule)).toContain('ing-word-between-name-and-plural-subject');
    const m = dated(pivot, '1987-03-17');
    expect(m.map((x) => x.title)).toEqual(['Gulf shipping sources reported an Iranian warship had set Pivot on fire']);
    expect(m[0].rules).toContain('title:object-state-kept');
  });
});
