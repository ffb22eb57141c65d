// Catalogue management: each item's legal time limit and whether 告知承诺 / 容缺 / fully online apply. (Materials and
// guides are edited through the same API; 容缺 follows the materials: on only when one of them may come later.)
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ServiceItemBody, ServiceItemView } from '../../../types';
import { errorKey, useT } from '../../i18n';
import { api, ApiError } from '../../services/http';
import { useRemote } from '../../services/use-remote';

function bodyOf(item: ServiceItemView): ServiceItemBody {
  return {
    name: item.name,
    department: item.department,
    timeLimitDays: item.timeLimitDays,
    fee: item.fee,
    promiseAllowed: item.promiseAllowed,
    deferralAllowed: item.deferralAllowed,
    online: item.online,
    guide: item.guide,
    keywords: item.keywords,
    materials: item.materials.map((m) => ({ name: m.name, form: m.form, count: m.count, deferrable: m.deferrable, ...(m.note ? { note: m.note } : {}) })),
  };
}

export function CatalogueAdmin() {
  const t = useT();
  const items = useRemote(() => api<ServiceItemView[]>('/api/catalogue'), []);
  const [message, setMessage] = useState<string | null>(null);
  const save = (item: ServiceItemView, change: Partial<ServiceItemBody>) =>
    void api(`/api/supervision/catalogue/${encodeURIComponent(item.id)}`, { method: 'PUT', body: { ...bodyOf(item), ...change } }).then(items.reload, (e: unknown) =>
      setMessage(t(errorKey(e instanceof ApiError ? e.code : 'INTERNAL'))),
    );
  const toggle = (item: ServiceItemView, key: 'promiseAllowed' | 'online', label: string) => (
    <View className={`choice${item[key] ? ' choice--selected' : ''}`} role='switch' aria-checked={item[key]} tabIndex={0} onClick={() => save(item, { [key]: !item[key] })}>
      {label}
    </View>
  );
  return (
    <View role='list'>
      {(items.data ?? []).map((item) => (
        <View key={item.id} className='card' role='listitem'>
          <Text className='card__title'>{`${item.name} · ${item.department}`}</Text>
          <Text className='card__text'>{`${t('item.timeLimit', { days: item.timeLimitDays })} · ${item.deferralAllowed ? t('item.deferral') : t('admin.noDeferral')}`}</Text>
          <View className='row'>
            <View className='choice' role='button' tabIndex={0} aria-disabled={item.timeLimitDays <= 1} onClick={() => item.timeLimitDays > 1 && save(item, { timeLimitDays: item.timeLimitDays - 1 })}>
              {t('admin.daysLess')}
            </View>
            <View className='choice' role='button' tabIndex={0} onClick={() => save(item, { timeLimitDays: item.timeLimitDays + 1 })}>
              {t('admin.daysMore')}
            </View>
            {toggle(item, 'promiseAllowed', t('item.promise'))}
            {toggle(item, 'online', t('item.online'))}
          </View>
        </View>
      ))}
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
