// The case's history as a person reads it: what happened, when, by whom, and why.
import { Text, View } from '@tarojs/components';
import type { TimelineEntry } from '../../types';
import { formatDateTime } from '../services/time';
import type { Translate } from '../i18n';
import './status-timeline.css';

export function StatusTimeline({ entries, t }: { entries: readonly TimelineEntry[]; t: Translate }) {
  const newestFirst = [...entries].reverse();
  return (
    <View className='timeline' role='list' aria-label={t('case.timeline')}>
      {newestFirst.map((entry, index) => (
        <View key={entry.id} className={`timeline__item${index === 0 ? ' timeline__item--current' : ''}`} role='listitem'>
          <Text className='timeline__status'>{t(`status.${entry.to}`)}</Text>
          <Text className='timeline__meta'>
            {formatDateTime(entry.at)} · {entry.actorName ?? t(`actor.${entry.actor}`)}
          </Text>
          {entry.note ? <Text className='timeline__note'>{entry.note}</Text> : null}
        </View>
      ))}
    </View>
  );
}
