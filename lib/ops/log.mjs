/**
 * The server's log: one JSON object per line, so a log collector reads fields instead of parsing
 * text. Callers pass only what is safe to keep: never a client's address, an e-mail address, a query
 * string, a cookie or a value someone typed.
 */

/** @typedef {'info' | 'warn' | 'error'} Level */
/** @typedef {(level: Level, message: string, fields?: Record<string, unknown>) => void} Log */

/**
 * A logger writing to `out` (info) and `err` (warn, error); the process's own streams by default.
 * @param {{ out?: { write(line: string): unknown }, err?: { write(line: string): unknown }, now?: () => Date }} [streams]
 * @returns {Log}
 */
export function createLog({ out = process.stdout, err = process.stderr, now = () => new Date() } = {}) {
  return (level, message, fields = {}) => {
    const line = JSON.stringify({ time: now().toISOString(), level, msg: message, ...fields });
    (level === 'info' ? out : err).write(`${line}\n`);
  };
}

/** The process's logger. */
export const log = createLog();
