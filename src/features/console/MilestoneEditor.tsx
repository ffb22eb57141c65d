// A supervisor updates one 一企一档 milestone: status, planned / started / completed dates, the helper who works it,
// its documents with their scans (MilestoneDocuments), and a note. Only what changed is sent (by POST: the mini-program has no PATCH); the server keeps the dates
// consistent with the status and tells the enterprise contact and a newly assigned helper.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { MILESTONE_STATUSES, type EnterpriseArchive, type MilestoneDocument, type HelperAdminView, type MilestoneStatus, type MilestoneUpdateBody, type MilestoneView } from '../../../types';
import { ChoiceList } from '../../components/ChoiceList';
import { DatePicker } from '../../components/DatePicker';
import { useT } from '../../i18n';
import { addDays, today } from '../../services/time';
import { updateMilestone } from './api';
import { SaveCancel, TextField } from './controls';
import { MilestoneDocuments } from './MilestoneDocuments';
import { useAction } from './use-action';

const NOBODY = 'nobody';

interface Draft {
  status: MilestoneStatus;
  helperId: string | null;
  plannedOn: string;
  startedOn: string;
  completedOn: string;
  note: string;
  documents: MilestoneDocument[];
}

const draftOf = (m: MilestoneView): Draft => ({
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
function changesOf(m: MilestoneView, d: Draft): MilestoneUpdateBody {
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

export interface MilestoneEditorProps {
  milestone: MilestoneView;
  helpers: readonly HelperAdminView[];
  onSaved(archive: EnterpriseArchive): void;
  onCancel(): void;
}

export function MilestoneEditor({ milestone, helpers, onSaved, onCancel }: MilestoneEditorProps) {
  const t = useT();
  const [draft, setDraft] = useState(() => draftOf(milestone));
  const { message, setMessage, busy, run } = useAction();
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const now = today();
  const save = () => {
    const body = changesOf(milestone, draft);
    if (Object.keys(body).length === 0) return setMessage(t('admin.nothingChanged'));
    return run(() => updateMilestone(milestone.id, body), onSaved);
  };
  const title = t('milestone.edit', { name: milestone.name });
  const date = (label: string, value: string, max: string, set: (v: string) => void) => (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <DatePicker label={label} value={value} min={addDays(now, -3650)} max={max} onChange={set} />
    </View>
  );
  return (
    <View role='group' aria-label={title}>
      <Text className='card__title'>{title}</Text>
      <View className='field'>
        <Text className='field__label'>{t('milestone.status')}</Text>
        <ChoiceList
          label={t('milestone.status')}
          choices={MILESTONE_STATUSES.map((s) => ({ id: s, label: t(`milestone.${s}`) }))}
          selected={draft.status}
          onSelect={(id) => change({ status: MILESTONE_STATUSES.find((s) => s === id) ?? draft.status })}
        />
      </View>
      {date(t('milestone.plannedOn'), draft.plannedOn, addDays(now, 3650), (plannedOn) => change({ plannedOn }))}
      {date(t('milestone.startedOn'), draft.startedOn, now, (startedOn) => change({ startedOn }))}
      {draft.status === 'done' ? date(t('milestone.completedOn'), draft.completedOn, now, (completedOn) => change({ completedOn })) : null}
      <View className='field'>
        <Text className='field__label'>{t('milestone.assignHelper')}</Text>
        <ChoiceList
          label={t('milestone.assignHelper')}
          choices={[{ id: NOBODY, label: t('milestone.nobody') }, ...helpers.map((h) => ({ id: h.id, label: `${h.name}（${t(`helperKind.${h.kind}`)}）` }))]}
          selected={draft.helperId ?? NOBODY}
          onSelect={(id) => change({ helperId: id === NOBODY ? null : id })}
        />
      </View>
      <MilestoneDocuments documents={draft.documents} onChange={(documents) => change({ documents })} />
      <TextField label={t('milestone.note')} value={draft.note} onChange={(note) => change({ note })} />
      <SaveCancel onSave={save} onCancel={onCancel} busy={busy} />
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
