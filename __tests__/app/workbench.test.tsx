import { act } from 'react';
import Taro from '@tarojs/taro';
import { OfferList } from '../../src/features/workbench/OfferList';
import { TaskActions } from '../../src/features/workbench/TaskActions';
import { CaseDetail } from '../../src/features/track/CaseDetail';
import { useSession } from '../../src/stores/session';
import { flushOutbox, useOutbox } from '../../src/services/outbox';
import type { OfferView, PlannedVisitView, RequestDetail } from '../../types';
import { fakeApi } from './fake-api';
import { eventually, render, resetStores, screenText, waitForText } from './render';

beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
  useOutbox.setState({ actions: [] });
});

const summary = {
  id: 'r-1',
  kind: 'delegate' as const,
  status: 'en_route' as const,
  description: '代办高龄津贴',
  villageId: 'wushenzhao-wushenzhao',
  villageName: '乌审召嘎查',
  townshipName: '乌审召镇',
  serviceItemId: 'senior-allowance',
  serviceItemName: '高龄津贴申领',
  createdAt: '2026-11-27T02:00:00.000Z',
  updatedAt: '2026-11-27T02:00:00.000Z',
  urgent: false,
};

test('an offer shows why this helper, the time left, and a decline asks for the reason', async () => {
  const offer: OfferView = { id: 'o-1', status: 'pending', expiresAt: new Date(Date.now() + 10 * 60_000).toISOString(), reason: '本村（嘎查）网格员', request: summary };
  const sent = fakeApi({ 'GET /api/offers': { body: { items: [offer] } }, 'POST /api/offers/o-1/decline': { body: { ...offer, status: 'declined' } } });
  const utils = await render(OfferList, { onAccepted: jest.fn() });
  await waitForText(utils, '派单原因：本村（嘎查）网格员');
  expect(screenText()).toMatch(/还剩 (9分5\d|10分00)秒回复/);
  utils.fireEvent.click(await waitForText(utils, '婉拒'));
  utils.fireEvent.click(await waitForText(utils, '今天在外地'));
  await eventually(() => expect(sent.find((s) => s.method === 'POST')?.body).toEqual({ reason: '今天在外地' }));
});

const detail = (status: RequestDetail['status']): RequestDetail => ({
  ...summary,
  status,
  resident: { id: 'u-qiqige', name: '其其格' },
  filedBy: { id: 'u-qiqige', name: '其其格' },
  helper: { id: 'u-wurina', name: '乌日娜', kind: 'grid_worker', phone: '13900000002', languages: ['zh', 'mn'] },
  timeline: [],
  nextStatuses: ['suspended', 'terminated'],
  legalDeadline: null,
  materials: [],
  booking: null,
  landmark: null,
  location: null,
  voiceNote: null,
  commitmentSignature: null,
  callAttempts: [],
  escalated: false,
  urgencyAsked: false,
  departmentCaseNo: null,
  checkIns: [],
  welfareSteps: [],
  authorisations: [],
  handovers: [],
  moneyLedger: null,
  emergencyContacts: [{ name: '巴特尔', relation: '儿子', phone: '13800000003' }],
  residentPhone: '13800000001',
  awaitingResidentConfirmation: false,
  visitPlan: null,
});

test('on the way: check in, or start the welfare steps (resident, then the emergency contact, then the centre)', async () => {
  fakeApi({});
  const utils = await render(TaskActions, { detail: detail('en_route'), onDone: jest.fn() });
  await waitForText(utils, '到达签到');
  const text = screenText();
  expect(text).toContain('敲门没人应？');
  expect(text).toContain('给居民打电话');
  expect(text).toContain('打给儿子巴特尔');
  expect(text).toContain('报告服务中心');
});

test('steps waiting in the outbox move the helper on: after a queued check-in the 委托书 comes next', async () => {
  fakeApi({});
  act(() => {
    useOutbox.setState({
      actions: [{ key: 'k1', requestId: 'r-1', label: '到达签到', path: '/api/requests/r-1/check-in', body: {}, files: {}, capturedAt: new Date().toISOString(), state: 'waiting' }],
    });
  });
  const utils = await render(TaskActions, { detail: detail('en_route'), onDone: jest.fn() });
  await waitForText(utils, '签委托书');
  expect(screenText()).not.toContain('到达签到');
});

test('a step still sending does not close the form the helper opened after it', async () => {
  // The next step's button shows as soon as a step is queued; tapping on before the send is answered opens a form
  // that the late answer must leave open (it used to close it, signatures and all).
  let answer: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const sent = fakeApi({ 'POST /api/requests/r-1/transitions': { body: {} } });
  const fake = jest.mocked(Taro.request).getMockImplementation();
  jest.mocked(Taro.request).mockImplementation(((options: Taro.request.Option) => answered.then(() => fake?.(options))) as unknown as typeof Taro.request);
  const utils = await render(TaskActions, { detail: detail('under_review'), onDone: jest.fn() });
  utils.fireEvent.click(await waitForText(utils, '部门已通过'));
  utils.fireEvent.click(await waitForText(utils, '交接单：交还居民'));
  await waitForText(utils, '保存交接单');
  await act(async () => answer());
  await eventually(() => expect(useOutbox.getState().actions).toHaveLength(0));
  expect(sent.map((s) => s.body)).toEqual([expect.objectContaining({ to: 'approved' })]);
  expect(screenText()).toContain('保存交接单');
});

