import { bilingual, type Msg } from './msg';

/** An error whose message a user can read, in Thai and English. Thrown by the core, caught at the edge. */
export class KamnotError extends Error {
  readonly msg: Msg;
  constructor(msg: Msg) {
    super(bilingual(msg));
    this.name = 'KamnotError';
    this.msg = msg;
  }
}

/** A value, or why there is none (one message unless the caller needs several). */
export type Result<T, E = Msg> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

export function ok<T, E = Msg>(value: T): Result<T, E> {
  return { ok: true, value };
}

export function fail<T>(error: Msg): Result<T> {
  return { ok: false, error };
}
