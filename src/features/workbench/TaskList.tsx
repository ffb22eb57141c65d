// The helper's tasks by day in visiting order, each with the drive from the previous stop and a map hand-off.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TaskView } from '../../../types';
import { errorKey, useT } from '../../i18n';
import { useRemote } from '../../services/use-remote';
import { listTasks } from './api';
import { useLocalName } from '../../i18n/local-name';

/** H5 has no native map: hand off to the phone's map with the coordinates (GCJ-02 is what Chinese maps expect). */
function mapLink(task: TaskView): string {
  const { lat, lng } = task.location;
  return `https://uri.amap.com/marker?position=${lng},${lat}&name=${encodeURIComponent(task.request.villageName)}`;
}

export function TaskList({ refreshKey, onOpen }: { refreshKey: number; onOpen(task: TaskView): void }) {
  const t = useT();
  const ln = useLocalName();
  const tasks = useRemote(listTasks, [refreshKey]);
  const items = tasks.data?.items ?? [];
  return (
    <View>
      <Text className='section-title'>{t('workbench.myTasks')}</Text>
      {tasks.error ? <Text className='message' role='alert'>{t(errorKey(tasks.error))}</Text> : null}
      {!tasks.loading && items.length === 0 ? <Text className='message'>{t('workbench.noTasks')}</Text> : null}
      <View role='list'>
        {items.map((task) => (
          <View key={task.request.id} className='card' role='listitem'>
            {/* Block lines (View), not inline Text: inside the button they would otherwise run together. */}
            <View role='button' tabIndex={0} onClick={() => onOpen(task)}>
              <View className='card__title'>{`${task.request.urgent ? `【${t('workbench.urgent')}】` : ''}${task.request.description}`}</View>
              <View className='card__text'>{`${t(`status.${task.request.status}`)} · ${ln(task.request.townshipName, task.request.townshipNameMn)} ${ln(task.request.villageName, task.request.villageNameMn)}`}</View>
              <View className='card__text'>
                {`${task.day ? `${task.day} ${task.start ?? ''}` : t('workbench.unscheduled')} · ${t('workbench.legKm', { km: task.legKm })}`}
              </View>
            </View>
            {process.env.TARO_ENV === 'h5' ? (
              <a className='link-button' href={mapLink(task)} target='_blank' rel='noreferrer'>
                {t('workbench.navigate')}
              </a>
            ) : (
              <View
                className='link-button'
                role='button'
                onClick={() => void Taro.openLocation({ latitude: task.location.lat, longitude: task.location.lng, name: task.request.villageName, address: task.request.townshipName })}
              >
                {t('workbench.navigate')}
              </View>
            )}
          </View>
        ))}
      </View>
    </View>
  );
}
