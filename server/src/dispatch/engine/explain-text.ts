// The sentences. Residents get plain Chinese that says when, and why then; supervisors get one dense line.
import { clockLabel, dayLabel, halfDayLabel, weekdayName } from './calendar';
import type { HelperCtx, RequestCtx } from './contexts';
import type { Assignment, BlockedBy, Reason } from './types';

type ReasonOf<C extends Reason['code']> = Extract<Reason, { code: C }>;

/** An assignment's reasons by code (each code occurs at most once): both sentences look up about ten codes each. */
export type ReasonIndex = { readonly [C in Reason['code']]?: ReasonOf<C> };

export function indexReasons(reasons: readonly Reason[]): ReasonIndex {
  const index: Partial<Record<Reason['code'], Reason>> = {};
  for (const reason of reasons) index[reason.code] = reason;
  // sound: each entry was stored under its own code
  return index as ReasonIndex;
}

/** "嘎查" / "村" / "社区": how residents name their own place. */
function placeWord(r: RequestCtx): string {
  switch (r.src.villageKind) {
    case 'gacha':
      return '嘎查';
    case 'community':
      return '社区';
    case 'village':
      return '村';
    default:
      return '村（嘎查）';
  }
}

export function residentSentence(r: RequestCtx, a: Assignment, why: ReasonIndex): string {
  const when = dayLabel(a.day);
  const parts: string[] = [];
  const grid = why.grid;
  if (!r.travels) {
    parts.push(`帮办员会在${when}给您回电话`);
    if (grid) parts.push(`是您${placeWord(r)}的网格员`);
    return `${parts.join('，')}。`;
  }
  const booked = why.booked;
  parts.push(
    booked
      ? `已按您的预约，安排在${when}${clockLabel(booked.startMin)}–${clockLabel(booked.endMin)}上门`
      : `您的上门服务安排在${when}${a.etaMin !== null ? halfDayLabel(a.etaMin) : ''}`,
  );
  const shared = why.shared_trip;
  if (shared) parts.push(shared.sameVillage ? `与去您${placeWord(r)}的行程一起` : '与去您附近的行程一起');
  const later = why.capacity_later;
  if (later) parts.push(later.restDays === later.daysLater ? '这是帮办员休息日后的第一个工作日' : '这是为您安排的帮办员最早有空的一天');
  if (why.trip_day) parts.push('这一天帮办员专程去您那一带，附近的其他上门也会并入同一趟');
  if (grid) parts.push(`由您${placeWord(r)}的网格员上门`);
  const deadline = why.deadline;
  let tail = '';
  if (deadline?.missed) tail = '很抱歉已超过原定时间，这是最早能安排的一天。';
  else if (deadline && (shared || why.capacity_later || why.trip_day)) tail = `在办理时限${dayLabel(deadline.deadlineDay)}之前。`;
  return `${parts.join('，')}。${tail}`;
}

const BLOCKED_WORDS: Record<BlockedBy, string> = {
  skill: '无人具备所需业务',
  language: '无人会所需语言',
  off_duty: '不在岗',
  capacity: '当天已满',
  booked_slot: '赶不上预约时段',
  deadline: '时限内无可用日',
  declined: '已拒单',
};

export function supervisorLine(r: RequestCtx, h: HelperCtx, a: Assignment, why: ReasonIndex): string {
  const bits: string[] = [`→${h.src.id} ${weekdayName(a.day)}`];
  if (a.stopNumber !== null) bits[0] += `第${a.stopNumber}站`;
  const distance = why.distance;
  if (distance) bits.push(`+${distance.addedKm}公里`);
  const load = why.load;
  if (load) bits.push(`当天${load.visitsThatDay}/${load.capacity}`);
  if (why.grid) bits.push('本网格');
  const shared = why.shared_trip;
  if (shared) bits.push(`并入${shared.withVillageId}行程(推后${shared.daysLater}天)`);
  const later = why.capacity_later;
  if (later) bits.push(`${later.restDays === later.daysLater ? '该员休息日后首个工作日' : '该员最早空档'}，推后${later.daysLater}天`);
  const tripDay = why.trip_day;
  if (tripDay) bits.push(`新开片区行程，推后${tripDay.daysLater}天待并单`);
  const booked = why.booked;
  if (booked) bits.push(`预约${clockLabel(booked.startMin)}-${clockLabel(booked.endMin)}`);
  const deadline = why.deadline;
  if (deadline) bits.push(deadline.missed ? '已超时限' : `截止${weekdayName(deadline.deadlineDay)}余${deadline.slackDays}天`);
  const cross = why.cross_township;
  if (cross) bits.push(`跨镇(${cross.helperTownshipId})`);
  if (r.src.priority.urgent) bits.push('加急');
  return bits.join(' · ');
}

const RESIDENT_BLOCKED: Record<BlockedBy, string> = {
  skill: '暂时没有熟悉这项业务的帮办员有空',
  language: '暂时没有会讲您需要的语言的帮办员有空',
  off_duty: '这几天帮办员不在岗',
  capacity: '这几天帮办员的上门安排已满',
  booked_slot: '您预约的时间段暂时没有帮办员能按时到达，工作人员会联系您改约',
  deadline: '在时限内暂时排不上',
  declined: '已联系的帮办员暂时不能接单',
};

export function unassignedResidentSentence(blockedBy: BlockedBy): string {
  return `您的请求已收到。${RESIDENT_BLOCKED[blockedBy]}，我们会尽快为您安排，安排好后马上通知您。`;
}

export function unassignedSupervisorLine(r: RequestCtx, blockedBy: BlockedBy, helpers: number): string {
  const urgent = r.src.priority.urgent ? ' · 加急' : '';
  return `未派出：${BLOCKED_WORDS[blockedBy]}（${helpers}名帮办员）${urgent}`;
}
