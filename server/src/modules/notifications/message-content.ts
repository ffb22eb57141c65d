// What a message-centre entry says when it is pushed: which event it is, the WeChat template data and the SMS text.
// The templates chosen in the WeChat admin console must use these keywords (thing = up to 20 characters,
// phrase = up to 5, name = up to 10, time/date as WeChat formats them); values are cut to fit, never refused.
import type { NotificationEvent, RequestStatus } from '../../../../types';
import { STATUS_NAMES } from '../supervision/labels';
import { smsMessage, type SmsMessage } from './sms-templates';
import type { TemplateData } from './wechat-provider';

export interface MessageFacts {
  kind: string;
  body: string;
  createdAt: string;
  requestId: string | null;
  /** the service item's name, else the start of the description */
  subject: string | null;
  villageName: string | null;
  helperName: string | null;
}

export interface Content {
  event: NotificationEvent;
  data: TemplateData;
  page: string;
  /** the SMS template and its parameters (sms-templates.ts) */
  sms: SmsMessage;
}

/** Statuses worth a push to the resident: the steps they wait for, not the internal ones (triage, offers). */
const PUSHED_STATUSES: readonly RequestStatus[] = [
  'scheduled', 'en_route', 'on_site', 'awaiting_supplement', 'submitted_to_department', 'under_review',
  'approved', 'rejected', 'result_delivered', 'suspended', 'terminated',
];

/** The message kinds eventOf can map to an event: the notifier reads only these from the outbox. */
export const PUSHED_KINDS = ['offer', 'assigned', 'status', 'agency_cancelled', 'agency_moved', 'supplement_due', 'visit_reminder', 'rating_reply'] as const;

export function eventOf(kind: string, body: string): NotificationEvent | null {
  if (kind === 'offer') return 'offered';
  if (kind === 'assigned' || (kind === 'status' && body === 'assigned')) return 'assigned';
  if (kind === 'status') return (PUSHED_STATUSES as readonly string[]).includes(body) ? 'status_changed' : null;
  if (kind === 'agency_cancelled' || kind === 'agency_moved') return 'status_changed';
  if (kind === 'supplement_due') return 'supplement_due';
  if (kind === 'visit_reminder') return 'visit_reminder';
  if (kind === 'rating_reply') return 'rating_reply';
  return null;
}

const cut = (text: string, max: number): string => {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') || '—' : `${chars.slice(0, max - 1).join('')}…`;
};
/** 2026-11-27 + 14:30 -> 2026年11月27日 14:30 (banner time) */
const wechatDay = (day: string): string => `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
const bannerClock = (iso: string): { day: string; time: string } => {
  const local = new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString();
  return { day: local.slice(0, 10), time: local.slice(11, 16) };
};

/** What the status template's phrase (up to 5 characters) says for a change of a booked agency point day. */
const AGENCY_PHRASES = { agency_cancelled: '约定取消', agency_moved: '地点变更' } as const;

export function contentOf(m: MessageFacts): Content | null {
  const event = eventOf(m.kind, m.body);
  if (!event) return null;
  const subject = cut(m.subject ?? '帮办代办事项', 20);
  const at = bannerClock(m.createdAt);
  const when = `${wechatDay(at.day)} ${at.time}`;
  const casePage = `pages/case/index?id=${m.requestId ?? ''}`;
  switch (event) {
    case 'offered':
      return {
        event,
        page: `helper/pages/workbench/index`,
        data: { thing1: { value: subject }, thing2: { value: cut(m.villageName ?? '—', 20) }, time3: { value: when } },
        sms: smsMessage('offered', [m.villageName, subject]),
      };
    case 'assigned':
      return m.kind === 'assigned'
        ? {
            event,
            page: `helper/pages/task/index?id=${m.requestId ?? ''}`,
            // One template serves both sides, so the keywords match: name2 is who assigned it.
            data: { thing1: { value: subject }, name2: { value: '服务中心' }, time3: { value: when } },
            sms: smsMessage('assigned_helper', [subject]),
          }
        : {
            event,
            page: casePage,
            data: { thing1: { value: subject }, name2: { value: cut(m.helperName ?? '帮办员', 10) }, time3: { value: when } },
            sms: smsMessage('assigned_resident', [subject, m.helperName]),
          };
    case 'visit_reminder': {
      const [day = '', start = '', place = ''] = m.body.split('|');
      return {
        event,
        page: casePage,
        data: { thing1: { value: subject }, time2: { value: `${wechatDay(day)} ${start}`.trim() }, thing3: { value: cut(place || m.villageName || '—', 20) } },
        sms: smsMessage('visit_reminder', [subject, day, start, place || m.villageName]),
      };
    }
    case 'supplement_due': {
      const [material = '', by = ''] = m.body.split('|');
      return {
        event,
        page: casePage,
        data: { thing1: { value: cut(material, 20) }, date2: { value: by ? wechatDay(by) : '—' }, thing3: { value: subject } },
        sms: smsMessage('supplement_due', [subject, material, by]),
      };
    }
    case 'status_changed': {
      // A booked agency point day was cancelled or moved (day|place|reason): the status template, with its phrase.
      if (m.kind === 'agency_cancelled' || m.kind === 'agency_moved') {
        const [day = '', place = '', reason = ''] = m.body.split('|');
        return {
          event,
          page: casePage,
          data: { thing1: { value: subject }, phrase2: { value: AGENCY_PHRASES[m.kind] }, time3: { value: when } },
          sms: smsMessage(m.kind, [day, place, reason]),
        };
      }
      const status = STATUS_NAMES[m.body as RequestStatus] ?? m.body;
      return {
        event,
        page: casePage,
        data: { thing1: { value: subject }, phrase2: { value: cut(status, 5) }, time3: { value: when } },
        sms: smsMessage('status_changed', [subject, status]),
      };
    }
    case 'rating_reply':
      return {
        event,
        page: casePage,
        data: { thing1: { value: subject }, thing2: { value: '您的评价已收到回复' }, time3: { value: when } },
        sms: smsMessage('rating_reply', [subject]),
      };
  }
}
