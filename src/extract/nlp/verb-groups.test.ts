import { describe, expect, it } from 'vitest';
import { analyseText } from './analyse';
import { spanText, tokenText } from './tokens';

function groups(sentence: string) {
  const a = analyseText(sentence);
  return a.verbGroups[0].map((g) => ({
    text: spanText(a.tokens, g.start, g.end - 1),
    head: tokenText(a.tokens, g.head),
    tense: g.tense,
    aspect: [g.perfect && 'perfect', g.progressive && 'progressive', g.passive && 'passive'].filter(Boolean).join(' '),
    modal: g.modal,
    negated: g.negation >= 0,
    particle: g.particle >= 0 ? tokenText(a.tokens, g.particle) : null,
  }));
}

describe('verb groups: tense, aspect, voice, modality, negation', () => {
  it.each([
    ['The ministers will meet on Wednesday.', 'will meet', 'meet', 'future', '', null],
    ['The oil had been leaking for weeks.', 'had been leaking', 'leaking', 'past', 'perfect progressive', null],
    ['The well has been capped.', 'has been capped', 'capped', 'present', 'perfect passive', null],
    ['Eleven workers were killed.', 'were killed', 'killed', 'past', 'passive', null],
    ['Eleven workers got killed.', 'got killed', 'killed', 'past', 'passive', null],
    ['BP is going to drill a relief well.', 'is going to drill', 'drill', 'future', '', null],
    ['BP could face fines.', 'could face', 'face', 'present', '', 'could'],
    ['BP said it would cap the well.', 'would cap', 'cap', 'future', '', 'would'],
    ['BP has to pay.', 'has to pay', 'pay', 'present', '', 'have to'],
    ['The rig sank.', 'sank', 'sank', 'past', '', null],
    ['BP caps well', 'caps', 'caps', 'present', '', null],
    // ("being" may be its own lemma: still the -ing form of "be", no present tense.)
    ['Robots dived to stop the oil being pumped into the sea.', 'being pumped', 'pumped', 'nonfinite', 'passive', null],
  ])('%s → "%s"', (sentence, text, head, tense, aspect, modal) => {
    const g = groups(sentence).find((x) => x.text === text);
    expect(g).toMatchObject({ head, tense, aspect, modal });
  });

  it('keeps the negation with its verb: "did not cap", "never capped", "can\'t say"', () => {
    expect(groups('BP did not cap the well.')[0]).toMatchObject({ text: 'did not cap', negated: true, tense: 'past' });
    expect(groups('BP never capped the well.')[0]).toMatchObject({ text: 'capped', negated: true });
    expect(groups("BP can't say.")[0]).toMatchObject({ text: "can't say", negated: true, modal: 'can' });
  });

  it('takes the particle of a phrasal verb: "stepped down", "called off the search", but not "flew over the wreckage"', () => {
    expect(groups('Hayward stepped down.')[0]).toMatchObject({ text: 'stepped down', particle: 'down' });
    expect(groups('They called off the search.')[0]).toMatchObject({ text: 'called off', particle: 'off' });
    expect(groups('Biden flew over the wreckage.')[0]).toMatchObject({ text: 'flew', particle: null });
  });

  it('reads over a parenthetical and a floating quantifier: "has, however, dispatched", "have both said"', () => {
    expect(groups('The FAO has, however, dispatched a mission.')[0]).toMatchObject({ text: 'has, however, dispatched', aspect: 'perfect' });
    expect(groups('GlaxoSmithKline and Roche have both said so.')[0]).toMatchObject({ text: 'have both said', head: 'said' });
    // (the adverb "since": "who has since resigned" is a present perfect, not "has" and a past "resigned")
    expect(groups('The chief executive, who has since resigned, was forced out.')[0]).toMatchObject({
      text: 'has since resigned',
      head: 'resigned',
      aspect: 'perfect',
    });
  });

  it('reads "to cap" as an infinitive, not a tense', () => {
    expect(groups('BP plans to cap the well.')[1]).toMatchObject({ text: 'to cap', tense: 'nonfinite' });
  });
});
