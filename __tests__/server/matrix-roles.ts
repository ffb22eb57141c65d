// The six people every access-matrix row is asked about, signed in on one test app. 巴特尔 asks to act for 其其格
// but she never confirms, so he is a family member without consent and must see nothing of hers.
import type { FastifyInstance } from 'fastify';
import { bearer, signIn, DEMO } from './test-app';

export type Who = 'owner' | 'otherResident' | 'unconfirmedFamily' | 'unassignedHelper' | 'assignedHelper' | 'supervisor';
export const WHO: Who[] = ['owner', 'otherResident', 'unconfirmedFamily', 'unassignedHelper', 'assignedHelper', 'supervisor'];

export async function signInMatrixRoles(app: FastifyInstance): Promise<Record<Who, string>> {
  const token: Record<Who, string> = {
    owner: await signIn(app, DEMO.qiqige),
    otherResident: await signIn(app, DEMO.zhangGuilan),
    unconfirmedFamily: await signIn(app, DEMO.bateer),
    unassignedHelper: await signIn(app, DEMO.helperWang),
    assignedHelper: await signIn(app, DEMO.gridUrina),
    supervisor: await signIn(app, DEMO.supervisorLiu),
  };
  await app.inject({ method: 'POST', url: '/api/family', headers: bearer(token.unconfirmedFamily), payload: { phone: DEMO.qiqige, name: '妈妈', relation: '母亲' } });
  return token;
}
