// 一键拨号: call the people who help me (help line, my grid worker, my current helper) with one tap each, or ask to
// be called back when nobody answers.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { RequestDetail } from '../../../types';
import { BigButton } from '../../components/BigButton';
import { errorKey, useT } from '../../i18n';
import { ApiError } from '../../services/http';
import { newIdempotencyKey } from '../../services/idempotency-key';
import { dial } from '../../services/phone';
import { useRemote } from '../../services/use-remote';
import { loadContacts, requestCallBack } from './api';

export function CallPanel({ villageId, onCallBackRequested }: { villageId: string | null; onCallBackRequested(request: RequestDetail): void }) {
  const t = useT();
  const contacts = useRemote(loadContacts, []);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [key] = useState(newIdempotencyKey);
  const c = contacts.data;

  const callBack = async () => {
    if (!villageId) return setMessage(t('request.needVillage'));
    setBusy(true);
    setMessage(null);
    try {
      onCallBackRequested(await requestCallBack(villageId, key));
    } catch (error) {
      setMessage(t(errorKey(error instanceof ApiError ? error.code : 'INTERNAL')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      {c?.currentHelper ? (
        <BigButton label={t('call.currentHelper', { name: c.currentHelper.name })} onClick={() => dial(c.currentHelper?.phone ?? '')} />
      ) : null}
      {c?.gridWorkers.map((g) => <BigButton key={g.id} label={t('call.gridWorker', { name: g.name })} onClick={() => dial(g.phone)} />)}
      {c ? <BigButton label={t('call.helpLine', { phone: c.helpLine })} variant='secondary' onClick={() => dial(c.helpLine)} /> : null}
      <BigButton
        size='hero'
        label={busy ? t('call.requesting') : t('call.callMeBack')}
        hint={t('call.callMeBackHint')}
        onClick={() => void callBack()}
        disabled={busy}
      />
      {message || contacts.error ? (
        <Text className='message' role='alert'>
          {message ?? t(errorKey(contacts.error ?? 'INTERNAL'))}
        </Text>
      ) : null}
    </View>
  );
}
