// The mobile agency point's schedule (流动代办点, 民生集市+帮办代办) as the service centre runs it.
import type { AgencyDayKind } from './domain';

export interface AgencyDayView {
  /** a round day: its one row; a market day: the id shared by its villages' rows */
  id: string;
  kind: AgencyDayKind;
  day: string;
  /** HH:MM, market days only */
  start: string | null;
  end: string | null;
  place: string;
  townshipName: string;
  villages: { id: string; name: string }[];
  helper: { id: string; name: string };
  /** open cases booked on it */
  booked: number;
  cancelled: { at: string; reason: string } | null;
}
export interface AgencyDayListResponse { items: AgencyDayView[] }
export interface MarketDayBody {
  day: string;
  /** HH:MM */ start: string;
  /** HH:MM */ end: string;
  /** e.g. 图克镇民生集市 */ place: string;
  /** the villages whose residents go to this market (one township's) */ villageIds: string[];
  helperId: string;
}
export interface CancelAgencyDayBody {
  /** told to every resident booked on it, e.g. 沙尘暴预警 */ reason: string;
}
export interface CancelAgencyDayResponse {
  day: AgencyDayView;
  /** booked cases sent back to dispatch as ordinary home visits */ redispatched: number;
  /** booked cases whose helper was already on the way: kept, and helper and resident told (by the cancel that marked the day) */
  underWay: number;
}
export interface ChangeAgencyDayHelperBody {
  /** a helper on duty who serves every village of the day (a blue vest of the township, or their grid worker) */
  helperId: string;
  /** on the timeline of each booked case handed over, e.g. 王海军病假 */ reason: string;
}
export interface ChangeAgencyDayHelperResponse {
  day: AgencyDayView;
  /** booked cases handed to the new helper */ handedOver: number;
  /** booked cases whose helper is already on the way: they stay with that helper */ underWay: number;
}
export interface ChangeAgencyDayPlaceBody {
  /** e.g. 乌审召镇文化站 */ place: string;
  /** told to every resident booked on it with the new place, e.g. 党群服务中心装修 */ reason: string;
}
export interface ChangeAgencyDayPlaceResponse {
  day: AgencyDayView;
  /** people told of the new place: the residents booked on the day (or who filed for them) and their helpers */ told: number;
}
