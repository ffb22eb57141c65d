// "等待发送": what was captured without a network, sent by itself when the network returns (or on a tap).
import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import { errorKey, useT } from '../../i18n';
import { flushOutbox, useOutbox } from '../../services/outbox';
import { formatDateTime } from '../../services/time';
import type { ErrorCode } from '../../../types';

const RETRY_MS = 15_000;

export function OutboxList({ onSent }: { onSent?(): void }) {
  const t = useT();
  const actions = useOutbox((s) => s.actions);
  useEffect(() => {
    const flush = () => void flushOutbox().then((n) => n > 0 && onSent?.());
    const timer = setInterval(() => useOutbox.getState().actions.some((a) => a.state === 'waiting') && flush(), RETRY_MS);
    if (process.env.TARO_ENV === 'h5') window.addEventListener('online', flush);
    return () => {
      clearInterval(timer);
      if (process.env.TARO_ENV === 'h5') window.removeEventListener('online', flush);
    };
  }, [onSent]);
  if (actions.length === 0) return null;
  return (
    <View className='card outbox' role='region' aria-label={t('outbox.title', { count: actions.length })}>
      <Text className='card__title'>{t('outbox.title', { count: actions.length })}</Text>
      {actions.map((a) => (
        <Text key={a.key} className='card__text'>
          {`${formatDateTime(a.capturedAt)} ${a.label} · ${a.state === 'waiting' ? t('outbox.waiting') : t('outbox.conflict', { reason: t(errorKey((a.error ?? 'INTERNAL') as ErrorCode)) })}`}
        </Text>
      ))}
      <View className='choice' role='button' tabIndex={0} onClick={() => void flushOutbox().then((n) => n > 0 && onSent?.())}>
        {t('outbox.sendNow')}
      </View>
    </View>
  );
}
