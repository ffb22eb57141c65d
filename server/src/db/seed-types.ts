// Shapes of the demo/seed data. The data itself lives in seed-data.ts; seed.ts loads it idempotently.
import type { MaterialForm, HelperKind, LanguageCode, VillageKind } from '../../../types';

export interface SeedTownship {
  id: string; // stable slug, e.g. 'galutu'
  name: string; // 嘎鲁图镇
  lat: number;
  lng: number;
}

export interface SeedVillage {
  id: string; // stable slug, e.g. 'galutu-xx'
  townshipId: string;
  name: string;
  kind: VillageKind; // 'gacha' (嘎查) | 'village' (村) | 'community' (社区)
  lat: number;
  lng: number;
}

export interface SeedMaterial {
  name: string;
  form: MaterialForm; // 'original' | 'copy' | 'original_and_copy'
  count: number;
  /** may be missing at submission under 容缺受理 */
  deferrable: boolean;
  note?: string;
}

export interface SeedServiceItem {
  id: string; // stable slug
  name: string;
  department: string; // 人社, 医保, 民政, 残联, 市场监管, 不动产, 公安, 自然资源, 农牧 ...
  timeLimitDays: number; // legal time limit in working days
  fee: string; // '免费' or the amount and basis
  promiseAllowed: boolean; // 告知承诺 applies
  deferralAllowed: boolean; // 容缺受理 applies (true iff at least one material is deferrable)
  online: boolean; // can be done fully online
  skill: string; // department skill a helper needs, same vocabulary as department
  guide: string; // plain-language 办事指南: who can apply, conditions, steps (Chinese, 2-5 sentences)
  keywords: string[]; // extra search words (Chinese)
  materials: SeedMaterial[];
}

export interface SeedUser {
  id: string;
  phone: string; // 11-digit mobile, demo numbers only
  name: string;
  roles: ('resident' | 'helper' | 'grid_worker' | 'supervisor')[];
  villageId: string | null;
}

export interface SeedHelper {
  userId: string;
  kind: HelperKind; // 'blue_vest' | 'grid_worker'
  skills: string[]; // departments they know
  gridVillageIds: string[]; // grid workers: their villages; blue vests: [] (serve the township)
  townshipId: string;
  languages: LanguageCode[]; // 'zh' | 'mn'
  onDuty: boolean;
  baseLat: number;
  baseLng: number;
  capacityPerDay: number;
}
