/**
 * Keyboard commands as registered records, as excalidraw's actions are ({name, keyTest, perform} in an
 * ActionManager that refuses a key two actions claim): each command says its keys, the scope where they apply and
 * what it does. A key can belong to one command per scope; registering a second is refused with an error naming
 * both, so two parts of the app can never silently fight over a key.
 *
 * Scopes nest: the part of the page the key was pressed in (the timeline, the table, a menu) is asked first, then
 * the page's own scope (the explorer or the presentation). A command may decline (perform returns false) and the
 * key goes on to the next scope, then to the browser.
 */

export type Scope = 'explorer' | 'present' | 'timeline' | 'table' | 'menu';

export interface KeyCommand<C> {
  name: string;
  scope: Scope;
  /**
   * KeyboardEvent.key values, with "Shift+" when Shift is part of the command ("Shift+ArrowLeft"). A printable
   * character matches with or without Shift ("+" needs Shift on most keyboards); Ctrl, Alt and Meta never match.
   * The same strings are the buttons' aria-keyshortcuts.
   */
  keys: readonly string[];
  /** a finer test, after the keys matched */
  keyTest?: (e: KeyboardEvent) => boolean;
  /** a letter or a sign is text in a search box, not a command */
  notWhileTyping?: boolean;
  /** false: not handled after all (nothing to close, Space on a focused button), the key goes on */
  perform: (context: C, e: KeyboardEvent) => boolean | undefined;
}

/** Does one of the command's key strings name this key press? */
export function keyMatches(spec: string, e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>): boolean {
  if (e.ctrlKey || e.altKey || e.metaKey) return false;
  const shift = spec.startsWith('Shift+');
  const key = shift ? spec.slice(6) : spec;
  if (e.key !== key) return false;
  // "+" and "P" come with or without Shift; a named key (ArrowLeft) is another command with Shift
  if (key.length === 1 && !shift) return true;
  return e.shiftKey === shift;
}

/** Is the key pressed in a field where it is text? */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el?.tagName) return false;
  if (el.isContentEditable || /^(TEXTAREA|SELECT)$/.test(el.tagName)) return true;
  return el.tagName === 'INPUT' && !/^(checkbox|radio|button|submit|reset|range|color|file)$/.test((el as HTMLInputElement).type);
}

export class CommandRegistry<C> {
  private readonly commands = new Map<string, KeyCommand<C>>();
  /** scope → key string → command name */
  private readonly claims = new Map<Scope, Map<string, string>>();

  register(command: KeyCommand<C>): void {
    if (this.commands.has(command.name)) throw new Error(`A key command named "${command.name}" is already registered.`);
    const claims = this.claims.get(command.scope) ?? new Map<string, string>();
    for (const key of command.keys) {
      const owner = claims.get(key);
      if (owner) throw new Error(`Key "${key}" in ${command.scope} is already "${owner}": "${command.name}" cannot take it.`);
    }
    for (const key of command.keys) claims.set(key, command.name);
    this.claims.set(command.scope, claims);
    this.commands.set(command.name, command);
  }

  /** The command names that hold a key in a scope (for tests and the help text). */
  owner(scope: Scope, key: string): string | undefined {
    return this.claims.get(scope)?.get(key);
  }

  /** "ArrowRight PageDown Space", for a button's aria-keyshortcuts. */
  shortcuts(name: string): string {
    return (this.commands.get(name)?.keys ?? []).map((k) => (k === ' ' ? 'Space' : k)).join(' ');
  }

  /**
   * Runs the command for a key press, scopes innermost first. True when one handled it (the caller prevents the
   * browser's default).
   */
  handle(e: KeyboardEvent, scopes: readonly Scope[], context: C): boolean {
    const typing = isTyping(e.target);
    for (const scope of scopes) {
      for (const command of this.commands.values()) {
        if (command.scope !== scope || (typing && command.notWhileTyping)) continue;
        if (!command.keys.some((k) => keyMatches(k, e)) || (command.keyTest && !command.keyTest(e))) continue;
        if (command.perform(context, e) !== false) return true;
      }
    }
    return false;
  }
}

/** The scopes of a key press: the marked parts of the page around its target (data-keyscope), innermost first. */
export function scopesOf(target: EventTarget | null, page: Scope): Scope[] {
  const scopes: Scope[] = [];
  for (let el = target instanceof Element ? target : null; el; el = el.parentElement) {
    const scope = el.getAttribute('data-keyscope') as Scope | null;
    if (scope && !scopes.includes(scope)) scopes.push(scope);
  }
  if (!scopes.includes(page)) scopes.push(page);
  return scopes;
}
