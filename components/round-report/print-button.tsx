'use client';

/** Opens the browser's print dialog, where the report can also be saved as a PDF. Not printed itself. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
