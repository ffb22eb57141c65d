// 一企一档 on the workbench: the milestones assigned to this helper, each with its enterprise, project, status and
// dates; 更新 opens the same fields the console uses (status, dates, documents with their scans, note) and saves only
// what changed. Nothing shows for a helper who holds no milestone.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { MilestoneView, MyMilestoneView } from '../../../types';
import { MilestoneDocuments } from '../../components/MilestoneDocuments';
import { MilestoneFields } from '../../components/MilestoneFields';
import { useMilestoneDraft } from '../../components/milestone-draft';
import { SaveCancel } from '../../components/SaveCancel';
import { TextField } from '../../components/TextField';
import { useT, type Translate } from '../../i18n';
import { useRemote } from '../../services/use-remote';
import { listMyMilestones, updateMyMilestone } from './api';

function progressLine(m: MilestoneView, t: Translate): string {
  return [
    t(`milestone.${m.status}`),
    m.plannedOn && !m.startedOn ? t('milestone.plannedOnShown', { date: m.plannedOn }) : null,
    m.startedOn && !m.completedOn ? t('milestone.startedOnShown', { date: m.startedOn }) : null,
    m.completedOn ? t('milestone.completedOnShown', { date: m.completedOn }) : null,
    m.documents.length ? t('milestone.documentCount', { count: m.documents.length }) : null,
    m.note,
  ]
    .filter(Boolean)
    .join(' · ');
}

function Editor({ milestone, onSaved, onCancel }: { milestone: MilestoneView; onSaved(): void; onCancel(): void }) {
  const t = useT();
  const { draft, change, save, message, busy } = useMilestoneDraft(milestone, updateMyMilestone, onSaved);
  return (
    <View role='group' aria-label={t('milestone.edit', { name: milestone.name })}>
      <MilestoneFields draft={draft} onChange={change} />
      <MilestoneDocuments documents={draft.documents} onChange={(documents) => change({ documents })} />
      <TextField label={t('milestone.note')} value={draft.note} onChange={(note) => change({ note })} />
      <SaveCancel onSave={save} onCancel={onCancel} busy={busy} />
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}

export function MyMilestones() {
  const t = useT();
  const list = useRemote(listMyMilestones, []);
  const [editing, setEditing] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  const items: MyMilestoneView[] = list.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <View role='group' aria-label={t('myMilestones.title')}>
      <Text className='section-title'>{t('myMilestones.title')}</Text>
      {saved ? <Text className='message' role='status'>{t('myMilestones.saved')}</Text> : null}
      <View role='list'>
        {items.map((m) => (
          <View key={m.id} className='card' role='listitem'>
            <Text className='card__title'>{m.name}</Text>
            <Text className='card__text'>{`${m.enterpriseName} · ${m.projectName}`}</Text>
            <Text className='card__text badge'>{progressLine(m, t)}</Text>
            {editing === m.id ? (
              <Editor
                milestone={m}
                onCancel={() => setEditing(null)}
                onSaved={() => {
                  setEditing(null);
                  setSaved(true);
                  list.reload();
                }}
              />
            ) : (
              <View
                className='choice'
                role='button'
                tabIndex={0}
                aria-label={t('milestone.edit', { name: m.name })}
                onClick={() => {
                  setSaved(false);
                  setEditing(m.id);
                }}
              >
                {t('milestone.update')}
              </View>
            )}
          </View>
        ))}
      </View>
    </View>
  );
}
