// The case's history as a person reads it: what happened, when, by whom, and why.
import { Text, View } from '@tarojs/components';
import { HANDOVER_KINDS, RATING_LEVELS, REQUEST_KINDS, type TimelineEntry } from '../../types';
import { formatDateTime } from '../services/time';
import type { Translate } from '../i18n';
import './status-timeline.css';

/**
 * A note the system wrote (it has a code) in the reader's language, codes among its parameters translated too;
 * a note a person typed, or an older row without a code, as stored.
 */
export function timelineNoteText(entry: TimelineEntry, t: Translate): string | null {
  if (!entry.noteKey) return entry.note;
  const p = { ...entry.noteParams };
  const kind = REQUEST_KINDS.find((k) => k === p.kind);
  if (kind) p.kind = t(`kind.${kind}`);
  const level = RATING_LEVELS.find((l) => l === p.level);
  if (level) p.level = t(`rating.level.${level}`);
  const handover = HANDOVER_KINDS.find((h) => h === p.handover);
  if (handover) p.handover = t(`handover.kind.${handover}`);
  const text = t(`timelineNote.${entry.noteKey}`, p);
  const numbers = [p.caseNo ? t('timelineNote.caseNo', p) : '', p.trackingNo ? t('timelineNote.trackingNo', p) : ''].filter(Boolean);
  return numbers.length ? `${text} · ${numbers.join(' · ')}` : text;
}

export function StatusTimeline({ entries, t }: { entries: readonly TimelineEntry[]; t: Translate }) {
  const newestFirst = [...entries].reverse();
  return (
    <View className='timeline' role='list' aria-label={t('case.timeline')}>
      {newestFirst.map((entry, index) => {
        const note = timelineNoteText(entry, t);
        const status = t(`status.${entry.to}`);
        // A step that left the status where it was (加急 asked, granted or lifted; a new time agreed) is its note: as a
        // headline of its own, the status it happened in would read as though the case had moved again.
        const inPlace = entry.from === entry.to && note !== null;
        return (
          <View key={entry.id} className={`timeline__item${index === 0 ? ' timeline__item--current' : ''}`} role='listitem'>
            <Text className='timeline__status'>{inPlace ? note : status}</Text>
            <Text className='timeline__meta'>
              {formatDateTime(entry.at)} · {entry.actorName ?? t(`actor.${entry.actor}`)}
              {inPlace ? ` · ${status}` : ''}
            </Text>
            {note && !inPlace ? <Text className='timeline__note'>{note}</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
