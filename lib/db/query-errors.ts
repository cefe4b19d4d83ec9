import { PgPreparedQuery } from 'drizzle-orm/pg-core';

/**
 * A statement the database refused, told without the statement: Drizzle's error carries the SQL and
 * its parameters (a user's text, a password hash), and the drivers' errors the query and parameters as
 * properties, so logging either would copy people's values into the server log. What stays is what
 * the code decides on and an operator needs: the SQLSTATE code, the constraint, and for the schema's
 * own triggers their fixed message.
 */
class DatabaseError extends Error {
  readonly code: string | undefined;
  readonly constraint: string | undefined;

  constructor(code: string | undefined, constraint: string | undefined, detail: string | undefined) {
    super(`Database error${code ? ` ${code}` : ''}${constraint ? ` (constraint ${constraint})` : ''}${detail ? `: ${detail}` : ''}`);
    this.name = 'DatabaseError';
    this.code = code;
    this.constraint = constraint;
  }
}

type DriverError = Error & { code?: unknown; constraint?: unknown; constraint_name?: unknown; where?: unknown };

function driverError(error: unknown): DriverError | null {
  for (let current: unknown = error; current instanceof Error; current = (current as { cause?: unknown }).cause) {
    if (typeof (current as DriverError).code === 'string') return current as DriverError;
  }
  return null;
}

function withoutValues(error: unknown): Error {
  if (error instanceof DatabaseError) return error;
  const cause = driverError(error);
  if (!cause) return new DatabaseError(undefined, undefined, undefined);
  const code = String(cause.code);
  const named = cause.constraint ?? cause.constraint_name;
  // A message the schema's own functions raise is fixed text (with the operation's name), no row's values.
  const raised = typeof cause.where === 'string' && /PL\/pgSQL function .* at RAISE/.test(cause.where);
  return new DatabaseError(code, typeof named === 'string' ? named : undefined, raised ? cause.message : undefined);
}

const patched = Symbol.for('fast-lakarkontakt.query-errors');
type Patchable = typeof PgPreparedQuery.prototype & { [patched]?: true; queryWithCache(...args: unknown[]): Promise<unknown> };

/** Every query of either driver runs through this one method, which wraps the driver's error with the SQL. */
export function keepValuesOutOfErrors(): void {
  const prototype = PgPreparedQuery.prototype as Patchable;
  if (prototype[patched]) return;
  const original = prototype.queryWithCache;
  prototype.queryWithCache = async function (this: unknown, ...args: unknown[]) {
    try {
      return await original.apply(this, args);
    } catch (error) {
      throw withoutValues(error);
    }
  };
  prototype[patched] = true;
}
