import { keyCommands } from '../keys/commands';
import { enterPresentation } from './presenting';

/** "Present" in the top bar (key P anywhere in the explorer: keys/commands.ts). */
export function PresentButton() {
  return (
    <button
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
