// 代缴: the money trail of a case, kept on its hand-overs. Cash is taken from the resident (居民交材料), paid at the
// department against a receipt (递交部门), and whatever is left is handed back with the result (交还居民). No more can
// be paid or handed back than was taken, and the result is not delivered while money is unaccounted for: a helper
// carrying a herder's insurance premium must be able to show where every fen went, under both signatures.
import type { HandoverKind, HandoverMoney, HandoverView } from '../../../../types';
import { AppError } from '../../lib/app-error';

export type MoneyView = HandoverView['money'];

export function parseMoney(text: string | null): MoneyView {
  if (!text) return null;
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  if (typeof m.amountFen !== 'number' || typeof m.purpose !== 'string') return null;
  return { amountFen: m.amountFen, purpose: m.purpose, receiptNo: typeof m.receiptNo === 'string' ? m.receiptNo : null };
}

export interface Ledger {
  receivedFen: number;
  paidFen: number;
  returnedFen: number;
}

/** What of the resident's money the helper still holds. */
export const heldFen = (l: Ledger): number => l.receivedFen - l.paidFen - l.returnedFen;

export function ledgerOf(handovers: readonly { kind: string; money: MoneyView }[]): Ledger {
  const sum = (kinds: readonly HandoverKind[]) =>
    handovers.filter((h) => (kinds as readonly string[]).includes(h.kind)).reduce((n, h) => n + (h.money?.amountFen ?? 0), 0);
  return { receivedFen: sum(['resident_to_helper']), paidFen: sum(['helper_to_department']), returnedFen: sum(['helper_to_resident', 'by_post']) };
}

const yuan = (fen: number) => (fen / 100).toFixed(2);
const refuse = (message: string, field = 'money') => new AppError('VALIDATION_FAILED', message, field);

/** The money recorded on a new hand-over, checked against the case's trail so far. */
export function checkMoney(kind: HandoverKind, money: HandoverMoney | undefined, before: Ledger): void {
  const outstanding = heldFen(before);
  const delivers = kind === 'helper_to_resident' || kind === 'by_post';
  if (kind === 'by_post' && outstanding > 0) {
    throw refuse(`cash is not sent by post: hand the ${yuan(outstanding)} yuan left back in person, with the result (交还居民)`);
  }
  if (!money) {
    if (delivers && outstanding > 0) {
      throw refuse(`代缴: ${yuan(before.receivedFen)} yuan was taken and ${yuan(before.paidFen)} paid; record the ${yuan(outstanding)} yuan handed back`);
    }
    return;
  }
  if (kind === 'department_to_helper') throw refuse('no money changes hands when the department hands over its result');
  if (kind === 'resident_to_helper') {
    if (money.amountFen <= 0) throw refuse('record the amount taken from the resident', 'money.amountFen');
    return;
  }
  if (kind === 'helper_to_department') {
    if (money.amountFen <= 0) throw refuse('record the amount paid at the department', 'money.amountFen');
    if (!money.receiptNo) throw refuse('record the number of the department’s receipt', 'money.receiptNo');
  }
  if (money.amountFen > outstanding) {
    throw refuse(`only ${yuan(Math.max(outstanding, 0))} yuan of the resident’s money is left to pay or hand back`, 'money.amountFen');
  }
  if (delivers && money.amountFen !== outstanding) {
    throw refuse(`hand back all of the ${yuan(outstanding)} yuan left with the result`, 'money.amountFen');
  }
}
