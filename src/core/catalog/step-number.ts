/**
 * The number people call a step by: its number in an office procedure (ids "step-10", "step-20" keep
 * the numbers the office gave them, gaps included), otherwise its position.
 */
import type { Procedure } from './schema';

export function stepNoOf(procedure: Procedure, stepId: string): number | null {
  const m = /^step-(\d+)$/.exec(stepId);
  const index = procedure.steps.findIndex((s) => s.id === stepId);
  if (index < 0) return null;
  const numbered = procedure.steps.every((s) => /^step-\d+$/.test(s.id));
  return numbered && m ? Number(m[1]) : index + 1;
}
