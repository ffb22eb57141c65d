// A 一企一档 milestone being edited (by a supervisor in the console, or by the helper it is assigned to): the draft
// as loaded, and the changes to send. Only what changed is sent; the helper's draft never changes its helper.
import { useState } from 'react';
import type { MilestoneDocument, MilestoneStatus, MilestoneUpdateBody, MilestoneView } from '../../types';
import { useT } from '../i18n';
import { useAction } from './use-action';

export interface MilestoneDraft {
  status: MilestoneStatus;
  helperId: string | null;
  plannedOn: string;
  startedOn: string;
  completedOn: string;
  note: string;
  documents: MilestoneDocument[];
}

export const draftOf = (m: MilestoneView): MilestoneDraft => ({
  status: m.status,
  helperId: m.helper?.id ?? null,
  plannedOn: m.plannedOn ?? '',
  startedOn: m.startedOn ?? '',
  completedOn: m.completedOn ?? '',
  note: m.note ?? '',
  documents: m.documents,
});

/** The documents as the server takes them: a file by its upload id. */
const documentInput = (d: MilestoneDocument) => ({
  name: d.name,
  ...(d.number ? { number: d.number } : {}),
  ...(d.issuedOn ? { issuedOn: d.issuedOn } : {}),
  ...(d.file ? { uploadId: d.file.id } : {}),
});

/** The fields that differ from the milestone as loaded; a completion date only for a milestone that is done. */
export function changesOf(m: MilestoneView, d: MilestoneDraft): MilestoneUpdateBody {
  const was = draftOf(m);
  const day = (v: string) => v || null;
  return {
    ...(d.status !== was.status ? { status: d.status } : {}),
    ...(d.helperId !== was.helperId ? { helperId: d.helperId } : {}),
    ...(d.plannedOn !== was.plannedOn ? { plannedOn: day(d.plannedOn) } : {}),
    ...(d.startedOn !== was.startedOn ? { startedOn: day(d.startedOn) } : {}),
    ...(d.status === 'done' && d.completedOn !== was.completedOn ? { completedOn: day(d.completedOn) } : {}),
    ...(d.note !== was.note ? { note: d.note } : {}),
    ...(JSON.stringify(d.documents) !== JSON.stringify(was.documents) ? { documents: d.documents.map(documentInput) } : {}),
  };
}

/** An editor's state: the draft, a change to it, and save (only the changes, through `write`; 没有改动 when none). */
export function useMilestoneDraft<T>(milestone: MilestoneView, write: (id: number, body: MilestoneUpdateBody) => Promise<T>, onSaved: (value: T) => void) {
  const t = useT();
  const [draft, setDraft] = useState(() => draftOf(milestone));
  const { message, setMessage, busy, run } = useAction();
  const change = (patch: Partial<MilestoneDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = () => {
    const body = changesOf(milestone, draft);
    if (Object.keys(body).length === 0) return setMessage(t('admin.nothingChanged'));
    return run(() => write(milestone.id, body), onSaved);
  };
  return { draft, change, save, message, busy };
}
