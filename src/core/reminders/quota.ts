/**
 * The daily mail quota counts recipients. Every digest has exactly one, so a run that can send only
 * `remaining` mails sends the most urgent digests and carries the rest to the next run.
 */
import { type Msg, msg } from '../i18n/msg';
import { emailKey } from './keys';
import type { PlannedDigest } from './types';

export interface QuotaFit {
  readonly send: readonly PlannedDigest[];
  readonly carry: readonly PlannedDigest[];
  /** Null when everything fits. */
  readonly shortfall: Msg | null;
}

/** Most urgent first; then by recipient, so two runs over the same plan agree. */
function byUrgency(a: PlannedDigest, b: PlannedDigest): number {
  if (a.urgency !== b.urgency) return b.urgency - a.urgency;
  const x = emailKey(a.to.email);
  const y = emailKey(b.to.email);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function fitQuota(digests: readonly PlannedDigest[], remaining: number): QuotaFit {
  const room = Number.isFinite(remaining) ? Math.max(0, Math.floor(remaining)) : 0;
  const ordered = [...digests].sort(byUrgency);
  const send = ordered.slice(0, room);
  const carry = ordered.slice(room);
  const shortfall =
    carry.length === 0
      ? null
      : msg(
          `โควตาอีเมลของวันนี้เหลือ ${room} ฉบับ แต่มีสรุปที่ต้องส่ง ${ordered.length} ฉบับ: ส่งฉบับที่เร่งด่วนที่สุด ${send.length} ฉบับก่อน อีก ${carry.length} ฉบับจะส่งในรอบถัดไป`,
          `today's mail quota has ${room} left for ${ordered.length} digests: the ${send.length} most urgent go now, the other ${carry.length} in the next run`,
        );
  return { send, carry, shortfall };
}
