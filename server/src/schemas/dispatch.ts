// The dispatch plan as the case page shows it; proven equal to types/dispatch.ts.
import { Type, type Static } from '@sinclair/typebox';
import { DISPATCH_BLOCKERS, SHARED_TRIP_KINDS, type VisitPlanView as VisitPlanViewT } from '../../../types';
import { Nullable, StringEnum, type Assert, type Equals } from './common';

export const VisitPlanView = Type.Union([
  Type.Object({
    state: Type.Literal('planned'),
    day: Type.String(),
    callback: Type.Boolean(),
    halfDay: Nullable(StringEnum(['am', 'pm'] as const)),
    bookedWindow: Nullable(Type.Object({ start: Type.String(), end: Type.String() })),
    sharedTrip: Nullable(StringEnum(SHARED_TRIP_KINDS)),
    byGridWorker: Type.Boolean(),
    firstFreeDay: Type.Boolean(),
    afterRestDays: Type.Boolean(),
    deadline: Nullable(Type.String()),
    deadlineMissed: Type.Boolean(),
    supervisorNote: Nullable(Type.String()),
  }),
  Type.Object({
    state: Type.Literal('waiting'),
    blockedBy: StringEnum(DISPATCH_BLOCKERS),
    supervisorNote: Nullable(Type.String()),
  }),
]);

export type SchemaMatchesContract = [Assert<Equals<Static<typeof VisitPlanView>, VisitPlanViewT>>];
