// Text messages: sign-in and confirmation codes, and news for residents without WeChat. A provider sends one
// template message to one phone. SMS_PROVIDER picks it (sms-config.ts): unset is demo mode, where the logging
// provider writes the text to the log and codes also go back to the H5 sign-in page; `log` logs without demo mode
// (a staging server); `tencent` sends through Tencent Cloud SMS (tencent-sms.ts).
import type { FastifyBaseLogger } from 'fastify';
import { AppError } from '../../lib/app-error';
import { maskPhone } from '../../lib/json';
import { renderSms, type SmsMessage } from './sms-templates';

export interface SmsResult {
  /** sent by a vendor, or logged when none is configured */
  status: 'sent' | 'logged' | 'failed';
  detail: string | null;
}

export interface SmsProvider {
  send(phone: string, message: SmsMessage): Promise<SmsResult>;
}

export class LoggingSmsProvider implements SmsProvider {
  constructor(
    private readonly log: FastifyBaseLogger,
    private readonly signName = '乌审旗帮办代办',
  ) {}

  async send(phone: string, message: SmsMessage): Promise<SmsResult> {
    this.log.info({ to: maskPhone(phone), template: message.template, text: renderSms(message, this.signName) }, 'SMS (not sent: no SMS vendor configured)');
    return { status: 'logged', detail: 'no SMS vendor configured' };
  }
}

/**
 * Sends a message the person is waiting for (a code): a vendor's refusal becomes SMS_NOT_SENT, which the app shows as
 * "the text did not go out, try again", instead of a success with a code that never arrives.
 */
export async function sendOrFail(sms: SmsProvider, log: FastifyBaseLogger, phone: string, message: SmsMessage): Promise<SmsResult> {
  const result = await sms.send(phone, message);
  if (result.status !== 'failed') return result;
  log.warn({ to: maskPhone(phone), template: message.template, detail: result.detail }, 'SMS not sent');
  throw new AppError('SMS_NOT_SENT', 'the text message could not be sent; try again in a minute');
}
