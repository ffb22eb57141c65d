// The resident's code for a request a grid worker filed at their door (网格+代办) goes to the resident's own phone,
// naming who filed it and what for: the resident confirms by reading it out, or says no.
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { sendCodeText } from '../notifications/sms-guard';
import type { SmsProvider } from '../notifications/sms-provider';
import { smsMessage } from '../notifications/sms-templates';

export async function sendConfirmationCode(db: Kysely<Database>, sms: SmsProvider, log: FastifyBaseLogger, requestId: string, code: string): Promise<void> {
  const row = await db
    .selectFrom('requests')
    .innerJoin('users as resident', 'resident.id', 'requests.resident_id')
    .innerJoin('users as filer', 'filer.id', 'requests.filed_by_id')
    .leftJoin('service_items', 'service_items.id', 'requests.service_item_id')
    .select(['resident.phone', 'filer.name as filerName', 'service_items.name as itemName', 'requests.description'])
    .where('requests.id', '=', requestId)
    .executeTakeFirstOrThrow();
  // A resident registered at the door always gives a number; one without (a WeChat-only account) cannot get a code.
  if (!row.phone) throw new AppError('VALIDATION_FAILED', 'the resident has no phone number on file: confirm with their signature');
  await sendCodeText(db, sms, log, row.phone, smsMessage('confirm_code', [row.filerName, row.itemName ?? row.description, code]));
}
