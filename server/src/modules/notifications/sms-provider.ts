// Text messages for residents without WeChat. A provider sends one text to one phone; the demo provider only writes
// it to the log (no SMS vendor is wired in yet: a real one implements the same interface).
import type { FastifyBaseLogger } from 'fastify';
import { maskPhone } from '../../lib/json';

export interface SmsResult {
  /** sent by a vendor, or logged in demo mode */
  status: 'sent' | 'logged' | 'failed';
  detail: string | null;
}

export interface SmsProvider {
  send(phone: string, text: string): Promise<SmsResult>;
}

export class LoggingSmsProvider implements SmsProvider {
  constructor(private readonly log: FastifyBaseLogger) {}

  async send(phone: string, text: string): Promise<SmsResult> {
    this.log.info({ to: maskPhone(phone), text }, 'SMS (demo mode: not sent)');
    return { status: 'logged', detail: 'demo mode' };
  }
}
