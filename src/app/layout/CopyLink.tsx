import { type ReactNode, useEffect, useRef, useState } from 'react';

/** "Copy link": the address holds the whole view (filters, selection, window, slide), so it is the view to share. */
export function CopyLink({ className, label = 'Copy link' }: { className?: string; label?: ReactNode }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const timer = useRef(0);
  const manual = useRef<HTMLInputElement>(null);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  useEffect(() => {
    if (state === 'manual') manual.current?.select();
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      // no clipboard permission (some browsers, plain http): show the link to copy by hand
      setState('manual');
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setState('idle'), 4000);
  };
  return (
    <span className={`copy-link ${className ?? ''}`}>
      <button type="button" onClick={copy}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' && 'Link copied'}
        {state === 'manual' && <input ref={manual} aria-label="Link to this view" readOnly value={window.location.href} onFocus={(e) => e.target.select()} />}
      </span>
    </span>
  );
}
