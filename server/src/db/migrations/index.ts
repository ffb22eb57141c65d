// The ordered list of migrations. Names sort by date; once shipped, a migration is never edited.
import type { Kysely } from 'kysely';
import type { MigrationDialect } from './types';
import * as init from './2026-11-27-0001-init';
import * as residentServices from './2026-11-27-0002-resident-services';
import * as workbench from './2026-11-27-0003-workbench';
import * as quality from './2026-11-27-0004-quality';
import * as residentConfirmation from './2026-11-27-0005-resident-confirmation';
import * as dispatchLease from './2026-11-27-0006-dispatch-lease';
import * as personalData from './2026-11-27-0007-personal-data';
import * as dispatchPlans from './2026-11-27-0008-dispatch-plans';
import * as readPathIndexes from './2026-11-27-0009-read-path-indexes';
import * as requestLanguage from './2026-11-27-0011-request-language';
import * as mongolianContent from './2026-11-27-0013-mongolian-content';
import * as dispatchPlanDayIndex from './2026-11-27-0014-dispatch-plan-day-index';
import * as offersRequestStatus from './2026-11-27-0015-offers-request-status';
import * as caseVersions from './2026-11-27-0016-case-versions';
import * as livesAlone from './2026-11-27-0017-lives-alone';
import * as urgent from './2026-11-27-0018-urgent';
import * as familyLinkEnd from './2026-11-27-0019-family-link-end';
import * as enterpriseCards from './2026-11-27-0020-enterprise-cards';
import * as agencySchedule from './2026-11-27-0021-agency-schedule';
import * as handoverMoney from './2026-11-27-0022-handover-money';
import * as smsSends from './2026-11-28-0023-sms-sends';

export interface DialectMigration {
  up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void>;
  down(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void>;
}

export const migrations: Record<string, DialectMigration> = {
  '2026-11-27-0001-init': init,
  '2026-11-27-0002-resident-services': residentServices,
  '2026-11-27-0003-workbench': workbench,
  '2026-11-27-0004-quality': quality,
  '2026-11-27-0005-resident-confirmation': residentConfirmation,
  '2026-11-27-0006-dispatch-lease': dispatchLease,
  '2026-11-27-0007-personal-data': personalData,
  '2026-11-27-0008-dispatch-plans': dispatchPlans,
  '2026-11-27-0009-read-path-indexes': readPathIndexes,
  '2026-11-27-0011-request-language': requestLanguage,
  '2026-11-27-0013-mongolian-content': mongolianContent,
  '2026-11-27-0014-dispatch-plan-day-index': dispatchPlanDayIndex,
  '2026-11-27-0015-offers-request-status': offersRequestStatus,
  '2026-11-27-0016-case-versions': caseVersions,
  '2026-11-27-0017-lives-alone': livesAlone,
  '2026-11-27-0018-urgent': urgent,
  '2026-11-27-0019-family-link-end': familyLinkEnd,
  '2026-11-27-0020-enterprise-cards': enterpriseCards,
  '2026-11-27-0021-agency-schedule': agencySchedule,
  '2026-11-27-0022-handover-money': handoverMoney,
  '2026-11-28-0023-sms-sends': smsSends,
};
