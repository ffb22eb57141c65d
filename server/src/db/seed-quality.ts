// Demo data for 一企一档: one enterprise in the 苏里格经济开发区 with its contact's account and a major project whose
// milestones are partly done. The enterprise, its credit code and the project are fictional (the credit code has
// the banner's division code 150626 but no valid check character). Idempotent, like seed.ts.
import type { Kysely } from 'kysely';
import type { MilestoneKind, MilestoneStatus } from '../../../types';
import { MILESTONE_KINDS } from '../../../types';
import type { Database } from './schema';

export const DEMO_ENTERPRISE_ACCOUNT = { phone: '13600000001', label: '企业联系人 高建华 (enterprise contact, 一企一档)' } as const;

const ENTERPRISE_ID = 'e-demo-suligelvneng';
const PROJECT_ID = 'p-demo-suligelvneng-1';

interface SeedMilestone {
  status: MilestoneStatus;
  helperId: string | null;
  plannedOn: string | null;
  startedOn: string | null;
  completedOn: string | null;
  documents: { name: string; number: string | null; issuedOn: string | null }[];
}

const milestones: Record<MilestoneKind, SeedMilestone> = {
  enterprise_setup: {
    status: 'done',
    helperId: 'u-bayaer',
    plannedOn: '2026-03-15',
    startedOn: '2026-03-02',
    completedOn: '2026-03-10',
    documents: [{ name: '营业执照', number: null, issuedOn: '2026-03-10' }],
  },
  approval_land_planning: {
    status: 'done',
    helperId: 'u-bayaer',
    plannedOn: '2026-06-01',
    startedOn: '2026-03-20',
    completedOn: '2026-05-20',
    documents: [
      { name: '项目备案告知书', number: null, issuedOn: '2026-04-08' },
      { name: '建设用地规划许可证', number: null, issuedOn: '2026-05-20' },
    ],
  },
  engineering_permit: {
    status: 'done',
    helperId: 'u-bayaer',
    plannedOn: '2026-07-31',
    startedOn: '2026-06-01',
    completedOn: '2026-07-15',
    documents: [{ name: '建设工程规划许可证', number: null, issuedOn: '2026-07-15' }],
  },
  construction_permit: { status: 'in_progress', helperId: 'u-bayaer', plannedOn: '2026-12-15', startedOn: '2026-08-01', completedOn: null, documents: [] },
  groundbreaking: { status: 'not_started', helperId: null, plannedOn: '2027-04-01', startedOn: null, completedOn: null, documents: [] },
  completion_acceptance: { status: 'not_started', helperId: null, plannedOn: '2028-06-30', startedOn: null, completedOn: null, documents: [] },
  production: { status: 'not_started', helperId: null, plannedOn: '2028-09-30', startedOn: null, completedOn: null, documents: [] },
};

export async function seedQualityDemo(db: Kysely<Database>): Promise<void> {
  const at = '2026-03-01T00:00:00.000Z';
  await db.transaction().execute(async (trx) => {
    // The phone may already have an account (it signed in before the seed ran): then that account is the contact.
    await trx
      .insertInto('users')
      .values({ id: 'u-enterprise-gaojianhua', phone: DEMO_ENTERPRISE_ACCOUNT.phone, name: '高建华', roles: JSON.stringify(['enterprise']), village_id: null, wechat_openid: null, created_at: at })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const contact = await trx.selectFrom('users').select('id').where('phone', '=', DEMO_ENTERPRISE_ACCOUNT.phone).executeTakeFirstOrThrow();
    await trx
      .insertInto('enterprises')
      .values({
        id: ENTERPRISE_ID,
        name: '乌审旗苏里格绿能新材料有限公司（演示）',
        credit_code: '91150626MA0N8D2K3X',
        legal_person: '高建华',
        industry: '新材料制造',
        township_id: 'sulige',
        address: '苏里格经济开发区图克工业项目区纬三路',
        contact_name: '高建华',
        contact_user_id: contact.id,
        created_at: at,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await trx
      .insertInto('enterprise_projects')
      .values({
        id: PROJECT_ID,
        enterprise_id: ENTERPRISE_ID,
        name: '年产10万吨煤基可降解材料项目（演示）',
        investment: '12.6亿元',
        site: '苏里格经济开发区图克工业项目区',
        description: '帮办代办全程跟踪：从企业开办、立项用地规划到施工许可、开工、竣工验收和投产。',
        created_at: at,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('project_milestones')
      .values(
        MILESTONE_KINDS.map((kind, i) => {
          const m = milestones[kind];
          return {
            project_id: PROJECT_ID,
            kind,
            seq: i + 1,
            status: m.status,
            helper_id: m.helperId,
            planned_on: m.plannedOn,
            started_on: m.startedOn,
            completed_on: m.completedOn,
            documents: JSON.stringify(m.documents),
            note: null,
            updated_at: at,
          };
        }),
      )
      .onConflict((oc) => oc.columns(['project_id', 'kind']).doNothing())
      .execute();
  });
}
