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

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: Msg };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(error: Msg): Result<T> {
  return { ok: false, error };
}
