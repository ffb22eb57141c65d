// Code texts are sent on request, to a number the asker types: a sign-in, a family member's code, a resident's code
// for a filing at their door. Without a cap per receiving number, anyone could make the service text one person
// again and again (短信轰炸) at the service's cost. So each number gets at most CODE_TEXTS_PER_DAY code texts in 24
// hours, whoever asks; only texts a vendor accepted count (demo mode and the log provider send nothing), and each
// is kept for those 24 hours only.
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { sendOrFail, type SmsProvider } from './sms-provider';
import { REQUIRED_SMS_TEMPLATES, type SmsMessage } from './sms-templates';

export const CODE_TEXTS_PER_DAY = 10;
const DAY_MS = 24 * 3600_000;

export async function sendCodeText(db: Kysely<Database>, sms: SmsProvider, log: FastifyBaseLogger, phone: string, message: SmsMessage, now: Date = new Date()): Promise<void> {
  const since = new Date(now.getTime() - DAY_MS).toISOString();
  // A phone number is personal data: a send is kept only as long as the cap needs it.
  await db.deleteFrom('sms_sends').where('sent_at', '<=', since).execute();
  const row = await db
    .selectFrom('sms_sends')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('phone', '=', phone)
    .where('sent_at', '>', since)
    .where('template', 'in', [...REQUIRED_SMS_TEMPLATES])
    .executeTakeFirst();
  if (Number(row?.n ?? 0) >= CODE_TEXTS_PER_DAY) {
    throw new AppError('RATE_LIMITED', 'this number has had too many code texts today; try again tomorrow or call the help line');
  }
  const sent = await sendOrFail(sms, log, phone, message);
  if (sent.status === 'sent') await db.insertInto('sms_sends').values({ phone, template: message.template, sent_at: now.toISOString() }).execute();
}
