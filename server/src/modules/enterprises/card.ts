// 企业数字名片: the enterprise's card, read from its 一企一档 archive whenever its link is opened (so it is always
// current), and the link itself, which the enterprise's contact or a supervisor issues, replaces or withdraws.
// Opening the link needs no account: the token is the key, 128 random bits, so links cannot be guessed, and a
// replaced or withdrawn link answers NOT_FOUND like one that never was.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import QRCode from 'qrcode';
import type { CardMilestone, CardProject, EnterpriseArchive, EnterpriseCard, EnterpriseCardState, MilestoneView } from '../../../../types';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../../plugins/auth';
import { loadEnterprise, readArchive } from './enterprises.view';

/** The H5 page that shows a card (the app's router is in hash mode). */
export const cardPath = (token: string) => `/#/pages/card/index?t=${token}`;

const newToken = () => randomBytes(16).toString('base64url');

/** The enterprise, when the caller may manage its card: its contact or a supervisor (a helper only reads the archive). */
async function manageable(db: Kysely<Database>, user: SessionUser, enterpriseId: string) {
  const { row, access } = await loadEnterprise(db, user, enterpriseId);
  if (access === 'helper') throw new AppError('FORBIDDEN', 'only the enterprise’s contact or a supervisor manages its card');
  return row;
}

async function stateOf(db: Kysely<Database>, enterpriseId: string, origin: string): Promise<EnterpriseCardState> {
  const row = await db.selectFrom('enterprise_cards').selectAll().where('enterprise_id', '=', enterpriseId).executeTakeFirst();
  if (!row) return { card: null };
  const url = `${origin}${cardPath(row.token)}`;
  // Error correction M: the code still reads with a crease or a smudge on a printed card. SVG: sharp at any print
  // size, a fraction of a PNG's bytes, and an <img> in H5 and an <image> in the mini-program both show it.
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  const qrDataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return { card: { token: row.token, url, qrDataUrl, issuedAt: row.issued_at, views: Number(row.views), lastViewedAt: row.last_viewed_at } };
}

export async function cardState(db: Kysely<Database>, user: SessionUser, enterpriseId: string, origin: string): Promise<EnterpriseCardState> {
  await manageable(db, user, enterpriseId);
  return stateOf(db, enterpriseId, origin);
}

/** Issues the card's link, replacing any earlier one (which stops working); the count of views starts again. */
export async function issueCard(db: Kysely<Database>, user: SessionUser, enterpriseId: string, origin: string): Promise<EnterpriseCardState> {
  await manageable(db, user, enterpriseId);
  const row = { token: newToken(), issued_by: user.id, issued_at: new Date().toISOString(), views: 0, last_viewed_at: null };
  await db
    .insertInto('enterprise_cards')
    .values({ enterprise_id: enterpriseId, ...row })
    .onConflict((oc) => oc.column('enterprise_id').doUpdateSet(row))
    .execute();
  return stateOf(db, enterpriseId, origin);
}

/** Withdraws the link: whoever holds it gets NOT_FOUND from now on. */
export async function withdrawCard(db: Kysely<Database>, user: SessionUser, enterpriseId: string): Promise<EnterpriseCardState> {
  await manageable(db, user, enterpriseId);
  await db.deleteFrom('enterprise_cards').where('enterprise_id', '=', enterpriseId).execute();
  return { card: null };
}

const cardMilestone = (m: MilestoneView): CardMilestone => ({ kind: m.kind, name: m.name, status: m.status, completedOn: m.completedOn });

/** What the card shows of an archive: the licence's facts, each project's progress, the documents' names and numbers. */
export function cardOf(a: EnterpriseArchive, extra: { townshipNameMn: string | null; helpLine: string; issuedAt: string; asOf: string }): EnterpriseCard {
  const projects: CardProject[] = a.projects.map((p) => {
    const current = p.milestones.find((m) => m.status !== 'done');
    return { name: p.name, site: p.site, investment: p.investment, done: p.done, total: p.total, current: current ? cardMilestone(current) : null, milestones: p.milestones.map(cardMilestone) };
  });
  const milestones = a.projects.flatMap((p) => p.milestones);
  return {
    name: a.name,
    creditCode: a.creditCode,
    legalPerson: a.legalPerson,
    industry: a.industry,
    townshipName: a.townshipName,
    ...(extra.townshipNameMn ? { townshipNameMn: extra.townshipNameMn } : {}),
    address: a.address,
    projects,
    // Names, numbers and dates only: the scans stay in the archive, for those who may read it.
    credentials: milestones.flatMap((m) => m.documents.map((d) => ({ name: d.name, number: d.number, issuedOn: d.issuedOn, milestone: m.name }))),
    serviceHelpers: [...new Set(milestones.flatMap((m) => (m.helper ? [m.helper.name] : [])))],
    helpLine: extra.helpLine,
    issuedAt: extra.issuedAt,
    asOf: extra.asOf,
  };
}

/** The card behind a link, for anyone who holds it; each opening is counted. */
export async function publicCard(db: Kysely<Database>, token: string, helpLine: string): Promise<EnterpriseCard> {
  const now = new Date().toISOString();
  const opened = await db
    .updateTable('enterprise_cards')
    .set((eb) => ({ views: eb('views', '+', 1), last_viewed_at: now }))
    .where('token', '=', token)
    .executeTakeFirst();
  if (Number(opened.numUpdatedRows) === 0) throw new AppError('NOT_FOUND', 'no card at this link: it was replaced or withdrawn, or never issued');
  const card = await db.selectFrom('enterprise_cards').select(['enterprise_id', 'issued_at']).where('token', '=', token).executeTakeFirst();
  if (!card) throw new AppError('NOT_FOUND', 'no card at this link: it was replaced or withdrawn, or never issued');
  const row = await db.selectFrom('enterprises').selectAll().where('id', '=', card.enterprise_id).executeTakeFirstOrThrow();
  const [archive, township] = await Promise.all([
    // 'helper' is the narrowest reader (the contact's phone masked); the card leaves out the contact altogether.
    readArchive(db, row, 'helper'),
    db.selectFrom('townships').select('name_mn').where('id', '=', row.township_id).executeTakeFirst(),
  ]);
  return cardOf(archive, { townshipNameMn: township?.name_mn ?? null, helpLine, issuedAt: card.issued_at, asOf: now });
}
