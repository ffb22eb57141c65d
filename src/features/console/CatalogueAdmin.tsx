// Catalogue management: every item with its department, time limit, 告知承诺 / 容缺 / online; a new item, or an
// existing one's materials and rules, are edited in ItemEditor. A filed case keeps the deadline it was given.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ServiceItemView } from '../../../types';
import { errorKey, useT, type Translate } from '../../i18n';
import { useRemote } from '../../services/use-remote';
import { loadCatalogue } from './api';
import { departmentsOf } from './departments';
import { ItemEditor } from './ItemEditor';

/** null: the list; 'new': a new item; otherwise the id of the item being edited. */
type Editing = null | 'new' | string;

function rules(item: ServiceItemView, t: Translate): string {
  return [
    t('item.timeLimit', { days: item.timeLimitDays }),
    t('item.fee', { fee: item.fee }),
    item.promiseAllowed ? t('item.promise') : null,
    item.deferralAllowed ? t('item.deferral') : t('admin.noDeferral'),
    item.online ? t('item.online') : null,
    t('admin.materialCount', { count: item.materials.length }),
  ]
    .filter(Boolean)
    .join(' · ');
}

export function CatalogueAdmin() {
  const t = useT();
  const items = useRemote(loadCatalogue, []);
  const [editing, setEditing] = useState<Editing>(null);
  const departments = departmentsOf(items.data ?? []);
  const done = () => {
    setEditing(null);
    items.reload();
  };
  if (items.error) return <Text className='message' role='alert'>{t(errorKey(items.error))}</Text>;
  if (editing === 'new') return <ItemEditor item={null} departments={departments} onSaved={done} onCancel={() => setEditing(null)} />;
  return (
    <View>
      <View className='choice' role='button' tabIndex={0} onClick={() => setEditing('new')}>
        {t('admin.newItem')}
      </View>
      <View role='list'>
        {(items.data ?? []).map((item) => (
          <View key={item.id} className='card' role='listitem'>
            {editing === item.id ? (
              <ItemEditor item={item} departments={departments} onSaved={done} onCancel={() => setEditing(null)} />
            ) : (
              <>
                <Text className='card__title'>{`${item.name} · ${item.department}`}</Text>
                <Text className='card__text'>{rules(item, t)}</Text>
                <View className='choice' role='button' tabIndex={0} aria-label={t('admin.editItem', { name: item.name })} onClick={() => setEditing(item.id)}>
                  {t('admin.edit')}
                </View>
              </>
            )}
          </View>
        ))}
      </View>
    </View>
  );
}
