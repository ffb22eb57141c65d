// The case page (GET /api/requests/:id) as last sent, kept per case and reader relation while nothing it shows has
// changed. Residents and family poll their case's timeline; building the page is most of a read's cost (a statement
// with a dozen subqueries, the views, the serializer), while finding out whether it changed is one indexed lookup.
//
// What "changed" means is kept by the database, not by the write paths: triggers move the case's version on any
// change to its own rows and a shared epoch on any change to the names and cards a page shows (migration 0016). A
// page is stamped with the version read *before* it was built, so a write racing the build can only make the stamp
// older than the page, never newer: the next read rebuilds. The banner date is in the stamp too (working days left).
// Who may read is decided on every read from the fresh row, exactly as the uncached path does; a reader the row does
// not name (a helper holding an offer, a stranger) always goes the uncached way, with its own checks and logging.
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../../../types';
import { prepareQuery } from '../../db/prepared';
import { filerLinkEnded } from '../family/consent';
import { bannerDate } from '../../lib/working-days';

export const caseStamp = prepareQuery((db, a: { id: string }) =>
  db
    .selectFrom('requests')
    .innerJoin('case_versions', 'case_versions.request_id', 'requests.id')
    .select((eb) => [
      'requests.resident_id',
      'requests.filed_by_id',
      'requests.helper_id',
      filerLinkEnded(eb).as('filer_link_ended'),
      'case_versions.rev',
      eb.selectFrom('case_epoch').select('case_epoch.epoch').as('epoch'),
    ])
    .where('requests.id', '=', a.id),
);

export type CaseStampRow = NonNullable<Awaited<ReturnType<typeof caseStamp.first>>>;

export interface CasePageCacheOptions {
  /** pages kept (least recently read go first); 0 turns the cache off */
  entries: number;
  /** build the page on every read anyway and fail loudly when a kept one differs (the test suite runs with it) */
  verify: boolean;
}

export class CasePageCache {
  private readonly pages = new Map<string, { stamp: string; body: string }>();

  constructor(readonly options: CasePageCacheOptions) {}

  static keyOf(requestId: string, relation: Actor): string {
    return `${requestId}\u0000${relation}`;
  }

  static stampOf(row: CaseStampRow): string {
    return `${String(row.rev)}:${String(row.epoch)}:${bannerDate()}`;
  }

  /** The page's HTTP validator: its version and the reader's relation (they see different fields), nothing personal. */
  static etagOf(stamp: string, relation: Actor): string {
    return `"${stamp}:${relation}"`;
  }

  get(key: string, stamp: string): string | undefined {
    const page = this.pages.get(key);
    if (!page || page.stamp !== stamp) return undefined;
    // Re-inserted so the Map's order is the order of last reads.
    this.pages.delete(key);
    this.pages.set(key, page);
    return page.body;
  }

  set(key: string, stamp: string, body: string): void {
    this.pages.delete(key);
    if (this.pages.size >= this.options.entries) {
      const oldest = this.pages.keys().next();
      if (!oldest.done) this.pages.delete(oldest.value);
    }
    this.pages.set(key, { stamp, body });
  }
}

/** A kept page goes out as the JSON text it is (Fastify serializes objects only), through the route's hooks. */
export function sendPage(reply: FastifyReply, body: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(body);
}

/** 304 Not Modified: the reader's copy (its If-None-Match) is this version; no body. */
export function sendNotModified(reply: FastifyReply): FastifyReply {
  return reply.code(304).send();
}
