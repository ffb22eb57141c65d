// Sign-in through the real API (demo mode returns the code), and one demo case for the case pages.
import type { EnterpriseCardState, RequestDetail, SessionResponse, OfferListResponse } from '../../types';

export type Session = SessionResponse;

async function post<T>(url: string, body: object, token?: string, key?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export async function sessionFor(baseUrl: string, phone: string): Promise<Session> {
  const { devCode } = await post<{ devCode: string }>(`${baseUrl}/api/auth/code`, { phone });
  return post<Session>(`${baseUrl}/api/auth/verify`, { phone, code: devCode });
}

/** 其其格 asks for a visit and 乌日娜 accepts it: the case page then shows a helper, a call button and a timeline. */
export async function prepareDemoCase(baseUrl: string): Promise<string> {
  const resident = await sessionFor(baseUrl, '13800000001');
  const helper = await sessionFor(baseUrl, '13900000002');
  const created = await post<RequestDetail>(
    `${baseUrl}/api/requests`,
    { kind: 'home_visit', villageId: 'wushenzhao-wushenzhao', description: '帮我申请高龄津贴' },
    resident.token,
    `audit-${Date.now()}`,
  );
  const offers = (await (await fetch(`${baseUrl}/api/offers`, { headers: { authorization: `Bearer ${helper.token}` } })).json()) as OfferListResponse;
  const offer = offers.items.find((o) => o.request.id === created.id);
  if (offer) await post(`${baseUrl}/api/offers/${offer.id}/accept`, {}, helper.token);
  return created.id;
}

/** 其其格 applies for 高龄津贴 as 代办 with every material in hand: the case a helper then carries to the end. */
export async function prepareDelegateCase(baseUrl: string): Promise<string> {
  const resident = await sessionFor(baseUrl, '13800000001');
  const materials = ['居民身份证', '居民户口簿', '社会保障卡或本人银行卡', '《高龄津贴申请审批表》', '近期一寸免冠彩色照片'].map((name) => ({ name, status: 'provided' }));
  const created = await post<RequestDetail>(
    `${baseUrl}/api/requests`,
    { kind: 'delegate', villageId: 'wushenzhao-wushenzhao', description: '代办高龄津贴', serviceItemId: 'senior-allowance', materials },
    resident.token,
    `e2e-delegate-${Date.now()}`,
  );
  return created.id;
}

/** A call-back that 乌日娜 answered: delivered and waiting for 其其格's rating. */
export async function prepareDeliveredCallback(baseUrl: string): Promise<string> {
  const resident = await sessionFor(baseUrl, '13800000001');
  const helper = await sessionFor(baseUrl, '13900000002');
  const created = await post<RequestDetail>(
    `${baseUrl}/api/requests`,
    { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '请回电，问养老金' },
    resident.token,
    `e2e-callback-${Date.now()}`,
  );
  const offers = (await (await fetch(`${baseUrl}/api/offers`, { headers: { authorization: `Bearer ${helper.token}` } })).json()) as OfferListResponse;
  const offer = offers.items.find((o) => o.request.id === created.id);
  if (!offer) throw new Error('the call-back was not offered to 乌日娜');
  await post(`${baseUrl}/api/offers/${offer.id}/accept`, {}, helper.token);
  await post(`${baseUrl}/api/requests/${created.id}/call-attempts`, { outcome: 'reached' }, helper.token);
  return created.id;
}

/** 高建华 issues the demo enterprise's digital card: the card page is then open to anyone with its link. */
export async function prepareDemoCard(baseUrl: string): Promise<string> {
  const contact = await sessionFor(baseUrl, '13600000001');
  const state = await post<EnterpriseCardState>(`${baseUrl}/api/enterprises/e-demo-suligelvneng/card`, {}, contact.token, `audit-card-${Date.now()}`);
  if (!state.card) throw new Error('no card issued');
  return state.card.token;
}
