import { describe, expect, it } from 'vitest';
import { COMMANDS, keyCommands } from './commands';

describe("the app's keyboard commands", () => {
  it('all register: no key is claimed twice in one scope', () => {
    // registering them is what refuses a conflict; the module did it on import
    for (const c of COMMANDS) for (const key of c.keys) expect(keyCommands.owner(c.scope, key)).toBe(c.name);
  });

  it('give a presentation clicker its keys: PageDown next, PageUp back', () => {
    expect(keyCommands.owner('present', 'PageDown')).toBe('nextSlide');
    expect(keyCommands.owner('present', 'PageUp')).toBe('previousSlide');
  });

  it('move between events with the arrows on the timeline, and pan with Shift and the arrows', () => {
    expect(keyCommands.owner('timeline', 'ArrowRight')).toBe('nextEvent');
    expect(keyCommands.owner('timeline', 'Shift+ArrowRight')).toBe('panRight');
    expect(keyCommands.owner('timeline', 'Enter')).toBe('openEvent');
  });
});
