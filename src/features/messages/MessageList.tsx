// The message centre: what changed on my cases, newest first; opening it marks everything read.
import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import type { MessageView, RequestStatus } from '../../../types';
import { REQUEST_STATUSES } from '../../../types';
import { errorKey, useT, type Translate } from '../../i18n';
import { formatDateTime } from '../../services/time';
import { useRemote } from '../../services/use-remote';
import { listMessages, markRead } from './api';

function describe(m: MessageView, t: Translate): string {
  if (m.kind === 'status' && (REQUEST_STATUSES as readonly string[]).includes(m.body)) {
    return t('messages.status', { status: t(`status.${m.body as RequestStatus}`) });
  }
  if (m.kind === 'offer') return t('messages.offer');
  if (m.kind === 'retry_call') return t('messages.retry_call');
  if (m.kind === 'supplement_due') {
    const [name, date] = m.body.split('|');
    return t('messages.supplementDue', { name: name ?? '', date: date ?? '' });
  }
  return t('messages.escalation');
}

export function MessageList({ onOpen }: { onOpen(requestId: string): void }) {
  const t = useT();
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
          <Text className='card__text'>{formatDateTime(m.createdAt)}</Text>
        </View>
      ))}
    </View>
  );
}
