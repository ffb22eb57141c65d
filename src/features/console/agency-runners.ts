// Who may run an agency point day for some villages: on duty, of their township, and a blue vest or the grid worker of
// every one of them (the server's own rule is `serves` in server/src/modules/booking/agency-rounds.ts).
import type { HelperAdminView } from '../../../types';

export function runnersFor(helpers: readonly HelperAdminView[], townshipId: string, villageIds: readonly string[]): HelperAdminView[] {
  return helpers.filter(
    (h) => h.onDuty && h.townshipId === townshipId && (h.kind === 'blue_vest' || (villageIds.length > 0 && villageIds.every((v) => h.gridVillageIds.includes(v)))),
  );
}
