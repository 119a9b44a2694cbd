/** Looking procedures up in the shipped catalogue. */
import { loadManuals } from './manuals';
import type { Manual, Procedure } from './schema';

let index: Map<string, Procedure> | null = null;

export function manuals(): readonly Manual[] {
  return loadManuals();
}

export function allProcedures(): Procedure[] {
  return manuals().flatMap((m) => m.procedures);
}

export function procedureById(id: string): Procedure | null {
  if (!index) index = new Map(allProcedures().map((p) => [p.id, p]));
  return index.get(id) ?? null;
}
