import { useEffect } from 'react';
import { enterPresentation } from './presenting';

/** Typing in a field must not start a presentation. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

/** "Present" in the top bar, and key P anywhere in the explorer. */
export function PresentButton() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === 'p' || e.key === 'P') && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
        e.preventDefault();
        enterPresentation();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <button type="button" className="present-button" onClick={enterPresentation} aria-keyshortcuts="P" title="Present the filtered events (P)">
      Present
    </button>
  );
}
