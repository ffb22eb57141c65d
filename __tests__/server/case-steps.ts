// Steps the workbench tests take on a 代办 case through real HTTP: signatures and photos uploaded, a case filed by
// 其其格 with every material in hand and accepted by 乌日娜, her grid worker, and the same case once its 委托书 is signed.
import type { OfferListResponse, RequestDetail, UploadView } from '../../types';
import { PNG_1X1, multipart } from './fixtures';
import { bearer, newKey, type DEMO, type TestApp } from './test-app';

export function caseSteps(t: TestApp, tok: Record<keyof typeof DEMO, string>) {
  const post = (token: string, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: { ...bearer(token), 'idempotency-key': newKey() }, payload });
  const upload = async (token: string, kind: 'signature' | 'photo', name: string): Promise<string> => {
    const { payload, headers } = multipart(PNG_1X1, name, 'image/png');
    return (await t.app.inject({ method: 'POST', url: `/api/uploads?kind=${kind}`, headers: { ...bearer(token), ...headers }, payload })).json<UploadView>().id;
  };
  const sign = (token: string) => upload(token, 'signature', 'sig.png');
  const photo = (token: string) => upload(token, 'photo', 'doc.png');
  async function assignedDelegateCase(): Promise<string> {
    const created = await post(tok.qiqige, '/api/requests', {
      kind: 'delegate',
      villageId: 'wushenzhao-wushenzhao',
      description: '代办高龄津贴',
      serviceItemId: 'senior-allowance',
      location: { lat: 39.0342, lng: 108.9127 },
      materials: ['居民身份证', '居民户口簿', '社会保障卡或本人银行卡', '《高龄津贴申请审批表》', '近期一寸免冠彩色照片'].map((name) => ({ name, status: 'provided' })),
    });
    const id = created.json<RequestDetail>().id;
    const offers = (await t.app.inject({ method: 'GET', url: '/api/offers', headers: bearer(tok.gridUrina) })).json<OfferListResponse>();
    const offer = offers.items.find((o) => o.request.id === id);
    expect((await post(tok.gridUrina, `/api/offers/${offer?.id}/accept`)).statusCode).toBe(200);
    return id;
  }
  /** The same case after 乌日娜's visit: on the way, checked in at the door, and the 委托书 signed. */
  async function authorisedDelegateCase(): Promise<string> {
    const id = await assignedDelegateCase();
    const helper = tok.gridUrina;
    for (const to of ['scheduled', 'en_route']) expect((await post(helper, `/api/requests/${id}/transitions`, { to })).statusCode).toBe(200);
    expect((await post(helper, `/api/requests/${id}/check-in`, { location: { lat: 39.0342, lng: 108.9127 } })).statusCode).toBe(200);
    const signed = await post(helper, `/api/requests/${id}/authorisations`, { kind: 'authorisation', residentSignatureId: await sign(helper), helperSignatureId: await sign(helper) });
    expect(signed.statusCode).toBe(200);
    return id;
  }
  return { post, sign, photo, assignedDelegateCase, authorisedDelegateCase };
}
