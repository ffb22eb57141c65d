// Notifications that did not arrive: WeChat refused or was unreachable, or the SMS vendor failed. For each, the
// event, who it was for (phone masked), what the channel answered and when; "send again" retries it once and says
// how it went. A resident who was not told may otherwise wait for news that never comes.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { DeliveryView } from '../../../types';
import { errorKey, useT, type Translate } from '../../i18n';
import { formatDateTime } from '../../services/time';
import { useRemote } from '../../services/use-remote';
import { loadFailures, retryDelivery } from './api';
import { useAction } from './use-action';

function outcomeWords(d: DeliveryView, t: Translate): string {
  if (d.status === 'sent' || d.status === 'logged') return t('delivery.resent', { name: d.recipient.name });
  if (d.status === 'failed') return t('delivery.failedAgain', { error: d.error ?? '' });
  return t('delivery.notSent', { name: d.recipient.name });
}

export function DeliveryFailures() {
  const t = useT();
  const failures = useRemote(loadFailures, []);
  const { message, setMessage, busy, run } = useAction();
  const [retrying, setRetrying] = useState<number | null>(null);
  const retry = (id: number) => {
    setRetrying(id);
    run(
      () => retryDelivery(id),
      (d) => {
        setMessage(outcomeWords(d, t));
        failures.reload();
      },
    );
  };
  if (failures.error) return <Text className='message' role='alert'>{t(errorKey(failures.error))}</Text>;
  const items = failures.data?.items ?? [];
  return (
    <View>
      <Text className='section-title'>{t('delivery.title')}</Text>
      {message ? <Text className='message' role='status'>{message}</Text> : null}
      {failures.data && items.length === 0 ? <Text className='message'>{t('delivery.none')}</Text> : null}
      <View role='list'>
        {items.map((d) => (
          <View key={d.id} className='card' role='listitem'>
            <Text className='card__title'>{`${t(`delivery.event.${d.event}`)} · ${d.channel ? t(`delivery.channel.${d.channel}`) : ''}`}</Text>
            <Text className='card__text'>{`${d.recipient.name}${d.phone ? ` ${d.phone}` : ''} · ${formatDateTime(d.at)}`}</Text>
            <Text className='card__text'>{t('delivery.error', { error: d.error ?? t('delivery.noError') })}</Text>
            <View
              className='choice'
              role='button'
              tabIndex={0}
              aria-label={t('delivery.retryFor', { name: d.recipient.name, event: t(`delivery.event.${d.event}`) })}
              aria-disabled={busy && retrying === d.id}
              onClick={() => !busy && retry(d.id)}
            >
              {t('delivery.retry')}
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
