/**
 * The highest case id number each register ever had, kept in document properties: a new case never
 * gets the id of a case deleted since (its reminders and escalations would follow the id). Numbers
 * are decimal text: ids typed near 2^53 stay exact.
 */
type Props = Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty'>;

const KEY = 'kamnot.ids';

export function readIdFloors(props: Pick<Props, 'getProperty'>): Map<number, bigint> {
  const out = new Map<number, bigint>();
  try {
    const o = JSON.parse(props.getProperty(KEY) ?? '{}') as Record<string, unknown>;
    for (const [gid, n] of Object.entries(o))
      if (typeof n === 'string' && /^\d{1,30}$/.test(n)) out.set(Number(gid), BigInt(n));
  } catch {
    // A broken value: the registers' own ids still count.
  }
  return out;
}

/** Writes the floors of the registers that still exist (a deleted tab's entry goes). */
export function writeIdFloors(
  props: Props,
  floors: ReadonlyMap<number, bigint>,
  registers: readonly number[],
): void {
  const alive = new Set(registers);
  const o: Record<string, string> = {};
  for (const [gid, n] of floors) if (alive.has(gid)) o[String(gid)] = n.toString();
  props.setProperty(KEY, JSON.stringify(o));
}
