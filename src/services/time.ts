// Times are shown in the banner's own time (UTC+8, no daylight saving), whatever the phone is set to. A fixed
// offset, not the tz plugin: the mini-program's JS engine does not always ship the Intl time-zone data tz needs.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/zh-cn';

dayjs.extend(utc);
dayjs.locale('zh-cn');

const BANNER_UTC_OFFSET_MINUTES = 8 * 60;

export function formatDateTime(iso: string): string {
  return dayjs(iso).utcOffset(BANNER_UTC_OFFSET_MINUTES).format('M月D日 HH:mm');
}

/** Today's date (YYYY-MM-DD) in banner time. */
export function today(): string {
  return dayjs().utcOffset(BANNER_UTC_OFFSET_MINUTES).format('YYYY-MM-DD');
}

export function addDays(day: string, n: number): string {
  return dayjs(`${day}T00:00:00Z`).utc().add(n, 'day').format('YYYY-MM-DD');
}
