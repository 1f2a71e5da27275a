import { useEffect, useRef } from 'react';
import { keyCommands } from '../keys/commands';
import { enterPresentation, takeFocusOnReturn } from './presenting';

/** "Present" in the top bar (key P anywhere in the explorer: keys/commands.ts). Back from presenting, it has the focus. */
export function PresentButton() {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocusOnReturn()) button.current?.focus({ preventScroll: true });
  }, []);
  return (
    <button
      ref={button}
      type="button"
      className="present-button"
      onClick={enterPresentation}
      aria-keyshortcuts={keyCommands.shortcuts('present')}
      title="Present the filtered events (P)"
    >
      Present
    </button>
  );
}
