/**
 * A header disclosure (a button and the panel it shows), as "More" and the collection's name use it: Escape closes it
 * and gives the focus back to its button; a click elsewhere closes it. One is open at a time, the keys' `menu`.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { keyTargets } from '../keys/commands';

export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    keyTargets.menu = {
      close: () => {
        setOpen(false);
        button.current?.focus();
      },
    };
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => {
      keyTargets.menu = null;
      document.removeEventListener('pointerdown', outside);
    };
  }, [open]);

  return { open, setOpen, panelId, root, button };
}