test('"saved, sent once online" shows while the step waits, and goes once it has been sent', async () => {
  let online = false;
  const sent = fakeApi({ 'POST /api/requests/r-1/transitions': { body: {} } });
  const fake = jest.mocked(Taro.request).getMockImplementation();
  jest.mocked(Taro.request).mockImplementation(((options: Taro.request.Option) =>
    online ? fake?.(options) : Promise.reject(new Error('request:fail'))) as unknown as typeof Taro.request);
  const utils = await render(TaskActions, { detail: detail('scheduled'), onDone: jest.fn() });
  utils.fireEvent.click(await waitForText(utils, '出发'));
  await waitForText(utils, '网络不好，已保存，联网后自动发送');
  online = true;
  await act(async () => {
    await flushOutbox();
  });
  await eventually(() => expect(screenText()).not.toContain('网络不好'));
  expect(sent.filter((s) => s.method === 'POST').map((s) => s.body)).toEqual([expect.objectContaining({ to: 'en_route' })]);
});

describe('the case page read by the helper on the case', () => {
  const plan: PlannedVisitView = {
    state: 'planned',
    day: '2026-11-30',
    callback: false,
    halfDay: 'am',
    bookedWindow: null,
    sharedTrip: null,
    byGridWorker: true,
    firstFreeDay: false,
    afterRestDays: false,
    deadline: null,
    deadlineMissed: false,
    supervisorNote: null,
  };
  const signedInAs = (id: string, name: string, roles: ('resident' | 'grid_worker' | 'supervisor')[]) =>
    act(() => useSession.setState({ token: 't', user: { id, name, phone: null, roles, villageId: 'wushenzhao-wushenzhao' } }));

  test('she is offered the resident to call, not herself, and no sentence written to the resident', async () => {
    signedInAs('u-wurina', '乌日娜', ['resident', 'grid_worker']);
    fakeApi({ 'GET /api/requests/r-1': { body: { ...detail('assigned'), visitPlan: plan } } });
    const utils = await render(CaseDetail, { id: 'r-1' });
    await waitForText(utils, '这次服务的居民');
    const text = screenText();
    expect(text).toContain('给其其格打电话');
    expect(text).not.toContain('给乌日娜打电话');
    expect(text).not.toContain('接下来');
    expect(text).not.toContain('上门服务安排在');
    expect(document.querySelector('a.phone-link')?.getAttribute('href')).toBe('tel:13800000001');
  });

  test('the resident reading the same case still gets her helper and what happens next', async () => {
    signedInAs('u-qiqige', '其其格', ['resident']);
    fakeApi({ 'GET /api/requests/r-1': { body: { ...detail('assigned'), residentPhone: null, visitPlan: plan } } });
    const utils = await render(CaseDetail, { id: 'r-1' });
    await waitForText(utils, '为您服务的帮办员');
    const text = screenText();
    expect(text).toContain('给乌日娜打电话');
    expect(text).toContain('接下来');
    expect(text).toContain('上门服务安排在');
    expect(text).not.toContain('这次服务的居民');
  });

  test('a supervisor reads who is on the case, not "the helper serving you"', async () => {
    signedInAs('u-liumin', '刘敏', ['supervisor']);
    fakeApi({ 'GET /api/requests/r-1': { body: detail('assigned') } });
    const utils = await render(CaseDetail, { id: 'r-1' });
    await waitForText(utils, '负责的帮办员');
    expect(screenText()).toContain('给乌日娜打电话');
    expect(screenText()).not.toContain('为您服务的帮办员');
  });
});

test('a case withdrawn while the helper holds the resident’s documents and 代缴 money: hand them back, the whole balance, no result', async () => {
  fakeApi({});
  const taken: RequestDetail['handovers'][number] = {
    id: 'h-1', kind: 'resident_to_helper', fromParty: '其其格', toParty: '乌日娜', items: [{ name: '居民身份证', form: 'original', count: 1 }], photos: [],
    fromSignature: null, toSignature: null, trackingNo: null, money: { amountFen: 38000, purpose: '医保', receiptNo: null }, place: null, location: null,
    at: '2026-11-27T02:00:00.000Z', recordedBy: '乌日娜',
  };
  const withdrawn: RequestDetail = {
    ...detail('withdrawn'),
    materials: [{ name: '居民身份证', form: 'original', status: 'provided', supplyBy: null, uploads: [] }],
    handovers: [taken],
    moneyLedger: { receivedFen: 38000, paidFen: 0, returnedFen: 0 },
  };
  const utils = await render(TaskActions, { detail: withdrawn, onDone: jest.fn() });
  utils.fireEvent.click(await waitForText(utils, '交接单：把材料交还居民'));
  await waitForText(utils, '把居民交给您的 380.00 元全部交还，和材料一起交接');
  expect(screenText()).toContain('居民身份证');
  expect(screenText()).not.toContain('办理结果（');

  // nothing held any more: no such step
  const returned: RequestDetail = { ...withdrawn, handovers: [taken, { ...taken, id: 'h-2', kind: 'helper_to_resident' }] };
  resetStores();
  const again = await render(TaskActions, { detail: returned, onDone: jest.fn() });
  await waitForText(again, '下一步');
  expect(screenText()).not.toContain('交接单：把材料交还居民');
});
