// 企业数字名片 in the app: the contact issues the card (its QR code named for a screen reader), copies the link,
// replaces and withdraws it in two taps each; the card as a bank reads it leaves out nothing it should show.
import Taro from '@tarojs/taro';
import { CardPanel } from '../../src/features/enterprise/CardPanel';
import { CardView } from '../../src/features/enterprise/CardView';
import type { EnterpriseCard, EnterpriseCardState } from '../../types';
import { fakeApi } from './fake-api';
import { exactly, render, resetStores, screenText, waitForText } from './render';

beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
});

const link = (token: string, views = 0): EnterpriseCardState => ({
  card: { token, url: `https://bangban.example.cn/#/pages/card/index?t=${token}`, qrDataUrl: 'data:image/svg+xml;base64,PHN2Zy8+', issuedAt: '2026-11-27T02:00:00.000Z', views, lastViewedAt: views ? '2026-11-27T03:30:00.000Z' : null },
});
const first = 'AAAAAAAAAAAAAAAAAAAAAA';
const second = 'BBBBBBBBBBBBBBBBBBBBBB';

test('the contact issues the card, sees its QR code and how often it was opened, and copies the link', async () => {
  let state: EnterpriseCardState = { card: null };
  const sent = fakeApi({
    'GET /api/enterprises/e-1/card': () => ({ body: state }),
    'POST /api/enterprises/e-1/card': () => {
      state = link(first, 2);
      return { body: state };
    },
  });
  const copied = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok', data: '' });
  const utils = await render(CardPanel, { enterpriseId: 'e-1', name: '绿能公司' });
  utils.fireEvent.click(await exactly('生成名片'));
  await waitForText(utils, '名片已被打开2次');
  const qr = document.querySelector('img.qr-code');
  expect(qr?.getAttribute('alt')).toBe('绿能公司的数字名片二维码，扫码打开名片');
  expect(qr?.getAttribute('src')).toBe('data:image/svg+xml;base64,PHN2Zy8+');
  expect(screenText()).toContain(`https://bangban.example.cn/#/pages/card/index?t=${first}`);
  expect(sent.find((s) => s.method === 'POST')?.headers['idempotency-key']).toMatch(/.{8,}/);

  utils.fireEvent.click(await exactly('复制链接'));
  await waitForText(utils, '链接已复制，可以发给对方。');
  expect(copied).toHaveBeenCalledWith({ data: `https://bangban.example.cn/#/pages/card/index?t=${first}` });
});

test('replacing and withdrawing each ask first; the second tap does it', async () => {
  let state: EnterpriseCardState = link(first, 5);
  const sent = fakeApi({
    'GET /api/enterprises/e-1/card': () => ({ body: state }),
    'POST /api/enterprises/e-1/card': () => {
      state = link(second);
      return { body: state };
    },
    'DELETE /api/enterprises/e-1/card': () => {
      state = { card: null };
      return { body: state };
    },
  });
  const utils = await render(CardPanel, { enterpriseId: 'e-1', name: '绿能公司' });
  utils.fireEvent.click(await exactly('换新链接'));
  await waitForText(utils, '换新以后，旧链接和旧二维码都打不开了，要重新发给对方。');
  expect(sent.filter((s) => s.method !== 'GET')).toEqual([]);
  utils.fireEvent.click(await exactly('确定换新'));
  await waitForText(utils, '已换新链接，旧的已失效。');
  expect(screenText()).toContain(second);
  expect(screenText()).toContain('名片已被打开0次');

  utils.fireEvent.click(await exactly('停用名片'));
  await waitForText(utils, '停用以后，链接和二维码都打不开了。需要时可以再生成。');
  utils.fireEvent.click(await exactly('确定停用'));
  await waitForText(utils, '名片已停用。');
  await exactly('生成名片');
  expect(sent.filter((s) => s.method !== 'GET').map((s) => s.method)).toEqual(['POST', 'DELETE']);
});

test('the card as a bank reads it: the licence, the project at its current milestone, the licences, who serves it', async () => {
  const card: EnterpriseCard = {
    name: '绿能公司', creditCode: '91150626MA0N8D2K3X', legalPerson: '高建华', industry: '新材料制造', townshipName: '苏里格经济开发区', address: '图克工业项目区',
    projects: [
      {
        name: '降解材料项目', site: '图克工业项目区', investment: '12.6亿元', done: 1, total: 2,
        current: { kind: 'construction_permit', name: '施工许可', status: 'blocked', completedOn: null },
        milestones: [
          { kind: 'enterprise_setup', name: '企业开办', status: 'done', completedOn: '2026-03-10' },
          { kind: 'construction_permit', name: '施工许可', status: 'blocked', completedOn: null },
        ],
      },
    ],
    credentials: [{ name: '营业执照', number: null, issuedOn: '2026-03-10', milestone: '企业开办' }, { name: '备案告知书', number: '2026-150626-04', issuedOn: null, milestone: '立项用地规划' }],
    serviceHelpers: ['巴雅尔', '乌日娜'], helpLine: '12345', issuedAt: '2026-11-27T02:00:00.000Z', asOf: '2026-11-27T04:05:00.000Z',
  };
  const utils = await render(CardView, { card });
  await waitForText(utils, '91150626MA0N8D2K3X');
  const text = screenText();
  for (const line of [
    '法定代表人', '总投资12.6亿元 · 图克工业项目区', '1/2个环节已完成', '当前环节：施工许可（受阻）', '企业开办 · 已完成 · 2026-03-10',
    '营业执照 · 2026-03-10取得 · 企业开办', '备案告知书 · 2026-150626-04 · 立项用地规划', '帮办代办专员：巴雅尔、乌日娜', '政务服务咨询电话：12345',
    '以上信息来自乌审旗一企一档，11月27日 12:05查询。',
  ]) expect(text).toContain(line);
  expect(document.querySelector('a.phone-link')?.getAttribute('href')).toBe('tel:12345');
});
