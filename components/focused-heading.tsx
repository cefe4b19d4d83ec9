'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A heading that takes the focus when it appears, so a keyboard or screen-reader user lands on the
 * question a confirmation step asks rather than at the top of the page.
 */
export function FocusedHeading({ id, children }: { id: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <h2 id={id} ref={heading} tabIndex={-1}>
      {children}
    </h2>
  );
}
