/** A case's state in the reader's language (the register's own words), and the days left in words. */
import type { CaseState } from '../core/engine/types';
import { STATE_LABELS } from '../core/register/computed';
import { pickText, tr } from './i18n';

export function stateWords(state: string): string {
  const label = STATE_LABELS[state as CaseState];
  return label ? pickText(label) : state;
}

export function daysLeftWords(days: number | null): string {
  if (days === null) return '';
  if (days < 0) return tr(`เกิน ${-days} วันทำการ`, `${-days} working days late`);
  if (days === 0) return tr('วันนี้', 'today');
  return tr(`เหลือ ${days} วันทำการ`, `${days} working days left`);
}
