// 办不成事: what was reported, by when the service centre must answer (working days), and the answer. Supervisors
// triage (an answer due in 5 working days) and answer from the same list.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ComplaintView } from '../../../types';
import { NoteAction } from '../../components/NoteAction';
import { errorKey, useT } from '../../i18n';
import { ApiError } from '../../services/http';
import { formatDateTime } from '../../services/time';
import { useRemote } from '../../services/use-remote';
import { answerComplaint, listComplaints, triageComplaint } from './api';

export function ComplaintList({ refreshKey, asSupervisor }: { refreshKey: number; asSupervisor: boolean }) {
  const t = useT();
  const list = useRemote(listComplaints, [refreshKey]);
  const [message, setMessage] = useState<string | null>(null);
  const act = (p: Promise<unknown>) => void p.then(list.reload, (e: unknown) => setMessage(t(errorKey(e instanceof ApiError ? e.code : 'INTERNAL'))));
  const actions = (c: ComplaintView) => {
    if (!asSupervisor) return null;
    if (c.status === 'submitted') return <NoteAction key='triage' label={t('complaint.triage')} placeholder={t('complaint.triageNote')} onConfirm={(n) => act(triageComplaint(c.id, n))} />;
    if (c.status === 'in_progress') return <NoteAction key='answer' label={t('complaint.answer')} placeholder={t('complaint.answerText')} onConfirm={(a) => act(answerComplaint(c.id, a))} />;
    return null;
  };
  return (
    <View>
      {list.data && list.data.items.length === 0 ? <Text className='message'>{t('complaint.none')}</Text> : null}
      {(list.data?.items ?? []).map((c) => (
        <View key={c.id} className='card'>
          <Text className='card__title'>{c.description}</Text>
          <Text className='card__text badge'>
            {`${t(`complaint.status.${c.status}`)}${c.deadline ? ` · ${t('complaint.dueBy', { date: c.deadline.date })}` : ''} · ${formatDateTime(c.createdAt)}`}
          </Text>
          {asSupervisor ? <Text className='card__text'>{`${c.resident.name}${c.filedBy.id !== c.resident.id ? `（${c.filedBy.name}）` : ''}`}</Text> : null}
          {c.answer ? <Text className='card__text'>{t('complaint.answerShown', { text: c.answer })}</Text> : null}
          {actions(c)}
        </View>
      ))}
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
