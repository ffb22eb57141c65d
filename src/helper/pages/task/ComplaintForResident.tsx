// 办不成事 on the resident's behalf: the helper writes down, in the resident's words, what could not get done on this
// case; it is filed for the resident (they see it and its answer) and the service centre must answer by a date.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ComplaintBody, ComplaintView, RequestDetail } from '../../../../types';
import { NoteAction } from '../../../components/NoteAction';
import { errorKey, useT } from '../../../i18n';
import { api, ApiError } from '../../../services/http';

const fileFor = (body: ComplaintBody) => api<ComplaintView>('/api/complaints', { method: 'POST', body });

export function ComplaintForResident({ detail }: { detail: Pick<RequestDetail, 'id' | 'resident'> }) {
  const t = useT();
  const [message, setMessage] = useState<string | null>(null);
  // A new key after each report remounts the note field: the next report starts empty.
  const [round, setRound] = useState(0);
  const file = (description: string) =>
    void fileFor({ description, requestId: detail.id, forUserId: detail.resident.id }).then(
      () => {
        setMessage(t('complaint.filedFor', { name: detail.resident.name }));
        setRound((n) => n + 1);
      },
      (e: unknown) => setMessage(t(errorKey(e instanceof ApiError ? e.code : 'INTERNAL'))),
    );
  return (
    <View>
      <NoteAction key={round} label={t('complaint.forResident', { name: detail.resident.name })} placeholder={t('complaint.placeholder')} onConfirm={file} />
      {message ? <Text className='message' role='status'>{message}</Text> : null}
    </View>
  );
}
