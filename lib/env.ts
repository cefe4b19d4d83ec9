import { z } from 'zod';
import { parseTrustedProxies } from './http/client-address.mjs';
import { publicOrigin } from './http/site.mjs';

/**
 * The only reader of process.env. Everything else imports `env`, so a missing or
 * malformed setting fails at start-up with one clear message instead of deep in a request.
 */
/** An optional setting: unset and empty mean the same. */
const optional = <S extends z.ZodType>(schema: S) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** When set, a real PostgreSQL is used through postgres.js; otherwise embedded PGlite. */
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine((value) => value === undefined || /^postgres(ql)?:\/\//.test(value), {
      message: 'DATABASE_URL must start with postgres:// or postgresql://',
    }),
  /** Directory of pg_dump and pg_restore for npm run db:backup/db:restore, when not where Debian puts them. */
  PG_BIN: optional(z.string().trim()),
  /** Directory of the embedded PGlite database (only used without DATABASE_URL). */
  PGLITE_DIR: z.string().trim().min(1).default('.data/pglite'),
  /** Open-data API requests each client may make per minute before getting 429. */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  /** Port of the server (server.mjs), and of SITE_URL's default. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * The site's public origin, from which every absolute address is made (sign-in and sign-out
   * redirects, citations, downloads' view address); never the request's own Host. Unset:
   * http://localhost:<PORT>, set after the object is read.
   */
  SITE_URL: optional(z.string().trim()),
  /**
   * Reverse proxies whose X-Forwarded-For is believed (addresses and CIDR ranges). server.mjs decides
   * the client's address from them; they are checked here too, so a bad value stops every entry point.
   */
  TRUSTED_PROXIES: z.string().default('').superRefine((value, context) => {
    try {
      parseTrustedProxies(value);
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message.replace(/^TRUSTED_PROXIES: /, '') });
    }
  }),
  /** How long server.mjs lets the requests in progress finish after SIGTERM or SIGINT before cutting them. */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().gt(0).max(3600).default(25),
  /** Port of server.mjs's metrics listener (Prometheus text at /metrics); 0 or unset: none. */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /** Address the metrics listener binds to; keep it private (the default is this machine only). */
  METRICS_HOST: z.string().trim().min(1).default('127.0.0.1'),
  /**
   * Key that signs and encrypts session tokens. Unset: a random key is made once and kept in
   * AUTH_SECRET_FILE, so a fresh machine needs no configuration; set it (the same on every instance)
   * when more than one server runs.
   */
  AUTH_SECRET: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine((value) => value === undefined || value.length >= 32, { message: 'AUTH_SECRET must be at least 32 characters.' }),
  AUTH_SECRET_FILE: z.string().trim().min(1).default('.data/auth-secret'),
  /** Absolute lifetime of a session, in hours. */
  SESSION_HOURS: z.coerce.number().min(0.25).max(24).default(8),
  /** A session unused for this many minutes ends (checked on the server, whatever the cookie says). */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(2).max(1440).default(30),
  /**
   * Sign-in through the organisation's identity provider (OpenID Connect): issuer URL, client id and
   * secret, all three or none; the button names the provider by AUTH_OIDC_NAME.
   */
  AUTH_OIDC_ISSUER: optional(
    z
      .url({ protocol: /^https?$/ })
      // Auth.js trusts the ID token because TLS authenticated the provider (it does not check the
      // token's signature), so plain http is allowed only to a provider on this machine.
      .refine((url) => url.startsWith('https://') || ['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname), {
        message: 'AUTH_OIDC_ISSUER must be an https:// address (http:// only for a provider on this machine).',
      }),
  ),
  AUTH_OIDC_CLIENT_ID: optional(z.string().trim().min(1)),
  AUTH_OIDC_CLIENT_SECRET: optional(z.string().trim().min(1)),
  AUTH_OIDC_NAME: z.string().trim().min(1).default('organisationens inloggning'),
  /**
   * The SMTP server e-mail goes through (smtp://user:password@host:587, or smtps:// for TLS from the
   * start). Unset: messages are kept in the outbox, unsent, until it is set.
   */
  SMTP_URL: optional(z.string().trim().regex(/^smtps?:\/\/[^\s]+$/, 'SMTP_URL must be an smtp:// or smtps:// address.')),
  /** The sender of e-mail. Unset: noreply at SITE_URL's host name. */
  MAIL_FROM: optional(z.string().trim().min(3)),
  /** Days before a round's last day from which regions that have not sent in are reminded by e-mail. */
  MAIL_REMINDER_DAYS: z.coerce.number().int().min(1).max(60).default(7),
  /**
   * "off" skips the proxy's locale routing (pages then answer only at /sv/… and /en/…). It exists so
   * the security tests can show that nothing about who may do what depends on the proxy.
   */
  LOCALE_PROXY: z.enum(['on', 'off']).default('on'),
}).superRefine((e, context) => {
  try {
    publicOrigin(e.SITE_URL, e.PORT);
  } catch (error) {
    context.addIssue({ code: 'custom', message: (error as Error).message, path: ['SITE_URL'] });
  }
}).refine(
  (e) => [e.AUTH_OIDC_ISSUER, e.AUTH_OIDC_CLIENT_ID, e.AUTH_OIDC_CLIENT_SECRET].every((v) => v === undefined) || [e.AUTH_OIDC_ISSUER, e.AUTH_OIDC_CLIENT_ID, e.AUTH_OIDC_CLIENT_SECRET].every((v) => v !== undefined),
  { message: 'AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and AUTH_OIDC_CLIENT_SECRET go together: set all three or none.', path: ['AUTH_OIDC_ISSUER'] },
).transform((e) => {
  const siteUrl = publicOrigin(e.SITE_URL, e.PORT);
  return { ...e, SITE_URL: siteUrl, MAIL_FROM: e.MAIL_FROM ?? `Uppföljning fast läkarkontakt <noreply@${new URL(siteUrl).hostname}>` };
});

export type Env = z.infer<typeof envSchema>;

/** The settings from `source`, or an error naming every bad one. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

export const env = readEnv();

// Auth.js makes its addresses (the provider's return address, redirects after signing in and out)
// from AUTH_URL, which it reads only from the environment: the public origin's, never the request's.
process.env.AUTH_URL = `${env.SITE_URL}/api/auth`;

/** This process's environment with `extra` added, for a program it starts (pg_dump, pg_restore). */
export function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
