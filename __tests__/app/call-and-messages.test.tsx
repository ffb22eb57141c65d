import { CallPanel } from '../../src/features/call/CallPanel';
import { MessageList } from '../../src/features/messages/MessageList';
import { fakeApi } from './fake-api';
import { eventually, render, resetStores, screenText, waitForText } from './render';

beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
});

const contacts = {
  helpLine: '12345',
  gridWorkers: [{ id: 'u-wurina', name: '乌日娜', kind: 'grid_worker', phone: '13900000002', languages: ['zh', 'mn'] }],
  currentHelper: null,
};

test('one tap reaches the grid worker or the help line; 请给我回电 files a call-back once', async () => {
  const sent = fakeApi({ 'GET /api/me/contacts': { body: contacts }, 'POST /api/requests': { status: 201, body: { id: 'r-9' } } });
  const onCallBackRequested = jest.fn();
  const utils = await render(CallPanel, { villageId: 'wushenzhao-wushenzhao', onCallBackRequested });
  await waitForText(utils, '打给网格员乌日娜');
  expect(screenText()).toContain('打服务热线 12345');
  utils.fireEvent.click(await waitForText(utils, '请给我回电'));
  await eventually(() => expect(onCallBackRequested).toHaveBeenCalledWith({ id: 'r-9' }));
  const post = sent.find((s) => s.method === 'POST');
  expect(post?.body).toMatchObject({ kind: 'callback', villageId: 'wushenzhao-wushenzhao' });
});

test('a slow network is said in plain words', async () => {
  fakeApi({ 'GET /api/me/contacts': { status: 503, body: { error: { code: 'UNAVAILABLE', message: 'db down' } } } });
  const utils = await render(CallPanel, { villageId: null, onCallBackRequested: jest.fn() });
  await waitForText(utils, '服务暂时不可用，请稍后再试。');
});

test('messages are worded in the reader’s language and unread ones are marked, then cleared', async () => {
  const sent = fakeApi({
    'GET /api/messages': {
      body: {
        unread: 1,
        items: [
          { id: 2, requestId: 'r-1', kind: 'status', body: 'assigned', createdAt: '2026-11-27T02:05:00.000Z', read: false },
          { id: 1, requestId: 'r-1', kind: 'status', body: 'offered', createdAt: '2026-11-27T02:00:00.000Z', read: true },
        ],
      },
    },
    'POST /api/messages/read': { body: { unread: 0, items: [] } },
  });
  const utils = await render(MessageList, { onOpen: jest.fn() });
  await waitForText(utils, '● 您的事项：帮办员已接单');
  expect(screenText()).toContain('您的事项：已派给帮办员');
  await eventually(() => expect(sent.some((s) => s.path === '/api/messages/read')).toBe(true));
});
