import { AskUrgency, mayAskUrgency } from '../../src/features/track/AskUrgency';
import { typeInto } from './console-input';
import { fakeApi } from './fake-api';
import { eventually, render, resetStores, waitForText } from './render';

beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
});

test('the resident says what makes it urgent, and the ask is sent once with those words', async () => {
  const sent = fakeApi({ 'POST /api/requests/r-1/urgency-request': { body: {} } });
  const onAsked = jest.fn();
  const utils = await render(AskUrgency, { requestId: 'r-1', onAsked });
  utils.fireEvent.click(await waitForText(utils, '我有急事，申请加急'));
  typeInto(utils, '什么事急？比如：下周住院、补贴快到期', '下周三住院');
  utils.fireEvent.click(await waitForText(utils, '确认'));
  await eventually(() => expect(onAsked).toHaveBeenCalledTimes(1));
  expect(sent.filter((s) => s.method === 'POST').map((s) => s.body)).toEqual([{ reason: '下周三住院' }]);
});

test('a refused ask is said in words, and the page is not told it went through', async () => {
  fakeApi({ 'POST /api/requests/r-1/urgency-request': { status: 409, body: { error: { code: 'INVALID_TRANSITION', message: 'already asked' } } } });
  const onAsked = jest.fn();
  const utils = await render(AskUrgency, { requestId: 'r-1', onAsked });
  utils.fireEvent.click(await waitForText(utils, '我有急事，申请加急'));
  typeInto(utils, '什么事急？比如：下周住院、补贴快到期', '急');
  utils.fireEvent.click(await waitForText(utils, '确认'));
  await waitForText(utils, '这件事的状态已经变了，请刷新后再试。');
  expect(onAsked).not.toHaveBeenCalled();
});

test('the button is there only while the case is open, not urgent and not already asked', () => {
  expect(mayAskUrgency({ status: 'offered', urgent: false, urgencyAsked: false })).toBe(true);
  expect(mayAskUrgency({ status: 'under_review', urgent: false, urgencyAsked: false })).toBe(true);
  expect(mayAskUrgency({ status: 'offered', urgent: true, urgencyAsked: false })).toBe(false);
  expect(mayAskUrgency({ status: 'offered', urgent: false, urgencyAsked: true })).toBe(false);
  for (const status of ['result_delivered', 'rated', 'archived', 'withdrawn', 'draft'] as const) {
    expect(mayAskUrgency({ status, urgent: false, urgencyAsked: false })).toBe(false);
  }
});
