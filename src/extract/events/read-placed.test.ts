import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

describe('titles a reader can place: the rumors, a form of what, a colon, "described as", the oil giant', () => {
  it('makes no event of an infinitive whose object only points back (object-cannot-be-placed:points-back)', () => {
    const rumors =
      "The head of BP's Russian operations was forced to deny the rumors on Friday, saying that BP has yet to decide exactly which assets to dispose of.";
    expect(whyNot(rumors, '2010-06-19')).toContain('forced:object-cannot-be-placed:points-back');
    const results = '"Preliminary tests turned positive last night," he said, adding that more tests had confirmed the results on Wednesday.';
    expect(whyNot(results, '2009-06-04')).toContain('confirmed:object-cannot-be-placed:points-back');
  });

  it('keeps the "of" phrase of "form", or gives no title', () => {
    const form =
      'The 1918 Spanish flu pandemic was caused by an H1N1 form of influenza A With the UK confirming two cases of swine flu and the World Health Organization raising its alert level from three to four, how serious a threat does the disease pose to us all?';
    expect(dated(form, '2009-04-28').map((m) => m.title)).toEqual([]);
    // (An object keeps it: RELATIONAL_NOUNS.)
    const found = dated(
      form.replace('The 1918 Spanish flu pandemic was caused by', 'Doctors in Mexico City found').replace(' from three to four', ' on Monday'),
      '2009-04-28',
    );
    expect(found.map((m) => m.title)).toEqual(['Doctors in Mexico City found an H1N1 form of influenza']);
    expect(found[0].rules).toContain('title:object-needs-its-phrase:relational');
  });

  it('gives no title across a colon (title-cannot-be-read:across-colon)', () => {
    const shimkus = 'Today one man has stepped forward: John Shimkus, Republican of Illinois.';
    const [m] = dated(shimkus, '2010-06-15');
    expect(m.title).toBe('One man has stepped forward John Shimkus');
    expect(m.rules).toContain('title-cannot-be-read:across-colon');
    // (A clock's colon is no break.)
    const clock = dated('Talks resumed at 6:30 pm on Friday.', '2010-06-15');
    expect(clock.flatMap((x) => x.rules)).not.toContain('title-cannot-be-read:across-colon');
  });

  it('takes the phrase before "described as" for the subject (subject:before-as-complement)', () => {
    const boys =
      'In an unrelated case reported by the U.S. military, two 16-year-old boys described as military family members were treated at an Air Force base clinic in Texas last month for what turned out to be swine flu.';
    const [m] = dated(boys, '2009-04-24');
    expect(m.title).toBe('Two 16-year-old boys were treated at an Air Force base clinic');
    // (The count is the phrase's determiner, kept in a short title: `title:count-kept`.)
    expect(m.rules).toContain('title:count-kept');
    expect(m.rules).toContain('subject:before-as-complement');
    // (After a preposition's phrase no subject stands whole.)
    const contacts = 'She said eight of the 10 people regarded as close contacts of the man from Ayrshire had been traced on Monday.';
    expect(whyNot(contacts, '2009-04-30')).toContain('traced:subject-is-as-complement');
  });

  it('makes no event of one of a group told of before (subject-cannot-be-placed:one-of-a-group)', () => {
    const children = 'One of the children was confirmed with H1N1 last week, and had recently been to Malta, a spokesman for the health authority said.';
    expect(whyNot(children, '2009-06-03')).toContain('confirmed:subject-cannot-be-placed:one-of-a-group');
    // ("One of the three leaks" counts the group; "the rig's workers" says whose.)
    const leaks = dated("One of the three leaks was capped on Monday. Two of the rig's workers died on Monday.", '2010-05-05');
    expect(leaks.map((m) => m.title)).toEqual(['One of the three leaks was capped', "Two of the rig's workers died"]);
  });

  it("names the article's company for a described one with no company just before (subject:article-company-described)", () => {
    const text = [
      'A mile below the ocean surface, BP began a new strategy to tackle the six-week-old drama.',
      'BP said it would use underwater robots.',
      'Obama raised the prospect of criminal prosecutions.',
      '"We will not rest until justice is done," Holder told reporters.',
      'The Justice Department will look for violations of the Clean Water Act.',
      "The oil giant's shares in London closed down 13 percent on Tuesday, at 430 pence, after falling by as much as 17 percent.",
    ].join('\n');
    const m = dated(text, '2010-06-01').find((x) => /closed down/.test(x.title));
    expect(m?.title).toBe("BP's shares in London closed down 13 percent");
    expect(m?.rules).toContain('subject:article-company-described');
    // (Not when a thing of another kind is named just before: "Exxon Valdez" holds another company's name.)
    const exxon = text.replace('"We will not rest until justice is done," Holder told reporters.', 'Damages for the Exxon Valdez spill were cut on appeal.');
    expect(dated(exxon, '2010-06-01').flatMap((x) => x.rules)).not.toContain('subject:article-company-described');
    // (No company named before: which company, the title cannot say, and the clause makes no event; subj42.)
    const alone = text.split('\n').slice(2).join('\n');
    expect(dated(alone, '2010-06-01').some((x) => /closed down/.test(x.title))).toBe(false);
    expect(whyNot(alone, '2010-06-01')).toContain('closed:subject-cannot-be-placed:described-company');
  });
});
