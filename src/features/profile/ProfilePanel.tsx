// My sensitive information (PIPL): asked for only after a separate, explicit consent; shown back masked; exportable;
// and a request to delete it.
import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { DeletionRequestResponse, ProfileView } from '../../../types';
import { BigButton } from '../../components/BigButton';
import { errorKey, useT } from '../../i18n';
import { api, ApiError } from '../../services/http';
import { useRemote } from '../../services/use-remote';

export function ProfilePanel() {
  const t = useT();
  const profile = useRemote(() => api<ProfileView>('/api/me/profile'), []);
  const [idNumber, setIdNumber] = useState('');
  const [disability, setDisability] = useState('');
  // null until the resident taps it: the switch then shows what is saved
  const [livesAlone, setLivesAlone] = useState<boolean | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>, done: string) => {
    setMessage(null);
    try {
      await action();
      setMessage(done);
      profile.reload();
    } catch (e) {
      setMessage(t(errorKey(e instanceof ApiError ? e.code : 'INTERNAL')));
    }
  };
  const p = profile.data;
  const alone = livesAlone ?? p?.livesAlone ?? false;
  return (
    <View>
      {p && !p.sensitiveConsentAt ? (
        <View className='card'>
          <Text className='card__title'>{t('profile.consentTitle')}</Text>
          <Text className='card__text'>{t('profile.consentText')}</Text>
          <BigButton label={t('profile.consentAgree')} onClick={() => void run(() => api('/api/me/consent', { method: 'POST', body: { granted: true } }), t('profile.saved'))} />
        </View>
      ) : null}
      {p?.sensitiveConsentAt ? (
        <View>
          <Text className='message'>{t('profile.current', { id: p.idNumber ?? t('profile.none'), disability: p.disability ?? t('profile.none') })}</Text>
          <View className='field'>
            <Text className='field__label' id='id-number'>{t('profile.idNumber')}</Text>
            <Input className='field__input' value={idNumber} maxlength={18} placeholder={t('profile.idNumber')} aria-labelledby='id-number' onInput={(e) => setIdNumber(e.detail.value.toUpperCase())} />
          </View>
          <View className='field'>
            <Text className='field__label' id='disability'>{t('profile.disability')}</Text>
            <Input className='field__input' value={disability} placeholder={t('profile.disabilityPlaceholder')} aria-labelledby='disability' onInput={(e) => setDisability(e.detail.value)} />
          </View>
          <View className={`choice${alone ? ' choice--selected' : ''}`} role='switch' aria-checked={alone} tabIndex={0} onClick={() => setLivesAlone(!alone)}>
            {t('profile.livesAlone')}
          </View>
          <BigButton
            label={t('profile.save')}
            onClick={() =>
              void run(
                () =>
                  api('/api/me/profile', {
                    method: 'POST',
                    body: { ...(idNumber ? { idNumber } : {}), ...(disability ? { disability } : {}), ...(livesAlone !== null ? { livesAlone } : {}) },
                  }),
                t('profile.saved'),
              )
            }
          />
        </View>
      ) : null}
      <BigButton label={t('profile.export')} variant='secondary' onClick={() => void run(() => api('/api/me/export'), t('profile.exported'))} />
      <BigButton
        label={t('profile.delete')}
        variant='danger'
        onClick={() => void run(() => api<DeletionRequestResponse>('/api/me/deletion-request', { method: 'POST', body: {} }), t('profile.deleteReceived'))}
      />
      {message ? <Text className='message' role='status'>{message}</Text> : null}
    </View>
  );
}
