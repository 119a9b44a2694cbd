/** The People panel (getPeople, savePerson). */
import type { Bilingual } from '../public';

export interface PersonRow {
  /** The People tab's row (1-based). */
  readonly row: number;
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly supervisor: string;
  readonly active: boolean;
  readonly lang: 'th' | 'en' | '';
}

export interface PersonInput {
  /** The row being edited, or null for a new person. */
  readonly row: number | null;
  /** The email the row held when the officer opened it: a row changed meanwhile is not overwritten. */
  readonly expectEmail: string;
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly supervisor: string;
  readonly active: boolean;
  readonly lang: 'th' | 'en' | '';
}

export interface PeopleView {
  /** The signed-in user's email, '' when not available. */
  readonly me: string;
  readonly people: readonly PersonRow[];
  readonly problems: readonly Bilingual[];
  readonly unknownAssignees: readonly {
    readonly register: string;
    readonly gid: number;
    readonly row: number;
    readonly typed: string;
    readonly problem: Bilingual;
  }[];
}
