// TypeBox schemas for supervision and the quality loop, each proven equal to its contract type in types/quality.ts.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import * as T from '../../../types';
import {
  ARCHIVE_ACCESS,
  CALL_OUTCOMES,
  COMPLAINT_STATUSES,
  DEADLINE_STATES,
  DELIVERY_STATUSES,
  HELPER_KINDS,
  LANGUAGE_CODES,
  MATERIAL_FORMS,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_EVENTS,
  RATING_LEVELS,
  REQUEST_KINDS,
  REQUEST_STATUSES,
  REVIEW_STATUSES,
} from '../../../types';
import { Nullable, StringEnum, type Assert, type Equals } from './common';
import { summaryFields } from './summary';

const strict = { additionalProperties: false } as const;
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Day = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'YYYY-MM-DD' });
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });
const Phone = Type.String({ pattern: '^1[3-9][0-9]{9}$', description: 'mainland mobile number, 11 digits' });
const PersonRef = Type.Object({ id: Type.String(), name: Type.String() });
const LegalDeadline = Type.Object({ date: Type.String(), workingDaysLeft: Type.Integer() });
const counts = <const K extends readonly string[]>(keys: K) =>
  Type.Object(Object.fromEntries(keys.map((k) => [k, Type.Integer()])) as { [P in K[number]]: ReturnType<typeof Type.Integer> });
const list = <S extends TSchema>(item: S) => Type.Object({ items: Type.Array(item) });

// --- case board, reassignment ----------------------------------------------------------------------------------------
export const CaseBoardQuery = Type.Object(
  {
    townshipId: Type.Optional(Id), department: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })), helperId: Type.Optional(Id),
    status: Type.Optional(StringEnum(REQUEST_STATUSES)), kind: Type.Optional(StringEnum(REQUEST_KINDS)),
    deadlineState: Type.Optional(StringEnum(DEADLINE_STATES)),
  },
  strict,
);
export const CaseBoardRow = Type.Object({
  ...summaryFields,
  townshipId: Type.String(), department: Nullable(Type.String()), residentName: Type.String(), helper: Nullable(PersonRef),
  legalDeadline: Nullable(LegalDeadline), deadlineState: StringEnum(DEADLINE_STATES), escalated: Type.Boolean(),
  urgentReason: Nullable(Type.String()),
  urgencyAsked: Nullable(Type.String()),
  dispatch: Nullable(Type.Object({ day: Nullable(Type.String()), stopNumber: Nullable(Type.Integer()), note: Type.String() })),
  moneyHeldFen: Type.Integer(),
});
export const DeadlineCounts = counts(DEADLINE_STATES);
export const CaseBoardResponse = Type.Object({ today: Type.String(), items: Type.Array(CaseBoardRow), counts: DeadlineCounts });
export const ReassignBody = Type.Object({ helperId: Type.Optional(Id), reason: Text(500) }, strict);
export const UrgencyBody = Type.Object({ urgent: Type.Boolean(), reason: Text(500) }, strict);

// --- helpers ---------------------------------------------------------------------------------------------------------
const Skills = Type.Array(Type.String({ minLength: 1, maxLength: 20 }), { maxItems: 20, uniqueItems: true });
const VillageIds = Type.Array(Id, { maxItems: 30, uniqueItems: true });
const Languages = Type.Array(StringEnum(LANGUAGE_CODES), { minItems: 1, maxItems: 2, uniqueItems: true });
const Capacity = Type.Integer({ minimum: 1, maximum: 30 });
export const HelperAdminView = Type.Object({
  id: Type.String(), name: Type.String(), phone: Nullable(Type.String()), kind: StringEnum(HELPER_KINDS), townshipId: Type.String(),
  skills: Type.Array(Type.String()), gridVillageIds: Type.Array(Type.String()), languages: Type.Array(StringEnum(LANGUAGE_CODES)),
  onDuty: Type.Boolean(), capacityPerDay: Type.Integer(), openTasks: Type.Integer(),
});
export const HelperListResponse = list(HelperAdminView);
export const HelperCreateBody = Type.Object(
  {
    phone: Phone, name: Text(40), kind: StringEnum(HELPER_KINDS), townshipId: Id, skills: Skills, gridVillageIds: VillageIds,
    languages: Languages, capacityPerDay: Capacity, onDuty: Type.Optional(Type.Boolean()),
  },
  strict,
);
export const HelperUpdateBody = Type.Object(
  {
    townshipId: Type.Optional(Id), skills: Type.Optional(Skills), gridVillageIds: Type.Optional(VillageIds),
    languages: Type.Optional(Languages), onDuty: Type.Optional(Type.Boolean()), capacityPerDay: Type.Optional(Capacity),
  },
  { ...strict, minProperties: 1 },
);

