import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

describe("events/candidates: an object's infinitive past its place", () => {
  it('keeps the infinitive after the place of a caused object (`title:object-infinitive-past-place`)', () => {
    const pipelines =
      "Neglect and lax safety oversight caused an explosion at BP's Texas City oil refinery in 2005, killing 15 workers.\n" +
      "The following year, poor maintenance prompted BP's pipelines in Alaska to spring a leak, sending oil gushing into the Arctic wilderness.";
    const m = events(pipelines, '2010-06-10').find((x) => x.title.includes('prompted'));
    expect(m?.title).toBe("Poor maintenance prompted BP's pipelines in Alaska to spring a leak");
    expect(m?.rules).toContain('title:object-infinitive-past-place');
  }, 60_000);
});
