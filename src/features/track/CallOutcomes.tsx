// For the helper on a call-back: record how each call went (reached / no answer / wrong number). Unanswered calls
// are retried; after three, or a wrong number, the service centre is alerted.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { CALL_OUTCOMES, type CallOutcome, type RequestDetail } from '../../../types';
import { errorKey, useT } from '../../i18n';
import { api, ApiError } from '../../services/http';

const record = (id: string, outcome: CallOutcome) =>
  api<RequestDetail>(`/api/requests/${encodeURIComponent(id)}/call-attempts`, { method: 'POST', body: { outcome } });

export function CallOutcomes({ requestId, onRecorded }: { requestId: string; onRecorded(detail: RequestDetail): void }) {
  const t = useT();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <View className='field'>
      <Text className='field__label'>{t('workbench.callOutcome')}</Text>
      <View className='row'>
        {CALL_OUTCOMES.map((outcome) => (
          <View
            key={outcome}
            className='choice'
            role='button'
            tabIndex={0}
            onClick={() =>
              void record(requestId, outcome).then(onRecorded, (e: unknown) => setMessage(t(errorKey(e instanceof ApiError ? e.code : 'INTERNAL'))))
            }
          >
            {t(`outcome.${outcome}`)}
          </View>
        ))}
      </View>
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
