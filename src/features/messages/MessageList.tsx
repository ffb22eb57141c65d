// The message centre: what changed on my cases, newest first; opening it marks everything read.
import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import { COMPLAINT_STATUSES, MESSAGE_KINDS, MILESTONE_STATUSES, REQUEST_STATUSES, type MessageKind, type MessageView } from '../../../types';
import { errorKey, useT, type Translate } from '../../i18n';
import { useLocalName } from '../../i18n/local-name';
import { formatDateTime } from '../../services/time';
import { useRemote } from '../../services/use-remote';
import { planDate } from '../track/visit-plan-text';
import { listMessages, markRead } from './api';

function describe(m: MessageView, t: Translate): string {
  const kind: MessageKind | undefined = MESSAGE_KINDS.find((k) => k === m.kind);
  const [first = '', second = '', third = ''] = m.body.split('|');
  /** the words, then what the sender wrote (a reason, a note), when there is any */
  const withBody = (words: string) => [words, m.body].filter(Boolean).join('：');
  switch (kind) {
    case 'status': {
      const status = REQUEST_STATUSES.find((s) => s === m.body);
      return status ? t('messages.status', { status: t(`status.${status}`) }) : t('messages.other');
    }
    case 'offer':
      return t('messages.offer');
    case 'assigned':
      return t('messages.assigned');
    case 'retry_call':
      return t('messages.retry_call');
    case 'escalation':
      return t('messages.escalation');
    case 'supplement_due':
      return t('messages.supplementDue', { name: first, date: second });
    case 'visit_reminder':
      return [t('messages.visitReminder', { day: /^\d{4}-\d{2}-\d{2}$/.test(first) ? planDate(t, first) : first, start: second }), third].filter(Boolean).join(' · ');
    case 'rating_reply':
      return t('messages.ratingReply');
    case 'milestone_assigned':
      return t('messages.milestoneAssigned');
    case 'milestone': {
      const status = MILESTONE_STATUSES.find((s) => s === third);
      return status ? t('messages.milestone', { status: t(`milestone.${status}`) }) : t('messages.other');
    }
    case 'complaint': {
      // a new report (to supervisors) is its id alone; a step on it (to its resident) is id|status
      const status = COMPLAINT_STATUSES.find((s) => s === second);
      return status ? t('messages.complaintStep', { status: t(`complaint.status.${status}`) }) : t('messages.complaintFiled');
    }
    case 'bad_rating':
      return t('messages.badRating');
    case 'urgent':
      return withBody(t('messages.urgent'));
    case 'urgency_asked':
      return withBody(t('messages.urgencyAsked'));
    case 'urgency_granted':
      return withBody(t('messages.urgencyGranted'));
    case 'urgency_declined':
      return withBody(t('messages.urgencyDeclined'));
    case 'agency_cancelled':
      return t('messages.agencyCancelled', { day: first, place: second, reason: third });
    case 'agency_moved':
      return t('messages.agencyMoved', { day: first, place: second, reason: third });
    case 'welfare_alert':
      return withBody(t('messages.welfareAlert'));
    case undefined:
      return t('messages.other');
  }
}

export function MessageList({ onOpen }: { onOpen(requestId: string): void }) {
  const t = useT();
  const ln = useLocalName();
  const messages = useRemote(listMessages, []);
  useEffect(() => {
    if (messages.data && messages.data.unread > 0) void markRead();
  }, [messages.data]);
  if (messages.error) return <Text className='message' role='alert'>{t(errorKey(messages.error))}</Text>;
  const items = messages.data?.items ?? [];
  if (messages.data && items.length === 0) return <Text className='message'>{t('messages.empty')}</Text>;
  return (
    <View role='list'>
      {items.map((m) => (
        <View key={m.id} className='card' role='listitem' tabIndex={0} onClick={() => m.requestId && onOpen(m.requestId)}>
          <Text className='card__title'>{`${m.read ? '' : '● '}${describe(m, t)}`}</Text>
          {/* which case: with two open, "您的事项：帮办员在路上" alone does not say */}
          <Text className='card__text'>{m.caseTitle ? `${ln(m.caseTitle, m.caseTitleMn)} · ${formatDateTime(m.createdAt)}` : formatDateTime(m.createdAt)}</Text>
        </View>
      ))}
    </View>
  );
}
