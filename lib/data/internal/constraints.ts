import 'server-only';

/** The constraint a database error names, whichever driver raised it (Drizzle wraps it as the cause). */
export function violatedConstraint(error: unknown): string | null {
  for (let current: unknown = error; current instanceof Error; current = (current as Error & { cause?: unknown }).cause) {
    const named = (current as Error & { constraint?: unknown; constraint_name?: unknown }).constraint ?? (current as { constraint_name?: unknown }).constraint_name;
    if (typeof named === 'string') return named;
  }
  return null;
}
