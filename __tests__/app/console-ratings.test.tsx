// The 差评 queue: each card says how bad, who rated, what for and whose work it was.
import { RatingsQueue } from '../../src/features/console/RatingsQueue';
import type { RatingView } from '../../types';
import { fakeApi } from './fake-api';
import { render, resetStores, screenText, waitForText } from './render';

beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
});

const rating = (over: Partial<RatingView>): RatingView => ({
  id: 'rt-1',
  requestId: 'r-1',
  level: 'dissatisfied',
  comment: '回电等了两天',
  anonymous: false,
  bad: true,
  raterName: '其其格',
  helperName: '乌日娜',
  serviceItemName: null,
  townshipName: '乌审召镇',
  createdAt: '2026-11-27T02:00:00.000Z',
  review: {
    status: 'verifying',
    rectifyBy: '2026-12-18',
    rectifyWorkingDaysLeft: 15,
    justified: null,
    verification: null,
    verifiedAt: null,
    rectification: null,
    rectifiedAt: null,
    rectifiedOnTime: null,
    reply: null,
    repliedAt: null,
    callBack: null,
    callBackNote: null,
  },
  ...over,
});

test('a call-back (no service item) names the helper and leaves no dangling separator; an item is named when there is one', async () => {
  fakeApi({
    'GET /api/ratings?level=dissatisfied': { body: { items: [rating({})] } },
    'GET /api/ratings?level=very_dissatisfied': { body: { items: [rating({ id: 'rt-2', level: 'very_dissatisfied', raterName: null, anonymous: true, serviceItemName: '高龄津贴申领', createdAt: '2026-11-26T02:00:00.000Z' })] } },
  });
  const utils = await render(RatingsQueue);
  await waitForText(utils, '不满意 · 其其格 · 帮办员：乌日娜');
  const text = screenText();
  expect(text).toContain('非常不满意 · 匿名 · 高龄津贴申领 · 帮办员：乌日娜');
  expect(text).not.toMatch(/· (?=回电等了两天)|· $/);
});
