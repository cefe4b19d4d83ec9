import type { ReactNode } from 'react';

/**
 * A data table inside a region that scrolls sideways on a narrow screen instead of breaking the page
 * (WCAG 1.4.10), reachable and scrollable by keyboard, and named by the table's caption.
 */
export function ScrollTable({ captionId, caption, testId, children }: { captionId: string; caption: ReactNode; testId?: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table" data-testid={testId}>
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
