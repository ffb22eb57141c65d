// The text messages the service sends. Chinese SMS vendors send only templates approved beforehand, with {1}, {2}…
// filled in per message: so every text is one of these templates plus its parameters, never free text. The operator
// registers exactly these texts with the vendor and sets each template's id in SMS_TEMPLATE_<NAME> (README).
// The vendor puts the signature (SMS_SIGN_NAME, e.g. 乌审旗帮办代办) in front.

export const SMS_TEMPLATES = {
  /** [code, minutes] */
  sign_in_code: '您的登录验证码为{1}，{2}分钟内有效。请勿把验证码告诉他人。',
  /** [who asks, code]: a resident asks to act for a family member (亲属代办) */
  family_code: '{1}申请在帮办代办中替您办事，验证码{2}。您同意的话，把验证码告诉对方；不同意请勿告知。',
  /** [grid worker, what was filed, code]: a grid worker filed for the resident at their door (网格+代办) */
  confirm_code: '网格员{1}为您申请了“{2}”，验证码{3}。确认是您要办的，请把验证码告诉网格员。',
  /** [village, case] */
  offered: '新任务：{1}“{2}”，请在工作台接单。',
  /** [case] */
  assigned_helper: '服务中心已将“{1}”指派给您，请在工作台查看。',
  /** [case, helper] */
  assigned_resident: '您的“{1}”已由帮办员{2}接单，可在“我的进度”中一键拨打电话。',
  /** [case, day, time, place] */
  visit_reminder: '提醒：“{1}”约定于{2} {3}上门服务，地点：{4}。',
  /** [case, material, date] */
  supplement_due: '提醒：“{1}”的材料“{2}”需在{3}前补交。',
  /** [case, status] */
  status_changed: '您的“{1}”办理进度：{2}。',
  /** [day, place, reason] */
  agency_cancelled: '您约在{1}的流动代办点（{2}）取消了：{3}。帮办员会另约时间上门。',
  /** [day, new place, reason] */
  agency_moved: '您约在{1}的流动代办点改到{2}：{3}。时间不变。',
  /** [case] */
  rating_reply: '您对“{1}”的评价已收到服务中心回复，请在“我的进度”中查看。',
} as const;

export type SmsTemplateName = keyof typeof SMS_TEMPLATES;
export const SMS_TEMPLATE_NAMES = Object.keys(SMS_TEMPLATES) as SmsTemplateName[];
/** Without these no one can sign in, confirm a family link or confirm a filing: a vendor setup must have them. */
export const REQUIRED_SMS_TEMPLATES: readonly SmsTemplateName[] = ['sign_in_code', 'family_code', 'confirm_code'];

export interface SmsMessage {
  template: SmsTemplateName;
  params: string[];
}

/**
 * Vendors limit each parameter (commonly 20 characters for text, fewer on some templates) and refuse the whole
 * message when one is longer, so parameters are cut here, never refused: a shortened name still tells the news.
 */
const PARAM_MAX = 20;

export function smsParam(value: string | null | undefined): string {
  const chars = [...(value ?? '').replace(/\s+/g, ' ').trim()];
  if (chars.length === 0) return '—';
  return chars.length <= PARAM_MAX ? chars.join('') : `${chars.slice(0, PARAM_MAX - 1).join('')}…`;
}

export function smsMessage(template: SmsTemplateName, params: readonly (string | null | undefined)[]): SmsMessage {
  return { template, params: params.map(smsParam) };
}

/** The text as the phone shows it: the signature, then the template with its parameters. */
export function renderSms(message: SmsMessage, signName: string): string {
  const body = SMS_TEMPLATES[message.template].replace(/\{(\d+)\}/g, (_, n: string) => message.params[Number(n) - 1] ?? '');
  return `【${signName}】${body}`;
}

/** How many {n} a template has: the vendor refuses a message whose parameter count differs. */
export function paramCount(template: SmsTemplateName): number {
  return new Set(SMS_TEMPLATES[template].match(/\{\d+\}/g) ?? []).size;
}
