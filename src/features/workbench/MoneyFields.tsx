// 代缴 on a 交接单: cash taken from the resident for a fee or a premium (居民交材料), paid at the department against its
// receipt (递交部门), and the balance handed back with the result (交还居民). The server keeps the trail and refuses a
// sum that does not add up; the form fills in what the trail already says, so the helper types as little as possible.
import { Input, Text, View } from '@tarojs/components';
import type { HandoverKind, HandoverMoney, RequestDetail } from '../../../types';
import type { Translate } from '../../i18n';
import { useT } from '../../i18n';
import { Toggle } from '../console/controls';
import { heldFen, yuan } from '../track/MoneyTrail';

export interface MoneyDraft {
  on: boolean;
  amount: string;
  purpose: string;
  receiptNo: string;
}

/** "380", "380.5", "380.50" -> fen; anything else -> null */
export function fenOf(text: string): number | null {
  const m = /^(\d{1,6})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** What of the case the money fields read: its trail so far, and what it is for. */
export type MoneyContext = Pick<RequestDetail, 'moneyLedger' | 'handovers' | 'serviceItemName' | 'status'>;

const outstandingOf = (detail: MoneyContext): number => (detail.moneyLedger ? heldFen(detail.moneyLedger) : 0);

/** The purpose of the cash taken, for the payment that follows it. */
const purposeTaken = (detail: MoneyContext): string => detail.handovers.find((h) => h.kind === 'resident_to_helper' && h.money)?.money?.purpose ?? '';

export function initialMoney(kind: HandoverKind, detail: MoneyContext): MoneyDraft {
  const outstanding = outstandingOf(detail);
  if (kind === 'helper_to_department' && outstanding > 0) return { on: true, amount: yuan(outstanding), purpose: purposeTaken(detail), receiptNo: '' };
  return { on: false, amount: '', purpose: detail.serviceItemName ?? '', receiptNo: '' };
}

/** What goes into the hand-over, or what is wrong with the draft. */
export function moneyOf(kind: HandoverKind, detail: MoneyContext, draft: MoneyDraft, t: Translate): { money?: HandoverMoney } | { problem: string } {
  const outstanding = outstandingOf(detail);
  if (kind === 'helper_to_resident') return outstanding > 0 ? { money: { amountFen: outstanding, purpose: t('money.balance') } } : {};
  if (kind === 'by_post') return outstanding > 0 ? { problem: t('money.notByPost', { amount: yuan(outstanding) }) } : {};
  if (!draft.on || (kind !== 'resident_to_helper' && kind !== 'helper_to_department')) return {};
  const amountFen = fenOf(draft.amount);
  if (amountFen === null || amountFen === 0) return { problem: t('money.badAmount') };
  if (!draft.purpose.trim()) return { problem: t('money.needPurpose') };
  if (kind === 'resident_to_helper') return { money: { amountFen, purpose: draft.purpose.trim() } };
  if (amountFen > outstanding) return { problem: t('money.tooMuch', { amount: yuan(outstanding) }) };
  if (!draft.receiptNo.trim()) return { problem: t('money.needReceipt') };
  return { money: { amountFen, purpose: draft.purpose.trim(), receiptNo: draft.receiptNo.trim() } };
}

function Field({ label, value, onChange }: { label: string; value: string; onChange(value: string): void }) {
  return (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <Input className='field__input' value={value} placeholder={label} aria-label={label} onInput={(e) => onChange(e.detail.value)} />
    </View>
  );
}

export function MoneyFields({ kind, detail, draft, onChange }: { kind: HandoverKind; detail: MoneyContext; draft: MoneyDraft; onChange(draft: MoneyDraft): void }) {
  const t = useT();
  const outstanding = outstandingOf(detail);
  const set = (patch: Partial<MoneyDraft>) => onChange({ ...draft, ...patch });
  if (kind === 'helper_to_resident' || kind === 'by_post') {
    const ended = detail.status === 'terminated' || detail.status === 'withdrawn';
    const words = kind === 'by_post' ? 'money.notByPost' : ended ? 'money.giveBackAll' : 'money.giveBack';
    return outstanding > 0 ? <Text className='message' role='status'>{t(words, { amount: yuan(outstanding) })}</Text> : null;
  }
  if (kind === 'department_to_helper' || (kind === 'helper_to_department' && outstanding === 0)) return null;
  return (
    <View className='money-fields' role='group' aria-label={t('money.title')}>
      {kind === 'resident_to_helper' ? (
        <Toggle label={t('money.take')} on={draft.on} onChange={(on) => set({ on })} />
      ) : (
        <Text className='card__text'>{t('money.toPay', { amount: yuan(outstanding) })}</Text>
      )}
      {draft.on ? (
        <View>
          <Field label={t('money.amount')} value={draft.amount} onChange={(amount) => set({ amount })} />
          <Field label={t('money.purpose')} value={draft.purpose} onChange={(purpose) => set({ purpose })} />
          {kind === 'helper_to_department' ? <Field label={t('money.receiptNo')} value={draft.receiptNo} onChange={(receiptNo) => set({ receiptNo })} /> : null}
        </View>
      ) : null}
    </View>
  );
}
