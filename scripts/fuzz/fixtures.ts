// Real things for well-formed requests to point at: signed-in demo accounts, requests the residents filed, the offers
// those made to the grid worker, and the ids of villages, service items and users.
import { asRecord, callJson, signIn, stringField, type Session } from '../crash/api-client';
import { seededRandom } from '../crash/seeded-random';
import type { Sessions } from './jwt-tokens';
import { multipartBody } from './multipart-variants';

export interface Fixtures {
  sessions: Sessions;
  /**
   * Real ids by the collection a path parameter belongs to ("/api/offers" -> the grid worker's offers); each belongs
   * to the session a well-formed request carries (resident A, or the grid worker for offers).
   */
  idPools: Record<string, string[]>;
  /** requests filed by resident B (resident A must not see them) */
  otherRequestIds: string[];
  villageIds: string[];
  serviceItemIds: string[];
  userIds: string[];
}

/** Best effort: a route another team is still shaping may refuse; the fuzzer then uses request ids there. */
async function optionalId(what: string, attempt: () => Promise<Response>): Promise<string[]> {
  try {
    const res = await attempt();
    const body = (await res.json()) as unknown;
    const id = stringField(body, 'id') ?? stringField(body, 'link', 'id');
    return res.ok && id ? [id] : [];
  } catch (error) {
    process.stderr.write(`fixture ${what} not created: ${String(error)}\n`);
    return [];
  }
}

async function fileRequest(url: string, session: Session, villageId: string, n: number): Promise<string> {
  const res = await callJson(url, '/api/requests', {
    method: 'POST',
    token: session.token,
    idempotencyKey: `fuzz-fixture-${session.userId}-${n}`,
    body: { kind: 'home_visit', villageId, description: `模糊测试准备数据 ${n}` },
  });
  const id = stringField(res.body, 'id');
  if (res.status !== 201 || !id) throw new Error(`could not file a fixture request: ${res.status} ${JSON.stringify(res.body)}`);
  return id;
}

export async function prepareFixtures(url: string): Promise<Fixtures> {
  const sessions: Sessions = {
    residentA: await signIn(url, '13800000001'),
    residentB: await signIn(url, '13800000002'),
    helper: await signIn(url, '13900000001'),
    gridWorker: await signIn(url, '13900000002'),
    supervisor: await signIn(url, '13700000001'),
  };
  const ownRequestIds: string[] = [];
  // 乌审召嘎查 is the grid worker's: these become offers to her.
  for (let n = 0; n < 4; n += 1) ownRequestIds.push(await fileRequest(url, sessions.residentA, 'wushenzhao-wushenzhao', n));
  const otherRequestIds = [await fileRequest(url, sessions.residentB, 'galutu-hurehu', 0), await fileRequest(url, sessions.residentB, 'galutu-hurehu', 1)];

  const offers = asRecord((await callJson(url, '/api/offers', { token: sessions.gridWorker.token })).body)?.items;
  const offerIds = Array.isArray(offers) ? offers.flatMap((o: unknown) => stringField(o, 'id') ?? []) : [];

  const places = (await callJson(url, '/api/places')).body;
  const villageIds = Array.isArray(places)
    ? places.flatMap((t: unknown) => {
        const villages = asRecord(t)?.villages;
        return Array.isArray(villages) ? villages.flatMap((v: unknown) => stringField(v, 'id') ?? []) : [];
      })
    : [];
  const catalogue = (await callJson(url, '/api/catalogue')).body;
  const serviceItemIds = Array.isArray(catalogue) ? catalogue.flatMap((s: unknown) => stringField(s, 'id') ?? []) : [];
  if (offerIds.length === 0 || villageIds.length === 0 || serviceItemIds.length === 0) {
    throw new Error(`fixtures incomplete: ${offerIds.length} offers, ${villageIds.length} villages, ${serviceItemIds.length} items`);
  }
  const auth = { authorization: `Bearer ${sessions.residentA.token}` };
  const png = multipartBody(0, seededRandom(1));
  const uploadIds = await optionalId('upload', () =>
    fetch(`${url}/api/uploads?kind=photo`, { method: 'POST', headers: { ...auth, 'content-type': String(png.contentType) }, body: new Uint8Array(png.bytes) }),
  );
  const familyIds = await optionalId('family link', () =>
    fetch(`${url}/api/family`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': 'fuzz-fixture-family' },
      body: JSON.stringify({ phone: '13800000003', name: '巴特尔', relation: '儿子' }),
    }),
  );
  return {
    sessions,
    idPools: {
      '/api/requests': ownRequestIds,
      '/api/offers': offerIds,
      '/api/catalogue': serviceItemIds,
      '/api/uploads': uploadIds,
      '/api/family': familyIds,
    },
    otherRequestIds,
    villageIds,
    serviceItemIds,
    userIds: Object.values(sessions).map((s: Session) => s.userId),
  };
}
