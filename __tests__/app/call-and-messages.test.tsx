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
  nextAgencyDay: null,
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
          { id: 2, requestId: 'r-1', kind: 'status', body: 'assigned', createdAt: '2026-11-27T02:05:00.000Z', read: false, caseTitle: '高龄津贴申领', caseTitleMn: 'ᠥᠨᠳᠥᠷ ᠨᠠᠰᠤᠨ ᠤ ᠲᠡᠳᠬᠦᠯᠡᠭ' },
          { id: 1, requestId: 'r-2', kind: 'status', body: 'offered', createdAt: '2026-11-27T02:00:00.000Z', read: true, caseTitle: '请回电，问问养老金什么时候到账' },
        ],
      },
    },
    'POST /api/messages/read': { body: { unread: 0, items: [] } },
  });
  const utils = await render(MessageList, { onOpen: jest.fn() });
  await waitForText(utils, '● 您的事项：帮办员已接单');
  expect(screenText()).toContain('您的事项：已派给帮办员');
  // which case each is about
  expect(screenText()).toContain('高龄津贴申领 · ');
  expect(screenText()).toContain('请回电，问问养老金什么时候到账 · ');
  await eventually(() => expect(sent.some((s) => s.path === '/api/messages/read')).toBe(true));
});

test('every kind of message says what it is about, not the call-escalation text', async () => {
  const at = '2026-11-27T02:00:00.000Z';
  const items = [
    { id: 7, requestId: 'r-1', kind: 'assigned', body: 'assigned' },
    { id: 6, requestId: 'r-1', kind: 'visit_reminder', body: '2026-11-30|09:00|苏力德苏木便民服务站' },
    { id: 5, requestId: 'r-1', kind: 'rating_reply', body: '12' },
    { id: 4, requestId: null, kind: 'milestone_assigned', body: '3|groundbreaking' },
    { id: 3, requestId: null, kind: 'milestone', body: '3|groundbreaking|in_progress' },
    { id: 15, requestId: 'r-1', kind: 'urgent', body: '老人下周住院' },
    { id: 14, requestId: 'r-1', kind: 'urgency_asked', body: '补贴月底到期' },
    { id: 13, requestId: 'r-1', kind: 'urgency_granted', body: '核实属实' },
    { id: 12, requestId: 'r-1', kind: 'urgency_declined', body: '按时限办理' },
    { id: 11, requestId: 'r-1', kind: 'complaint', body: 'c-1' },
    { id: 10, requestId: 'r-1', kind: 'complaint', body: 'c-1|answered' },
    { id: 9, requestId: 'r-1', kind: 'bad_rating', body: '12' },
    { id: 8, requestId: 'r-1', kind: 'welfare_alert', body: '敲门无人应答' },
    { id: 16, requestId: 'r-1', kind: 'agency_cancelled', body: '2026-12-01|乌审召镇民生集市|沙尘暴预警' },
    { id: 17, requestId: 'r-1', kind: 'agency_moved', body: '2026-12-03|乌审召镇文化站|党群服务中心装修' },
    { id: 2, requestId: 'r-1', kind: 'some_future_kind', body: 'x' },
    { id: 1, requestId: 'r-1', kind: 'escalation', body: 'no_answer' },
  ].map((m) => ({ ...m, createdAt: at, read: true }));
  fakeApi({ 'GET /api/messages': { body: { unread: 0, items } } });
  const utils = await render(MessageList, { onOpen: jest.fn() });
  await waitForText(utils, '服务中心把一件事项直接交给了您，请在工作台查看');
  const text = screenText();
  for (const line of [
    '上门提醒：11月30日（周一） 09:00 · 苏力德苏木便民服务站',
    '服务中心已答复您的评价',
    '有一个企业项目节点交给您办理',
    '企业项目节点有新进展：办理中',
    '有一条新消息',
    '有居民反映办不成事，请受理',
    '服务中心已将一件事项加急，请尽快办理：老人下周住院',
    '有居民申请加急，请尽快答复：补贴月底到期',
    '服务中心同意加急办理：核实属实',
    '服务中心答复加急申请：按时限办理',
    '您反映的问题：已答复',
    '有居民给了不满意的评价，请核实',
    '帮办员上门联系不上居民，请服务中心立即处理：敲门无人应答',
    '您约在2026-12-01的流动代办点（乌审召镇民生集市）取消了：沙尘暴预警。帮办员会另约时间上门。',
    '您约在2026-12-03的流动代办点改到乌审召镇文化站：党群服务中心装修。时间不变。',
  ]) expect(text).toContain(line);
  // the call-escalation wording, once: for the escalation itself and nothing else
  expect(text.split('有回电多次没打通').length - 1).toBe(1);
});
