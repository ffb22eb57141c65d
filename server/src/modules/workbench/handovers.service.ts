// The custody chain (交接单): who handed which documents to whom, when and where, with photos and both signatures.
// Each hand-over kind belongs to one point in the life cycle and moves the request on where the domain says so.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { RETURN_HANDOVERS, holdsResidentItems, type HandoverBody, type HandoverKind, type RequestStatus } from '../../../../types';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../../plugins/auth';
import { loadVisible } from '../requests/requests.service';
import { moveStatus } from '../requests/transition-log';
import { systemNote } from '../requests/timeline-notes';
import { capturedAt } from './captured-at';
import { attachUploads } from '../uploads/uploads.service';
import { EXITS_WITH_RETURN } from './custody';
import { checkMoney, ledgerOf, parseMoney } from './handover-money';

interface Rule {
  from: RequestStatus[];
  /** the status the hand-over leads to, or null when it records without moving on */
  to: RequestStatus | null;
  signatures: 'both' | 'giver';
}

const RULES: Record<HandoverKind, Rule> = {
  resident_to_helper: { from: ['authorised', 'on_site', 'awaiting_supplement'], to: 'materials_received', signatures: 'both' },
  helper_to_department: { from: ['materials_received'], to: 'submitted_to_department', signatures: 'both' },
  department_to_helper: { from: ['approved', 'rejected'], to: null, signatures: 'both' },
  helper_to_resident: { from: ['approved', 'rejected'], to: 'result_delivered', signatures: 'both' },
  by_post: { from: ['approved', 'rejected'], to: 'result_delivered', signatures: 'giver' },
};

export async function recordHandover(db: Kysely<Database>, user: SessionUser, id: string, body: HandoverBody): Promise<void> {
  const { row, relation } = await loadVisible(db, user, id);
  if (relation !== 'helper') throw new AppError('FORBIDDEN', 'only the helper assigned to this request records hand-overs');
  const rule = RULES[body.kind];
  const trail = await db.selectFrom('handovers').select(['kind', 'money']).where('request_id', '=', id).orderBy('at').execute();
  // After an early end the resident's things go back (on the hand-over that returns them) and the case stays where it is.
  const returnAfterExit = body.kind === 'helper_to_resident' && EXITS_WITH_RETURN.includes(row.status as RequestStatus);
  if (returnAfterExit && !holdsResidentItems(trail.map((h) => h.kind))) {
    throw new AppError('INVALID_TRANSITION', 'nothing of the resident’s is held on this case: there is nothing to hand back');
  }
  if (!returnAfterExit && !rule.from.includes(row.status as RequestStatus)) {
    throw new AppError('INVALID_TRANSITION', `a ${body.kind} hand-over is not possible while the request is ${row.status}`);
  }
  if (body.kind === 'resident_to_helper' && row.kind === 'delegate' && row.status === 'on_site') {
    throw new AppError('INVALID_TRANSITION', 'for 代办 the resident signs the 委托书 before handing over documents');
  }
  if (!body.fromSignatureId || (rule.signatures === 'both' && !body.toSignatureId)) {
    throw new AppError('VALIDATION_FAILED', rule.signatures === 'both' ? 'both parties sign the hand-over' : 'the sender signs the hand-over', 'fromSignatureId');
  }
  if (body.kind === 'helper_to_department' && !body.departmentCaseNo) {
    throw new AppError('VALIDATION_FAILED', "record the department's case number", 'departmentCaseNo');
  }
  if (body.kind === 'by_post' && !body.trackingNo) throw new AppError('VALIDATION_FAILED', 'record the tracking number', 'trackingNo');

  checkMoney(body.kind, body.money, ledgerOf(trail.map((h) => ({ kind: h.kind, money: parseMoney(h.money) }))));

  const people = await db
    .selectFrom('requests')
    .innerJoin('users as r', 'r.id', 'requests.resident_id')
    .leftJoin('service_items', 'service_items.id', 'requests.service_item_id')
    .select(['r.name as resident', 'service_items.department'])
    .where('requests.id', '=', id)
    .executeTakeFirstOrThrow();
  const helperName = (await db.selectFrom('users').select('name').where('id', '=', user.id).executeTakeFirstOrThrow()).name;
  const department = people.department ? `${people.department}窗口` : '政务服务中心';
  const parties: Record<HandoverKind, [string, string]> = {
    resident_to_helper: [people.resident, helperName],
    helper_to_department: [helperName, department],
    department_to_helper: [department, helperName],
    helper_to_resident: [helperName, people.resident],
    by_post: [helperName, `${people.resident}（邮寄）`],
  };
  const at = capturedAt(body.capturedAt);
  const signatures = [body.fromSignatureId, body.toSignatureId].filter((s): s is string => Boolean(s));

  await db.transaction().execute(async (trx) => {
    if (returnAfterExit) {
      // No status moves to make a second, concurrent return fail: take the case's row first (a write lock on
      // PostgreSQL, the one writer on SQLite), then look again for a return recorded meanwhile.
      await trx.updateTable('requests').set({ updated_at: new Date().toISOString() }).where('id', '=', id).execute();
      const returned = await trx.selectFrom('handovers').select('id').where('request_id', '=', id).where('kind', 'in', [...RETURN_HANDOVERS]).executeTakeFirst();
      if (returned) throw new AppError('INVALID_TRANSITION', 'the resident’s things were handed back meanwhile; reload');
    }
    await attachUploads(trx, user, id, [...(body.photoIds ?? []).map((u) => [u, 'photo'] as const), ...signatures.map((u) => [u, 'signature'] as const)]);
    await trx
      .insertInto('handovers')
      .values({
        id: `h-${crypto.randomUUID()}`,
        request_id: id,
        kind: body.kind,
        from_party: parties[body.kind][0],
        to_party: parties[body.kind][1],
        items: JSON.stringify(body.items),
        photo_ids: JSON.stringify(body.photoIds ?? []),
        from_signature_id: body.fromSignatureId ?? null,
        to_signature_id: body.toSignatureId ?? null,
        tracking_no: body.trackingNo ?? null,
        place: body.place ?? null,
        lat: body.location?.lat ?? null,
        lng: body.location?.lng ?? null,
        recorded_by: user.id,
        at,
        money: body.money ? JSON.stringify({ amountFen: body.money.amountFen, purpose: body.money.purpose.trim(), ...(body.money.receiptNo ? { receiptNo: body.money.receiptNo.trim() } : {}) }) : null,
      })
      .execute();
    if (body.departmentCaseNo) await trx.updateTable('requests').set({ department_case_no: body.departmentCaseNo }).where('id', '=', id).execute();
    const items = body.items.map((i) => `${i.name}×${i.count}`).join('、');
    const note = systemNote('handover', { handover: body.kind, items, caseNo: body.departmentCaseNo, trackingNo: body.trackingNo });
    if (rule.to && !returnAfterExit) {
      const moved = await moveStatus(trx, { requestId: id, from: row.status as RequestStatus, to: rule.to, actor: 'helper', actorId: user.id, ...note, at });
      if (!moved) throw new AppError('INVALID_TRANSITION', 'the request changed meanwhile; reload and try again');
    }
  });
}
