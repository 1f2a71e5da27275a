import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('events/not-happenings: what a thing was caused by, a kind of thing, is a fact (`state:caused-by-a-thing`)', () => {
  it('makes no event of "The 1918 Spanish flu pandemic was caused by an H1N1 form of influenza A"', () => {
    const pandemic =
      'The 1918 Spanish flu pandemic was caused by an H1N1 form of influenza A With the UK confirming two cases of swine flu and the World Health Organization raising its alert level from three to four, how serious a threat does the disease pose to us all?';
    expect(events(pandemic, '2009-04-28')).toHaveLength(0);
    expect(whyNot(pandemic, '2009-04-28')).toContain('caused:state:caused-by-a-thing');
  }, 60_000);

  it('keeps a cause that is a happening ("The leak was caused by an explosion on the Deepwater Horizon rig on 20 April")', () => {
    const leak = 'The leak was caused by an explosion on the Deepwater Horizon rig on 20 April, which also killed 11 workers.';
    expect(events(leak, '2010-06-01').find((m) => m.title.startsWith('The leak was caused by an explosion'))?.time?.value).toBe('2010-04-20');
  }, 60_000);
});

describe('a cause that names no kind of thing keeps its event (`state:caused-by-a-thing` only for a kind)', () => {
  it('dates "The blowout was caused by a series of failures on April 20."', () => {
    const text = 'The blowout was caused by a series of failures on April 20.';
    expect(whyNot(text, '2010-09-08')).not.toContain('caused:state:caused-by-a-thing');
    expect(events(text, '2010-09-08').find((m) => m.title.startsWith('The blowout was caused'))?.time?.value).toBe('2010-04-20');
  }, 60_000);

  it('keeps "The spill was caused by BP, a federal judge ruled on Thursday."', () => {
    const text = 'The spill was caused by BP, a federal judge ruled on Thursday.';
    expect(whyNot(text, '2014-09-05')).not.toContain('caused:state:caused-by-a-thing');
  }, 60_000);
});
