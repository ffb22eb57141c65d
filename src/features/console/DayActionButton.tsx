// An action on one agency point day (取消这一天, 换人负责): its accessible name says which day, since a list of days
// shows the same words on every card.
import { View } from '@tarojs/components';
import type { AgencyDayView } from '../../../types';

export function DayActionButton({ label, day, onOpen }: { label: string; day: AgencyDayView; onOpen(): void }) {
  return (
    <View className='choice' role='button' tabIndex={0} aria-label={`${label}（${day.day} ${day.place}）`} onClick={onOpen}>
      {label}
    </View>
  );
}
