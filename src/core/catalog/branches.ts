/**
 * A procedure's branches (the manual's กรณี): which steps are the alternatives of which choice, and
 * what the register calls the choice and each alternative. Declared names (`Procedure.branches`) win;
 * a branch without them, as an office procedure's "ทางเลือก: …" makes, is named by its own steps.
 */
import { fromThaiDigits } from '../dates/names';
import type { Procedure, Step } from './schema';

export interface BranchOption {
  readonly id: string;
  readonly th: string;
  readonly en: string;
  /** The ids of the steps this alternative is made of, in order. */
  readonly steps: readonly string[];
}

export interface BranchChoice {
  readonly id: string;
  readonly th: string;
  readonly en: string;
  readonly options: readonly BranchOption[];
  /** Declared by a catalogue update (`Branch.added`): registers made before lack its column. */
  readonly added?: boolean;
}

/** The alternative of its branch a step belongs to. */
export const optionOf = (step: Step): string => step.option ?? step.id;

const cache = new WeakMap<Procedure, readonly BranchChoice[]>();

/** Every branch of the procedure, in the order its first step comes, each alternative in step order. */
export function branchesOf(procedure: Procedure): readonly BranchChoice[] {
  let found = cache.get(procedure);
  if (found) return found;
  const groups = new Map<string, Map<string, Step[]>>();
  for (const step of procedure.steps) {
    if (step.branch === undefined) continue;
    const options = groups.get(step.branch) ?? new Map<string, Step[]>();
    groups.set(step.branch, options);
    const option = optionOf(step);
    options.set(option, [...(options.get(option) ?? []), step]);
  }
  found = [...groups].map(([id, options]) => {
    const declared = procedure.branches?.find((b) => b.id === id);
    return {
      id,
      ...(declared?.added ? { added: true } : {}),
      th: declared?.th ?? `ทางเลือก: ${id}`,
      en: declared?.en ?? `Alternative: ${id}`,
      options: [...options].map(([option, steps]) => {
        const named = declared?.options.find((o) => o.id === option);
        // An alternative of its own is named by its step; one of several steps by its option text.
        const alone = steps.length === 1 && steps[0]!.option === undefined ? steps[0]! : null;
        return {
          id: option,
          th: named?.th ?? alone?.th ?? option,
          en: named?.en ?? alone?.en ?? option,
          steps: steps.map((s) => s.id),
        };
      }),
    };
  });
  cache.set(procedure, found);
  return found;
}

const norm = (text: string) =>
  fromThaiDigits(text).normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The alternative a typed cell names: its id, its Thai or English name, both as "ไทย / English", or its
 * number in the list (1, ๑). Null when it names none (a blank cell is not asked).
 */
export function readOption(choice: BranchChoice, value: string): string | null {
  const typed = norm(value);
  if (typed === '') return null;
  const n = Number(typed);
  if (Number.isInteger(n) && n >= 1 && n <= choice.options.length) return choice.options[n - 1]!.id;
  const found = choice.options.find((o) =>
    [o.id, o.th, o.en, `${o.th} / ${o.en}`].some((name) => norm(name) === typed),
  );
  return found?.id ?? null;
}

/** How the register offers an alternative (its dropdown entry, read back by readOption). */
export const optionLabel = (option: BranchOption): string => option.th;
