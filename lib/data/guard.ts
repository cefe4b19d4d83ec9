import 'server-only';
import type { z } from 'zod';
import { fieldErrors } from '@/lib/entry/fields';
import { type Viewer } from './internal/accounts';
import { getViewer } from './internal/viewer';

/**
 * The guard kit: every exported function of the data-access layer is made by one of these (a lint
 * rule, eslint-rules/data-guard.mjs, refuses any other export), so none can forget to establish the
 * viewer, check the role and region, or validate its input. Checks run in that order: who is asking
 * (401), whether that role may (403), then the input (invalid, field by field).
 */

/** Why a request is refused before anything is read: signed out (or deactivated, or ended), or the wrong role. */
export type Refusal = { kind: 'unauthenticated' } | { kind: 'forbidden' };
/** Input refused field by field; each value is a message code (entry.errors.<code>). */
type Invalid = { kind: 'invalid'; fields: Record<string, string> };
/** Everything a guarded function may answer instead of its value: the kit's refusals and the function's own `F`. */
export type Failure<F = never> = Refusal | Invalid | F;
/** What a write answers: done (with what it returns), or the failure, with nothing written. */
export type Result<T extends object = object, F = never> = ({ ok: true } & T) | { ok: false; failure: Failure<F> };

/** An editor, who always has a region: every read and write of theirs is scoped to it. */
export type Editor = Viewer & { regionCode: string };

/** Whether a read answered a failure instead of its value (a value is never an object with a `kind`). */
export function isFailure<T, F extends { kind: string }>(value: T | F): value is F {
  return typeof value === 'object' && value !== null && 'kind' in value;
}

export const fail = <F>(failure: Failure<F>): { ok: false; failure: Failure<F> } => ({ ok: false, failure });

type Role = 'admin' | 'editor';

async function viewerAs(role: Role): Promise<Viewer | Refusal> {
  const viewer = await getViewer();
  if (!viewer) return { kind: 'unauthenticated' };
  if (role === 'admin' ? viewer.role !== 'admin' : viewer.role !== 'editor' || viewer.regionCode === null) return { kind: 'forbidden' };
  return viewer;
}

/** A schema, or one made per call (a form whose rules depend on today's date). */
type SchemaOf<S extends z.ZodType> = S | (() => S);

async function checked<S extends z.ZodType>(role: Role, schema: SchemaOf<S>, raw: unknown): Promise<{ viewer: Viewer; input: z.output<S> } | { failure: Refusal | Invalid }> {
  const viewer = await viewerAs(role);
  if (isFailure(viewer)) return { failure: viewer };
  const parsed = (typeof schema === 'function' ? schema() : schema).safeParse(raw);
  if (!parsed.success) return { failure: { kind: 'invalid', fields: fieldErrors(parsed.error) } };
  return { viewer, input: parsed.data };
}

function write<V extends Viewer, S extends z.ZodType, T extends object, F>(role: Role, schema: SchemaOf<S>, fn: (viewer: V, input: z.output<S>) => Promise<Result<T, F>>) {
  return async (raw?: unknown): Promise<Result<T, F>> => {
    const input = await checked(role, schema, raw);
    return 'failure' in input ? fail(input.failure) : fn(input.viewer as V, input.input);
  };
}

function read<V extends Viewer, A extends unknown[], T>(role: Role, fn: (viewer: V, ...args: A) => Promise<T>) {
  return async (...args: A): Promise<T | Refusal> => {
    const viewer = await viewerAs(role);
    return isFailure(viewer) ? viewer : fn(viewer as V, ...args);
  };
}

function readParsed<V extends Viewer, S extends z.ZodType, T>(role: Role, schema: SchemaOf<S>, fn: (viewer: V, input: z.output<S>) => Promise<T>) {
  return async (raw: unknown): Promise<T | Refusal | Invalid> => {
    const input = await checked(role, schema, raw);
    return 'failure' in input ? input.failure : fn(input.viewer as V, input.input);
  };
}

/** Public: anyone may read it, signed in or not (published rows only, by the function's own query). */
export const publicRead = <A extends unknown[], T>(fn: (...args: A) => Promise<T>) => fn;

/** Anyone may call it, signed in or not, and it checks what it must itself: signing in, rate limits. */
export const anyone = <A extends unknown[], T>(fn: (...args: A) => Promise<T>) => fn;

/** Any signed-in person, administrator or editor. */
export const signedIn = <A extends unknown[], T>(fn: (viewer: Viewer, ...args: A) => Promise<T>) =>
  async (...args: A): Promise<T | { kind: 'unauthenticated' }> => {
    const viewer = await getViewer();
    return viewer ? fn(viewer, ...args) : { kind: 'unauthenticated' };
  };

/** A write by one of Socialstyrelsen's administrators, with its input parsed by `schema`. */
export const adminOnly = <S extends z.ZodType, T extends object, F = never>(schema: SchemaOf<S>, fn: (viewer: Viewer, input: z.output<S>) => Promise<Result<T, F>>) =>
  write('admin', schema, fn);

/** A write by a region's editor, with its input parsed by `schema`; the function scopes it to `viewer.regionCode`. */
export const editorOnly = <S extends z.ZodType, T extends object, F = never>(schema: SchemaOf<S>, fn: (viewer: Editor, input: z.output<S>) => Promise<Result<T, F>>) =>
  write('editor', schema, fn);

/** A read for administrators only; its arguments are the function's own (an id from a page's address, say). */
export const adminRead = <A extends unknown[], T>(fn: (viewer: Viewer, ...args: A) => Promise<T>) => read('admin', fn);

/** A read for administrators only, of input parsed by `schema` (a filter from a form or a query string). */
export const adminQuery = <S extends z.ZodType, T>(schema: SchemaOf<S>, fn: (viewer: Viewer, input: z.output<S>) => Promise<T>) => readParsed('admin', schema, fn);

/** A read of a region's own records by its editor; the function scopes it to `viewer.regionCode`. */
export const editorRead = <A extends unknown[], T>(fn: (viewer: Editor, ...args: A) => Promise<T>) => read('editor', fn);
