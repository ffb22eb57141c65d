import { DeliveryFailures } from '../../src/features/console/DeliveryFailures';
import type { DeliveryView } from '../../types';
import { fakeApi } from './fake-api';
import { tapLabelled } from './console-input';
import { eventually, render, resetStores, screenText, waitForText } from './render';

beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
});

const failure: DeliveryView = {
  id: 41, messageId: 900, event: 'assigned', channel: 'wechat', status: 'failed', recipient: { id: 'u-herder', name: '巴图' }, phone: '138****5678',
  error: '45009 reach max api daily quota limit', requestId: 'r-1', at: '2026-11-27T01:30:00.000Z',
};

test('each failure shows the event, channel, recipient with a masked phone, the error and the time; a retry says how it went', async () => {
  let listed = [failure];
  const sent = fakeApi({
    'GET /api/notifications/failures': () => ({ body: { items: listed } }),
    'POST /api/notifications/failures/41/retry': () => {
      listed = [];
      return { body: { ...failure, status: 'sent', error: null } };
    },
  });
  const utils = await render(DeliveryFailures);
  await waitForText(utils, '接单通知 · 微信');
  const text = screenText();
  expect(text).toContain('巴图 138****5678 · 11月27日 09:30');
  expect(text).toContain('失败原因：45009 reach max api daily quota limit');
  tapLabelled(utils, '给巴图重新发送接单通知');
  await waitForText(utils, '已重新发给巴图');
  await waitForText(utils, '没有发送失败的通知。');
  expect(sent.filter((s) => s.method === 'POST').map((s) => s.path)).toEqual(['/api/notifications/failures/41/retry']);
});

test('a retry that fails again, or finds no channel, is said in words', async () => {
  const answers = [
    { ...failure, error: '45009 reach max api daily quota limit' },
    { ...failure, status: 'skipped', channel: null, error: 'no opt-in for this event' },
  ];
  fakeApi({
    'GET /api/notifications/failures': { body: { items: [failure] } },
    'POST /api/notifications/failures/41/retry': () => ({ body: answers.shift() }),
  });
  const utils = await render(DeliveryFailures);
  utils.fireEvent.click(await waitForText(utils, '重新发送'));
  await waitForText(utils, '还是没有发出去：45009 reach max api daily quota limit');
  utils.fireEvent.click(await waitForText(utils, '重新发送'));
  await waitForText(utils, '巴图没有开通这类通知，没有发送，请打电话告诉他。');
  await eventually(() => expect(answers).toHaveLength(0));
});
