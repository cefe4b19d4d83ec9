import { expect } from 'vitest';

/** The database's own message, whichever driver (and Drizzle's wrapper) raised it. */
function databaseMessage(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (current instanceof Error) {
    parts.push(current.message);
    current = (current as Error & { cause?: unknown }).cause;
  }
  return parts.join(' | ');
}

/** Asserts that the statement is refused by the named constraint or trigger. */
export async function expectRefusedBy(statement: PromiseLike<unknown>, name: string | RegExp): Promise<void> {
  let caught: unknown;
  try {
    await statement;
  } catch (error) {
    caught = error;
  }
  expect(caught, 'the database accepted a row it should refuse').toBeInstanceOf(Error);
  expect(databaseMessage(caught)).toMatch(name);
}
