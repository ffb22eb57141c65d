// Notifications, only with the user's say-so: WeChat subscribe messages are asked for at a tap (the platform allows
// nothing else) and each acceptance allows one message; text messages per event for those without WeChat.
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { SubscriptionsResponse } from '../../../types';
import { errorKey, useT } from '../../i18n';
import { api, ApiError } from '../../services/http';
import { useRemote } from '../../services/use-remote';

const save = (body: object) => api<SubscriptionsResponse>('/api/notifications/subscriptions', { method: 'POST', body });

export function NotificationOptIn() {
  const t = useT();
  const subs = useRemote(() => api<SubscriptionsResponse>('/api/notifications/subscriptions'), []);
  const [message, setMessage] = useState<string | null>(null);
  const fail = (e: unknown) => setMessage(t(errorKey(e instanceof ApiError ? e.code : 'INTERNAL')));
  const s = subs.data;
  if (!s) return null;

  const askWechat = async () => {
    try {
      const tmplIds = s.templates.map((x) => x.templateId);
      const result = (await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] })) as unknown as Record<string, string>;
      await save({ wechat: s.templates.map((x) => ({ event: x.event, accepted: result[x.templateId] === 'accept' })) });
      subs.reload();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <View className='card'>
      <Text className='card__title'>{t('notify.title')}</Text>
      {process.env.TARO_ENV === 'weapp' && s.wechatAvailable && s.templates.length ? (
        <View className='choice' role='button' tabIndex={0} onClick={() => void askWechat()}>
          {t('notify.wechat')}
        </View>
      ) : null}
      {s.smsAvailable ? (
        <View className='row'>
          {s.items.map((item) => (
            <View
              key={item.event}
              className={`choice${item.sms ? ' choice--selected' : ''}`}
              role='switch'
              aria-checked={item.sms}
              tabIndex={0}
              onClick={() => void save({ sms: [{ event: item.event, enabled: !item.sms }] }).then(subs.reload, fail)}
            >
              {t(`notify.event.${item.event}`)}
            </View>
          ))}
        </View>
      ) : null}
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
