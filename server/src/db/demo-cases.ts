// A banner's day for `npm start` (DEMO_CASES=1): cases in every state a supervisor deals with — offered, accepted,
// due soon, overdue, delivered with a bad rating, a 办不成事 report, a resident's ask for 加急, and a 民生集市 day —
// so the console, the workbench and the case pages have something to show on first start. Every case goes through
// the real API (filing, dispatch, accept, steps), so it is exactly what people would have produced; only the overdue
// case's legal deadline is moved (no case can be overdue on the day it is filed).
// Never used by the tests, which start from an empty day.
import type { FastifyInstance } from 'fastify';
import type { RequestDetail, RatingLevel } from '../../../types';
import { parseRoles } from '../lib/json';
import { signSession } from '../plugins/auth';
import { bannerDate, isWorkingDay, shiftDay } from '../lib/working-days';

interface DemoFiling {
  residentId: string;
  body: Record<string, unknown>;
  /** how far the case is carried: offered (left for the helper), accepted, or delivered and rated */
  until: 'offered' | 'accepted' | 'delivered';
  rating?: { level: RatingLevel; comment: string };
  complaint?: string;
  /** move the legal deadline to show a deadline state: days from today (negative: overdue) */
  deadlineInDays?: number;
  /** the resident asks for 加急 with these words (left for a supervisor to answer) */
  urgencyAsk?: string;
}

const allProvided = (names: readonly string[]) => names.map((name) => ({ name, status: 'provided' }));

const FILINGS: DemoFiling[] = [
  {
    residentId: 'u-qiqige',
    until: 'offered',
    urgencyAsk: '下周要去旗医院住院，想在住院前办好',
    body: { kind: 'home_visit', villageId: 'wushenzhao-wushenzhao', description: '腿脚不方便，想请人上门帮我办高龄津贴认证' },
  },
  // Due soon by its own legal limit (one working day), set at filing: dispatch plans the visit within it. (Moving a
  // deadline after dispatch left a plan past it on the board: visit Monday, deadline Sunday.)
  {
    residentId: 'u-zhangguilan',
    until: 'accepted',
    body: {
      kind: 'assist',
      villageId: 'wushenzhao-buridu',
      serviceItemId: 'medical-offsite-filing',
      description: '下周去呼和浩特看病，要办异地就医备案',
      materials: allProvided(['居民身份证、社会保障卡或医保电子凭证', '《异地就医备案登记表》', '个人承诺书', '转诊转院证明']),
    },
  },
  { residentId: 'u-bateer', until: 'accepted', deadlineInDays: -2, body: { kind: 'home_visit', villageId: 'galutu-sibukou', description: 'ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ ᠪᠡᠷ ᠶᠠᠷᠢᠬᠤ ᠬᠦᠮᠦᠨ ᠢᠷᠡᠭᠡᠷᠡᠢ（请会蒙古语的帮办员上门）', needsLanguage: 'mn' } },
  { residentId: 'u-bateer', until: 'offered', body: { kind: 'home_visit', villageId: 'galutu-hurehu', description: '想问问残疾人证怎么换' } },
  {
    residentId: 'u-qiqige',
    until: 'delivered',
    rating: { level: 'dissatisfied', comment: '回电等了两天' },
    complaint: '养老金的事打了几次电话还是没说清楚',
    body: { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '请回电，问问养老金什么时候到账' },
  },
];

export async function seedDemoCases(app: FastifyInstance): Promise<number> {
  const existing = await app.db.selectFrom('requests').select('id').limit(1).execute();
  if (existing.length > 0) return 0;
  const users = await app.db.selectFrom('users').select(['id', 'roles']).execute();
  const tokenOf = (id: string): string => {
    const user = users.find((u) => u.id === id);
    if (!user) throw new Error(`demo user ${id} is missing`);
    return signSession(app, { id, roles: parseRoles(user.roles) });
  };
  let key = 0;
  const call = async <T>(userId: string, method: 'GET' | 'POST', url: string, payload?: object): Promise<T> => {
    key += 1;
    const res = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${tokenOf(userId)}`, ...(method === 'POST' ? { 'idempotency-key': `demo-${Date.now()}-${key}` } : {}) },
      ...(payload ? { payload } : {}),
    });
    if (res.statusCode >= 300) throw new Error(`demo case step ${method} ${url} failed: ${res.statusCode} ${res.body}`);
    return res.json<T>();
  };

  for (const f of FILINGS) {
    const created = await call<RequestDetail>(f.residentId, 'POST', '/api/requests', f.body);
    if (f.deadlineInDays !== undefined) {
      await app.db.updateTable('requests').set({ legal_deadline: shiftDay(bannerDate(), f.deadlineInDays) }).where('id', '=', created.id).execute();
    }
    if (f.urgencyAsk) await call(f.residentId, 'POST', `/api/requests/${created.id}/urgency-request`, { reason: f.urgencyAsk });
    if (f.until === 'offered') continue;
    const offer = await app.db.selectFrom('offers').select(['id', 'helper_id']).where('request_id', '=', created.id).where('status', '=', 'pending').executeTakeFirst();
    if (!offer) continue;
    await call(offer.helper_id, 'POST', `/api/offers/${offer.id}/accept`);
    if (f.until === 'accepted') continue;
    await call(offer.helper_id, 'POST', `/api/requests/${created.id}/call-attempts`, { outcome: 'reached', note: '已电话说明到账时间' });
    if (f.rating) await call(f.residentId, 'POST', `/api/requests/${created.id}/rating`, { level: f.rating.level, comment: f.rating.comment, anonymous: false });
    if (f.complaint) await call(f.residentId, 'POST', '/api/complaints', { description: f.complaint, requestId: created.id });
  }
  // A 民生集市 day the service centre published for 乌审召镇's 嘎查 (on the first working day at least three days
  // out): it shows on the console's 流动代办点 tab and as a choice on 其其格's booking page.
  let marketDay = shiftDay(bannerDate(), 3);
  while (!isWorkingDay(marketDay)) marketDay = shiftDay(marketDay, 1);
  const villages = await app.db.selectFrom('villages').select('id').where('township_id', '=', 'wushenzhao').orderBy('id').execute();
  await call('u-liumin', 'POST', '/api/supervision/agency-days', {
    day: marketDay, start: '10:00', end: '15:00', place: '乌审召镇民生集市', villageIds: villages.map((v) => v.id), helperId: 'u-wanghaijun',
  });
  return FILINGS.length;
}
