// "I could not get this done": say what went wrong, in your own words; the service centre must answer by a date.
import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { BigButton } from '../../components/BigButton';
import { errorKey, useT } from '../../i18n';
import { ApiError } from '../../services/http';
import { newIdempotencyKey } from '../../services/idempotency-key';
import { fileComplaint } from './api';

export function ComplaintForm({ requestId, onFiled }: { requestId: string | null; onFiled(): void }) {
  const t = useT();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const submit = async () => {
    if (!text.trim()) return setMessage(t('complaint.needText'));
    try {
      await fileComplaint(text.trim(), requestId, key);
      setText('');
      setKey(newIdempotencyKey());
      setMessage(t('complaint.filed'));
      onFiled();
    } catch (e) {
      setMessage(t(errorKey(e instanceof ApiError ? e.code : 'INTERNAL')));
    }
  };
  return (
    <View>
      <Text className='message'>{t('complaint.intro')}</Text>
      <Textarea className='field__textarea' value={text} maxlength={2000} placeholder={t('complaint.placeholder')} aria-label={t('complaint.placeholder')} onInput={(e) => setText(e.detail.value)} />
      <BigButton label={t('complaint.submit')} onClick={() => void submit()} />
      {message ? <Text className='message' role='status'>{message}</Text> : null}
    </View>
  );
}
