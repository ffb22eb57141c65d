// The helper's accepted tasks, newest first.
import { Text, View } from '@tarojs/components';
import type { RequestSummary } from '../../../types';
import { errorKey, useT } from '../../i18n';
import { useRemote } from '../../services/use-remote';
import { listMyTasks } from './api';

export function TaskList({ refreshKey, onOpen }: { refreshKey: number; onOpen(request: RequestSummary): void }) {
  const t = useT();
  const tasks = useRemote(listMyTasks, [refreshKey]);
  const items = tasks.data?.items ?? [];
  return (
    <View>
      <Text className='section-title'>{t('workbench.myTasks')}</Text>
      {tasks.error ? <Text className='message' role='alert'>{t(errorKey(tasks.error))}</Text> : null}
      {!tasks.loading && items.length === 0 ? <Text className='message'>{t('workbench.noTasks')}</Text> : null}
      <View role='list'>
        {items.map((r) => (
          <View key={r.id} className='card' role='listitem' tabIndex={0} onClick={() => onOpen(r)}>
            <Text className='card__title'>{r.description}</Text>
            <Text className='card__text'>
              {t(`status.${r.status}`)} · {r.townshipName} {r.villageName}
            </Text>
          </View>
        ))}
      </View>
    </View>
  );
}
