// Helpers and grid workers: who they are, where they serve, their skills and languages, duty and daily capacity;
// a supervisor changes duty and capacity here (the API also edits skills, grids and languages).
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { HelperAdminView, HelperListResponse } from '../../../types';
import { errorKey, useT } from '../../i18n';
import { api, ApiError } from '../../services/http';
import { useRemote } from '../../services/use-remote';

const update = (id: string, body: { onDuty?: boolean; capacityPerDay?: number }) =>
  api<HelperAdminView>(`/api/supervision/helpers/${encodeURIComponent(id)}`, { method: 'POST', body });

export function HelperAdmin() {
  const t = useT();
  const helpers = useRemote(() => api<HelperListResponse>('/api/supervision/helpers'), []);
  const [message, setMessage] = useState<string | null>(null);
  const act = (p: Promise<unknown>) => void p.then(helpers.reload, (e: unknown) => setMessage(t(errorKey(e instanceof ApiError ? e.code : 'INTERNAL'))));
  return (
    <View role='list'>
      {(helpers.data?.items ?? []).map((h) => (
        <View key={h.id} className='card' role='listitem'>
          <Text className='card__title'>{`${h.name} · ${t(`helperKind.${h.kind}`)}`}</Text>
          <Text className='card__text'>{t('admin.helperLine', { skills: h.skills.join('、'), languages: h.languages.map((l) => t(`language.${l}`)).join('、'), open: h.openTasks, capacity: h.capacityPerDay })}</Text>
          <View className='row'>
            <View className={`choice${h.onDuty ? ' choice--selected' : ''}`} role='switch' aria-checked={h.onDuty} tabIndex={0} onClick={() => act(update(h.id, { onDuty: !h.onDuty }))}>
              {h.onDuty ? t('workbench.onDuty') : t('workbench.offDuty')}
            </View>
            <View className='choice' role='button' tabIndex={0} aria-disabled={h.capacityPerDay <= 1} onClick={() => h.capacityPerDay > 1 && act(update(h.id, { capacityPerDay: h.capacityPerDay - 1 }))}>
              {t('admin.capacityLess')}
            </View>
            <View className='choice' role='button' tabIndex={0} onClick={() => act(update(h.id, { capacityPerDay: h.capacityPerDay + 1 }))}>
              {t('admin.capacityMore')}
            </View>
          </View>
        </View>
      ))}
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