// --- catalogue ---------------------------------------------------------------------------------------------------------
const MaterialInput = Type.Object(
  {
    name: Text(200), form: StringEnum(MATERIAL_FORMS), count: Type.Integer({ minimum: 1, maximum: 99 }), deferrable: Type.Boolean(),
    note: Type.Optional(Type.String({ maxLength: 200 })),
  },
  strict,
);
export const ServiceItemBody = Type.Object(
  {
    name: Text(100), department: Text(20), timeLimitDays: Type.Integer({ minimum: 1, maximum: 365 }), fee: Text(100),
    promiseAllowed: Type.Boolean(), deferralAllowed: Type.Boolean(), online: Type.Boolean(), guide: Text(4000),
    keywords: Type.Array(Type.String({ minLength: 1, maxLength: 20 }), { maxItems: 30 }),
    materials: Type.Array(MaterialInput, { minItems: 1, maxItems: 40 }),
  },
  strict,
);

// --- chart data, export ----------------------------------------------------------------------------------------------
export const StatsQuery = Type.Object({ from: Type.Optional(Day), to: Type.Optional(Day) }, strict);
export const MonthQuery = Type.Object({ month: Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM in banner time' }) }, strict);
const RateCount = Type.Object({ count: Type.Integer(), of: Type.Integer(), rate: Nullable(Type.Number()) });
export const StatsResponse = Type.Object({
  from: Type.String(), to: Type.String(),
  requestsPerDay: Type.Array(Type.Object({ day: Type.String(), byKind: counts(REQUEST_KINDS), total: Type.Integer() })),
  onTimePerDay: Type.Array(Type.Object({ day: Type.String(), delivered: Type.Integer(), onTime: Type.Integer() })), onTimeRate: RateCount,
  ratingsPerDay: Type.Array(Type.Object({ day: Type.String(), byLevel: counts(RATING_LEVELS), total: Type.Integer() })),
  quality: Type.Object({ ratings: Type.Integer(), goodRate: RateCount, onTimeRectificationRate: RateCount, replyRate: RateCount }),
  helperLoad: Type.Array(
    Type.Object({
      helperId: Type.String(), name: Type.String(), kind: StringEnum(HELPER_KINDS), townshipName: Type.String(), onDuty: Type.Boolean(),
      openTasks: Type.Integer(), capacityPerDay: Type.Integer(), overdue: Type.Integer(),
    }),
  ),
});

// --- 好差评 --------------------------------------------------------------------------------------------------------------
export const RatingBody = Type.Object(
  { level: StringEnum(RATING_LEVELS), comment: Type.Optional(Type.String({ maxLength: 500 })), anonymous: Type.Boolean() },
  strict,
);
export const RatingView = Type.Object({
  id: Type.String(), requestId: Type.String(), level: StringEnum(RATING_LEVELS), comment: Nullable(Type.String()),
  anonymous: Type.Boolean(), bad: Type.Boolean(), raterName: Nullable(Type.String()), helperName: Nullable(Type.String()),
  serviceItemName: Nullable(Type.String()), townshipName: Type.String(), createdAt: Type.String(),
  review: Nullable(
    Type.Object({
      status: StringEnum(REVIEW_STATUSES), rectifyBy: Type.String(), rectifyWorkingDaysLeft: Nullable(Type.Integer()),
      justified: Nullable(Type.Boolean()), verification: Nullable(Type.String()), verifiedAt: Nullable(Type.String()),
      rectification: Nullable(Type.String()), rectifiedAt: Nullable(Type.String()), rectifiedOnTime: Nullable(Type.Boolean()),
      reply: Nullable(Type.String()), repliedAt: Nullable(Type.String()), callBack: Nullable(StringEnum(CALL_OUTCOMES)),
      callBackNote: Nullable(Type.String()),
    }),
  ),
});
export const RatingListQuery = Type.Object({ reviewStatus: Type.Optional(StringEnum(REVIEW_STATUSES)), level: Type.Optional(StringEnum(RATING_LEVELS)) }, strict);
export const RatingListResponse = list(RatingView);
export const VerifyRatingBody = Type.Object({ justified: Type.Boolean(), reason: Text(1000) }, strict);
export const RectifyRatingBody = Type.Object({ measures: Text(2000) }, strict);
export const ReplyRatingBody = Type.Object(
  { reply: Text(1000), callBack: Type.Optional(StringEnum(CALL_OUTCOMES)), callBackNote: Type.Optional(Type.String({ maxLength: 500 })) },
  strict,
);

// --- 办不成事 ------------------------------------------------------------------------------------------------------------
export const ComplaintBody = Type.Object({ description: Text(2000), requestId: Type.Optional(Id), forUserId: Type.Optional(Id) }, strict);
export const ComplaintView = Type.Object({
  id: Type.String(), resident: PersonRef, filedBy: PersonRef, requestId: Nullable(Type.String()), description: Type.String(),
  status: StringEnum(COMPLAINT_STATUSES), createdAt: Type.String(), deadline: Nullable(LegalDeadline),
  deadlineState: StringEnum(DEADLINE_STATES), triageNote: Nullable(Type.String()), triagedAt: Nullable(Type.String()),
  answer: Nullable(Type.String()), resolved: Nullable(Type.Boolean()), answeredAt: Nullable(Type.String()),
  answeredOnTime: Nullable(Type.Boolean()),
});
export const ComplaintListResponse = list(ComplaintView);
export const ComplaintTriageBody = Type.Object({ dueWorkingDays: Type.Integer({ minimum: 1, maximum: 60 }), note: Text(1000) }, strict);
export const ComplaintAnswerBody = Type.Object({ answer: Text(2000), resolved: Type.Boolean() }, strict);

// --- 一企一档 ------------------------------------------------------------------------------------------------------------
export const EnterpriseBody = Type.Object(
  {
    name: Text(100),
    creditCode: Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$', description: '统一社会信用代码' }),
    legalPerson: Text(40), industry: Text(40), townshipId: Id, address: Text(200), contactName: Text(40), contactPhone: Phone,
  },
  strict,
);
export const EnterpriseSummary = Type.Object({
  id: Type.String(), name: Type.String(), creditCode: Type.String(), industry: Type.String(), townshipName: Type.String(),
  contactName: Type.String(), projects: Type.Integer(), milestonesDone: Type.Integer(), milestonesTotal: Type.Integer(),
});
export const EnterpriseListResponse = list(EnterpriseSummary);
const MilestoneDocumentInput = Type.Object(
  { name: Text(100), number: Type.Optional(Type.String({ maxLength: 60 })), issuedOn: Type.Optional(Day), uploadId: Type.Optional(Id) },
  strict,
);
const MilestoneFile = Type.Object({ id: Type.String(), mime: Type.String(), size: Type.Integer(), url: Type.String() });
const MilestoneView = Type.Object({
  id: Type.Integer(), kind: StringEnum(MILESTONE_KINDS), name: Type.String(), status: StringEnum(MILESTONE_STATUSES),
  helper: Nullable(PersonRef), plannedOn: Nullable(Type.String()), startedOn: Nullable(Type.String()), completedOn: Nullable(Type.String()),
  documents: Type.Array(Type.Object({ name: Type.String(), number: Nullable(Type.String()), issuedOn: Nullable(Type.String()), file: Nullable(MilestoneFile) })),
  note: Nullable(Type.String()), updatedAt: Type.String(),
});
export const MyMilestoneListResponse = list(
  Type.Composite([MilestoneView, Type.Object({ enterpriseId: Type.String(), enterpriseName: Type.String(), projectName: Type.String() })]),
);
export const EnterpriseArchive = Type.Object({
  id: Type.String(), name: Type.String(), creditCode: Type.String(), legalPerson: Type.String(), industry: Type.String(),
  townshipId: Type.String(), townshipName: Type.String(), address: Type.String(), contactName: Type.String(),
  contactPhone: Nullable(Type.String()), createdAt: Type.String(),
  projects: Type.Array(
    Type.Object({
      id: Type.String(), name: Type.String(), investment: Type.String(), site: Type.String(), description: Type.String(),
      createdAt: Type.String(), milestones: Type.Array(MilestoneView), done: Type.Integer(), total: Type.Integer(),
    }),
  ),
  access: StringEnum(ARCHIVE_ACCESS),
});
export const ProjectBody = Type.Object({ name: Text(100), investment: Text(40), site: Text(200), description: Type.String({ maxLength: 2000 }) }, strict);
export const MilestoneUpdateBody = Type.Object(
  {
    status: Type.Optional(StringEnum(MILESTONE_STATUSES)), helperId: Type.Optional(Nullable(Id)), plannedOn: Type.Optional(Nullable(Day)),
    startedOn: Type.Optional(Nullable(Day)), completedOn: Type.Optional(Nullable(Day)),
    note: Type.Optional(Type.String({ maxLength: 1000 })), documents: Type.Optional(Type.Array(MilestoneDocumentInput, { maxItems: 30 })),
  },
  { ...strict, minProperties: 1 },
);

// --- notification opt-ins --------------------------------------------------------------------------------------------
export const SubscriptionsResponse = Type.Object({
  wechatAvailable: Type.Boolean(), smsAvailable: Type.Boolean(),
  templates: Type.Array(Type.Object({ event: StringEnum(NOTIFICATION_EVENTS), templateId: Type.String() })),
  items: Type.Array(Type.Object({ event: StringEnum(NOTIFICATION_EVENTS), wechatCredits: Type.Integer(), sms: Type.Boolean() })),
});
export const SubscriptionBody = Type.Object(
  {
    wechat: Type.Optional(Type.Array(Type.Object({ event: StringEnum(NOTIFICATION_EVENTS), accepted: Type.Boolean() }, strict), { maxItems: 12 })),
    sms: Type.Optional(Type.Array(Type.Object({ event: StringEnum(NOTIFICATION_EVENTS), enabled: Type.Boolean() }, strict), { maxItems: 12 })),
  },
  { ...strict, minProperties: 1 },
);

// --- console: reassignment candidates, notification delivery failures -------------------------------------------------
export const ReassignCandidatesResponse = list(
  Type.Object({
    id: Type.String(), name: Type.String(), kind: StringEnum(HELPER_KINDS), townshipName: Type.String(), openTasks: Type.Integer(),
    capacityPerDay: Type.Integer(), ownGrid: Type.Boolean(), sameTownship: Type.Boolean(), hasSkill: Nullable(Type.Boolean()),
    distanceKm: Type.Number(),
  }),
);
export const DeliveryView = Type.Object({
  id: Type.Integer(), messageId: Type.Integer(), event: StringEnum(NOTIFICATION_EVENTS), channel: Nullable(StringEnum(NOTIFICATION_CHANNELS)),
  status: StringEnum(DELIVERY_STATUSES), recipient: PersonRef, phone: Nullable(Type.String()), error: Nullable(Type.String()),
  requestId: Nullable(Type.String()), at: Type.String(),
});
export const DeliveryListResponse = list(DeliveryView);
export const SerialParams = Type.Object({ id: Type.String({ pattern: '^[1-9][0-9]{0,9}$' }) }, strict);
export const MilestoneFileParams = Type.Object({ id: Type.String({ pattern: '^[1-9][0-9]{0,9}$' }), fileId: Id }, strict);

export type QualitySchemasMatchContract = [
  Assert<Equals<Static<typeof CaseBoardQuery>, T.CaseBoardQuery>>,
  Assert<Equals<Static<typeof CaseBoardResponse>, T.CaseBoardResponse>>,
  Assert<Equals<Static<typeof DeadlineCounts>, T.DeadlineCounts>>,
  Assert<Equals<Static<typeof ReassignBody>, T.ReassignBody>>,
  Assert<Equals<Static<typeof UrgencyBody>, T.UrgencyBody>>,
  Assert<Equals<Static<typeof HelperListResponse>, T.HelperListResponse>>,
  Assert<Equals<Static<typeof HelperCreateBody>, T.HelperCreateBody>>,
  Assert<Equals<Static<typeof HelperUpdateBody>, T.HelperUpdateBody>>,
  Assert<Equals<Static<typeof ServiceItemBody>, T.ServiceItemBody>>,
  Assert<Equals<Static<typeof StatsQuery>, T.StatsQuery>>,
  Assert<Equals<Static<typeof StatsResponse>, T.StatsResponse>>,
  Assert<Equals<Static<typeof RatingBody>, T.RatingBody>>,
  Assert<Equals<Static<typeof RatingView>, T.RatingView>>,
  Assert<Equals<Static<typeof RatingListQuery>, T.RatingListQuery>>,
  Assert<Equals<Static<typeof RatingListResponse>, T.RatingListResponse>>,
  Assert<Equals<Static<typeof VerifyRatingBody>, T.VerifyRatingBody>>,
  Assert<Equals<Static<typeof RectifyRatingBody>, T.RectifyRatingBody>>,
  Assert<Equals<Static<typeof ReplyRatingBody>, T.ReplyRatingBody>>,
  Assert<Equals<Static<typeof ComplaintBody>, T.ComplaintBody>>,
  Assert<Equals<Static<typeof ComplaintListResponse>, T.ComplaintListResponse>>,
  Assert<Equals<Static<typeof ComplaintTriageBody>, T.ComplaintTriageBody>>,
  Assert<Equals<Static<typeof ComplaintAnswerBody>, T.ComplaintAnswerBody>>,
  Assert<Equals<Static<typeof EnterpriseBody>, T.EnterpriseBody>>,
  Assert<Equals<Static<typeof EnterpriseListResponse>, T.EnterpriseListResponse>>,
  Assert<Equals<Static<typeof EnterpriseArchive>, T.EnterpriseArchive>>,
  Assert<Equals<Static<typeof ProjectBody>, T.ProjectBody>>,
  Assert<Equals<Static<typeof MilestoneUpdateBody>, T.MilestoneUpdateBody>>,
  Assert<Equals<Static<typeof MyMilestoneListResponse>, T.MyMilestoneListResponse>>,
  Assert<Equals<Static<typeof SubscriptionsResponse>, T.SubscriptionsResponse>>,
  Assert<Equals<Static<typeof SubscriptionBody>, T.SubscriptionBody>>,
  Assert<Equals<Static<typeof ReassignCandidatesResponse>, T.ReassignCandidatesResponse>>,
  Assert<Equals<Static<typeof DeliveryView>, T.DeliveryView>>,
  Assert<Equals<Static<typeof DeliveryListResponse>, T.DeliveryListResponse>>,
];
