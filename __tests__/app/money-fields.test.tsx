// 代缴 on the hand-over form: amounts typed in yuan become fen exactly, and what the form sends follows the case's
// money trail (a payment up to what is left, with its receipt; the whole balance back with the result; no cash by post).
import { fenOf, moneyOf, type MoneyContext, type MoneyDraft } from '../../src/features/workbench/MoneyFields';
import { zhCN } from '../../src/i18n/zh-CN';
import type { MessageKey } from '../../src/i18n/messages';

const t = (key: MessageKey, params: Record<string, string | number> = {}) => zhCN[key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
const withLedger = (receivedFen: number, paidFen: number, returnedFen: number): MoneyContext => ({
  handovers: [],
  serviceItemName: '高龄津贴申领',
  status: 'approved',
  moneyLedger: receivedFen ? { receivedFen, paidFen, returnedFen } : null,
});
const draft = (patch: Partial<MoneyDraft>): MoneyDraft => ({ on: true, amount: '', purpose: '医保', receiptNo: '', ...patch });

test('yuan typed as a person writes it become exact fen; anything else is refused', () => {
  expect([fenOf('380'), fenOf('380.5'), fenOf('380.50'), fenOf(' 0.07 '), fenOf('999999.99')]).toEqual([38000, 38050, 38050, 7, 99999999]);
  for (const bad of ['', 'abc', '380.505', '-5', '1e3', '1234567', '３８０']) expect(fenOf(bad)).toBeNull();
});

test('what each hand-over sends, against the trail so far', () => {
  expect(moneyOf('resident_to_helper', withLedger(0, 0, 0), draft({ on: false }), t)).toEqual({});
  expect(moneyOf('resident_to_helper', withLedger(0, 0, 0), draft({ amount: '380.5' }), t)).toEqual({ money: { amountFen: 38050, purpose: '医保' } });
  expect(moneyOf('resident_to_helper', withLedger(0, 0, 0), draft({ amount: '0' }), t)).toEqual({ problem: '请写正确的金额，如 380 或 380.50' });
  expect(moneyOf('helper_to_department', withLedger(38000, 0, 0), draft({ amount: '380' }), t)).toEqual({ problem: '请写缴费票据号' });
  expect(moneyOf('helper_to_department', withLedger(38000, 0, 0), draft({ amount: '380.01', receiptNo: 'PJ-1' }), t)).toEqual({ problem: '最多还能缴 380.00 元' });
  expect(moneyOf('helper_to_department', withLedger(38000, 0, 0), draft({ amount: '360', receiptNo: ' PJ-1 ' }), t)).toEqual({ money: { amountFen: 36000, purpose: '医保', receiptNo: 'PJ-1' } });
  expect(moneyOf('helper_to_resident', withLedger(38000, 36000, 0), draft({ on: false }), t)).toEqual({ money: { amountFen: 2000, purpose: '代缴余额' } });
  expect(moneyOf('helper_to_resident', withLedger(0, 0, 0), draft({ on: false }), t)).toEqual({});
  expect(moneyOf('by_post', withLedger(38000, 36000, 0), draft({ on: false }), t)).toEqual({ problem: '还有 20.00 元余额要当面交还居民，请用“交还居民”，不能邮寄现金' });
  expect(moneyOf('department_to_helper', withLedger(38000, 36000, 0), draft({ amount: '5' }), t)).toEqual({});
});
