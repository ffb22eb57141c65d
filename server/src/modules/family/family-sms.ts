// The family member's code goes to their own phone: "巴特尔 asks to act for you, code 123456". They confirm by telling
// the code to the one who asked; nothing is granted before that.
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { sendCodeText } from '../notifications/sms-guard';
import type { SmsProvider } from '../notifications/sms-provider';
import { smsMessage } from '../notifications/sms-templates';

export async function sendFamilyCode(db: Kysely<Database>, sms: SmsProvider, log: FastifyBaseLogger, linkId: string, code: string): Promise<void> {
  const row = await db
    .selectFrom('family_links')
    .innerJoin('users as member', 'member.id', 'family_links.member_id')
    .innerJoin('users as asker', 'asker.id', 'family_links.resident_id')
    .select(['member.phone as memberPhone', 'asker.name as askerName', 'asker.phone as askerPhone'])
    .where('family_links.id', '=', linkId)
    .executeTakeFirstOrThrow();
  // Members are added by their phone number, so one is always on file; the guard is for the type.
  if (!row.memberPhone) return;
  // An account without a name yet is named by the end of its number, which the member will recognise.
  const asker = row.askerName.trim() || (row.askerPhone ? `您的家人（尾号${row.askerPhone.slice(-4)}）` : '您的家人');
  await sendCodeText(db, sms, log, row.memberPhone, smsMessage('family_code', [asker, code]));
}
