/**
 * The requester's own steps ("the applicant submits the letter", "the teacher files the request in
 * TRS"): done by the person asking, not by the office. Found by the role's id in the catalogue, and
 * by its words in an office's own Procedures tab, which keeps the role's text, not always its id.
 */
import type { Procedure, Step } from '../catalog/schema';

const REQUESTER = /ผู้ยื่น|ผู้ขอ|ประสงค์|ร้องทุกข์|อุทธรณ์|ผู้ลา|applicant|appellant|requester|lodg|on leave|returning/i;

export function isRequesterStep(step: Step): boolean {
  return step.role.id === 'applicant' || REQUESTER.test(step.role.th) || REQUESTER.test(step.role.en);
}

/**
 * The steps receiving a request completes: the requester's first own step ("submits the letter",
 * "files the request in TRS") and the steps before it, when those are the round's, not the case's
 * (their dates are set by others or they have none: a round publicised before anyone could file).
 * None when an office step with its own deadline comes first (that is work on the request itself).
 */
export function stepsDoneOnReceipt(procedure: Procedure): readonly Step[] {
  let found = onReceipt.get(procedure);
  if (found === undefined) {
    found = receiptSteps(procedure);
    onReceipt.set(procedure, found);
  }
  return found;
}

/** Per procedure, not per case: the engine asks for every case of a register. */
const onReceipt = new WeakMap<Procedure, readonly Step[]>();

function receiptSteps(procedure: Procedure): readonly Step[] {
  const at = procedure.steps.findIndex(isRequesterStep);
  if (at < 0) return [];
  const before = procedure.steps.slice(0, at);
  if (before.some((s) => s.deadline.kind !== 'manual' && s.deadline.kind !== 'none')) return [];
  return procedure.steps.slice(0, at + 1);
}
