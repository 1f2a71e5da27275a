import { describe, expect, it, vi } from 'vitest';
import { CommandRegistry, keyMatches } from './registry';

const press = (key: string, extra: Partial<KeyboardEvent> = {}) =>
  ({ key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, target: null, ...extra }) as KeyboardEvent;

describe('keyboard commands', () => {
  it('refuses a second command for a key a command of the same scope already holds, naming both', () => {
    const registry = new CommandRegistry<null>();
    registry.register({ name: 'nextSlide', scope: 'present', keys: ['ArrowRight', ' '], perform: () => undefined });
    expect(() => registry.register({ name: 'skip', scope: 'present', keys: [' '], perform: () => undefined })).toThrow(
      'Key " " in present is already "nextSlide": "skip" cannot take it.',
    );
    // the refused command took none of its keys
    expect(registry.owner('present', ' ')).toBe('nextSlide');
  });

  it('lets the same key mean one thing per scope: → is the next slide, the next event and the next row', () => {
    const registry = new CommandRegistry<null>();
    const slide = vi.fn();
    const event = vi.fn();
    registry.register({ name: 'nextSlide', scope: 'present', keys: ['ArrowRight'], perform: slide });
    registry.register({ name: 'nextEvent', scope: 'timeline', keys: ['ArrowRight'], perform: event });
    expect(registry.handle(press('ArrowRight'), ['timeline', 'explorer'], null)).toBe(true);
    expect(event).toHaveBeenCalledTimes(1);
    expect(slide).not.toHaveBeenCalled();
  });

  it('asks the innermost scope first, and passes on a key its command declines (Escape with nothing to close)', () => {
    const registry = new CommandRegistry<null>();
    const order: string[] = [];
    registry.register({
      name: 'closeMenu',
      scope: 'menu',
      keys: ['Escape'],
      perform: () => {
        order.push('menu');
        return false;
      },
    });
    registry.register({ name: 'closeDetails', scope: 'explorer', keys: ['Escape'], perform: () => void order.push('details') });
    expect(registry.handle(press('Escape'), ['menu', 'explorer'], null)).toBe(true);
    expect(order).toEqual(['menu', 'details']);
  });

  it('does not present while the reader types a "p" in the search box', () => {
    const registry = new CommandRegistry<null>();
    const present = vi.fn();
    registry.register({ name: 'present', scope: 'explorer', keys: ['p', 'P'], notWhileTyping: true, perform: present });
    const input = { tagName: 'INPUT', type: 'search', isContentEditable: false } as unknown as EventTarget;
    expect(registry.handle(press('p', { target: input }), ['explorer'], null)).toBe(false);
    const checkbox = { tagName: 'INPUT', type: 'checkbox', isContentEditable: false } as unknown as EventTarget;
    expect(registry.handle(press('p', { target: checkbox }), ['explorer'], null)).toBe(true);
    expect(present).toHaveBeenCalledTimes(1);
  });

  it('reads Shift as part of a named key but not of a sign: Shift+← pans, "+" zooms however it is typed', () => {
    expect(keyMatches('Shift+ArrowLeft', press('ArrowLeft', { shiftKey: true }))).toBe(true);
    expect(keyMatches('ArrowLeft', press('ArrowLeft', { shiftKey: true }))).toBe(false);
    expect(keyMatches('+', press('+', { shiftKey: true }))).toBe(true);
    expect(keyMatches('+', press('+', { ctrlKey: true }))).toBe(false);
  });

  it("says a command's keys for aria-keyshortcuts", () => {
    const registry = new CommandRegistry<null>();
    registry.register({ name: 'nextSlide', scope: 'present', keys: ['ArrowRight', 'PageDown', ' '], perform: () => undefined });
    expect(registry.shortcuts('nextSlide')).toBe('ArrowRight PageDown Space');
  });
});
