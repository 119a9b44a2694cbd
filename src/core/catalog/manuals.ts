/**
 * The five manuals' catalogues. Kept behind a function so a build can swap this module for a
 * lazily parsed JSON string (custom functions never pay for parsing the catalogue).
 */
import { MANUAL_000 } from './data/m000';
import { MANUAL_001 } from './data/m001';
import { MANUAL_002 } from './data/m002';
import { MANUAL_003 } from './data/m003';
import { MANUAL_004 } from './data/m004';
import type { Manual } from './schema';

export function loadManuals(): readonly Manual[] {
  return [MANUAL_000, MANUAL_001, MANUAL_002, MANUAL_003, MANUAL_004];
}
