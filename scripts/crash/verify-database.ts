// After the last (graceful) stop: the SQLite file itself, read directly, against what clients were told.
import SQLite from 'better-sqlite3';
import type { WriteLedger } from './write-ledger';

export interface Finding {
  kind: string;
  key: string;
  detail: string;
}

export interface DatabaseVerdict {
  integrity: string;
  foreignKeyErrors: number;
  /** acknowledged writes that are not in the database (or not as the client was told) */
  lost: number;
  /** one logical write stored more than once, or a retry answered with another request than the first answer */
  duplicated: number;
  /** requests without the submitted/triaged steps filed with them in one transaction */
  torn: number;
  /** requests rows for these users whose key the client never sent */
  unknownRows: number;
  requestsRows: number;
  /** stuck filings whose request was stored (the client was never told) and whose request was not (lost to the client) */
  stuckStored: number;
  stuckNotStored: number;
  findings: Finding[];
}

const MAX_FINDINGS = 20;

export function verifyDatabase(sqlitePath: string, ledger: WriteLedger): DatabaseVerdict {
  const db = new SQLite(sqlitePath, { fileMustExist: true });
  const findings: Finding[] = [];
  const note = (kind: string, key: string, detail: string) => {
    if (findings.length < MAX_FINDINGS) findings.push({ kind, key, detail });
  };
  try {
    const integrityRows = db.pragma('integrity_check') as { integrity_check: string }[];
    const integrity = integrityRows.map((r) => r.integrity_check).join('; ');
    const foreignKeyErrors = (db.pragma('foreign_key_check') as unknown[]).length;

    const byKey = db.prepare<[string, string], { id: string; status: string; helper_id: string | null }>(
      'select id, status, helper_id from requests where filed_by_id = ? and idempotency_key = ?',
    );
    const offerById = db.prepare<[string], { status: string; request_id: string }>('select status, request_id from offers where id = ?');
    const requestById = db.prepare<[string], { status: string; helper_id: string | null }>('select status, helper_id from requests where id = ?');
    const deliveries = db.prepare<[string, string], { n: number }>(
      "select count(*) as n from transitions where request_id = ? and to_status = 'result_delivered' and actor_id = ?",
    );

    let lost = 0;
    let duplicated = 0;
    let stuckStored = 0;
    let stuckNotStored = 0;
    for (const w of ledger.records) {
      if (w.kind === 'file') {
        const rows = byKey.all(w.userId, w.key);
        if (rows.length > 1) {
          duplicated += 1;
          note('duplicated', w.key, `${rows.length} requests rows`);
        }
        if (w.state === 'stuck') {
          if (rows.length > 0) stuckStored += 1;
          else stuckNotStored += 1;
        }
        if (w.state !== 'acked') continue;
        if (rows.length === 0) {
          lost += 1;
          note('lost', w.key, `acknowledged as ${String(w.requestId)}, not in the database`);
        } else if (rows[0]?.id !== w.requestId) {
          duplicated += 1;
          note('answer-mismatch', w.key, `client was told ${String(w.requestId)}, database has ${String(rows[0]?.id)}`);
        }
      } else if (w.state === 'acked' && w.kind === 'accept' && w.offerId && w.requestId) {
        const offer = offerById.get(w.offerId);
        const request = requestById.get(w.requestId);
        if (offer?.status !== 'accepted' || request?.helper_id !== w.userId) {
          lost += 1;
          note('lost', w.key, `accept acknowledged; offer ${String(offer?.status)}, request helper ${String(request?.helper_id)}`);
        }
      } else if (w.state === 'acked' && w.kind === 'deliver' && w.requestId) {
        const n = deliveries.get(w.requestId, w.userId)?.n ?? 0;
        if (n === 0) {
          lost += 1;
          note('lost', w.key, 'result_delivered acknowledged, no such step in the timeline');
        } else if (n > 1) {
          duplicated += 1;
          note('duplicated', w.key, `result_delivered recorded ${n} times`);
        }
      }
    }

    // Accepting is one conditional update: a request can never have two accepted offers.
    const doubleAccepts = db
      .prepare<[], { request_id: string; n: number }>(
        "select request_id, count(*) as n from offers where status = 'accepted' group by request_id having count(*) > 1",
      )
      .all();
    for (const d of doubleAccepts) note('duplicated', d.request_id, `${d.n} accepted offers`);
    duplicated += doubleAccepts.length;

    const tornRows = db
      .prepare<[], { id: string }>(
        `select r.id from requests r
         where not exists (select 1 from transitions t where t.request_id = r.id and t.to_status = 'submitted')
            or not exists (select 1 from transitions t where t.request_id = r.id and t.to_status = 'triaged')`,
      )
      .all();
    for (const t of tornRows) note('torn', t.id, 'request without its submitted/triaged steps');

    const users = [...new Set(ledger.records.filter((r) => r.kind === 'file').map((r) => r.userId))];
    const sentKeys = new Set(ledger.records.filter((r) => r.kind === 'file').map((r) => `${r.userId} ${r.key}`));
    const ours = users.length
      ? db
          .prepare<string[], { filed_by_id: string; idempotency_key: string }>(
            `select filed_by_id, idempotency_key from requests where filed_by_id in (${users.map(() => '?').join(',')})`,
          )
          .all(...users)
      : [];
    const unknown = ours.filter((r) => !sentKeys.has(`${r.filed_by_id} ${r.idempotency_key}`));
    for (const u of unknown) note('unknown-row', u.idempotency_key, `filed by ${u.filed_by_id}`);

    return {
      integrity,
      foreignKeyErrors,
      lost,
      duplicated,
      torn: tornRows.length,
      unknownRows: unknown.length,
      requestsRows: db.prepare<[], { n: number }>('select count(*) as n from requests').get()?.n ?? 0,
      stuckStored,
      stuckNotStored,
      findings,
    };
  } finally {
    db.close();
  }
}
