// 代缴 on the case page, for the resident, her family, the helper and supervisors alike: each hand-over's money, and
// the sum of the trail (taken, paid, handed back) with what is still in the helper's hands, if anything.
import { Text } from '@tarojs/components';
import type { HandoverView, RequestDetail } from '../../../types';
import { useT, type Translate } from '../../i18n';

export const yuan = (fen: number): string => (fen / 100).toFixed(2);

type Ledger = NonNullable<RequestDetail['moneyLedger']>;
/** What of the resident's money the helper still holds. */
export const heldFen = (l: Ledger): number => l.receivedFen - l.paidFen - l.returnedFen;

export function moneyLine(h: HandoverView, t: Translate): string {
  const m = h.money;
  if (!m) return '';
  if (h.kind === 'resident_to_helper') return t('money.received', { amount: yuan(m.amountFen), purpose: m.purpose });
  if (h.kind === 'helper_to_department') return t('money.paid', { amount: yuan(m.amountFen), purpose: m.purpose, receipt: m.receiptNo ?? '—' });
  return t('money.returned', { amount: yuan(m.amountFen) });
}

export function MoneyLedger({ ledger }: { ledger: Ledger }) {
  const t = useT();
  const open = heldFen(ledger);
  const sums = t('money.ledger', { received: yuan(ledger.receivedFen), paid: yuan(ledger.paidFen), returned: yuan(ledger.returnedFen) });
  return (
    <Text className={`message${open === 0 ? '' : ' badge'}`} role='status'>
      {`${sums} · ${open === 0 ? t('money.settled') : t('money.open', { amount: yuan(open) })}`}
    </Text>
  );
}
