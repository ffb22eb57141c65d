// Phone number + one-time code. In demo mode the server returns the code and we show it in a banner.
import { useEffect, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { useT, errorKey } from '../../i18n';
import { BigButton } from '../../components/BigButton';
import { ApiError } from '../../services/http';
import { useSession } from '../../stores/session';
import { requestCode, verifyCode } from './api';
import { linkWechat } from './wechat-link';
import './sign-in.css';

const PHONE = /^1[3-9]\d{9}$/;
/**
 * After a code is sent, asking again waits this long: a text can take a minute to arrive, a second code makes the
 * first one useless, and SMS vendors refuse a second text to one number within 30 seconds anyway.
 */
export const RESEND_AFTER_SECONDS = 60;

export function SignInForm({ onSignedIn }: { onSignedIn(): void }) {
  const t = useT();
  const signIn = useSession((s) => s.signIn);
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [devCode, setDevCode] = useState<string | null>(null);
  const [codeSent, setCodeSent] = useState(false);
  const [waitSeconds, setWaitSeconds] = useState(0);
  useEffect(() => {
    if (waitSeconds <= 0) return undefined;
    const timer = setTimeout(() => setWaitSeconds((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [waitSeconds]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = (error: unknown) =>
    setMessage(t(errorKey(error instanceof ApiError ? error.code : 'INTERNAL')));

  const sendCode = async () => {
    if (!PHONE.test(phone)) return setMessage(t('login.phoneInvalid'));
    setBusy(true);
    setMessage(null);
    try {
      const result = await requestCode(phone);
      setCodeSent(true);
      setWaitSeconds(RESEND_AFTER_SECONDS);
      setDevCode(result.devCode ?? null);
      setMessage(t('login.codeSent'));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    if (!/^\d{6}$/.test(code)) return setMessage(t('login.codeInvalid'));
    setBusy(true);
    setMessage(null);
    try {
      const session = await verifyCode(phone, code);
      signIn(session.token, session.user);
      void linkWechat();
      onSignedIn();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='sign-in'>
      {devCode ? (
        <View className='sign-in__dev-banner' role='status'>
          <Text>{t('login.devBanner', { code: devCode })}</Text>
        </View>
      ) : null}
      <View className='field'>
        <Text className='field__label' id='phone-label'>{t('login.phone')}</Text>
        <Input
          className='field__input'
          type='number'
          maxlength={11}
          value={phone}
          placeholder={t('login.phonePlaceholder')}
          aria-labelledby='phone-label'
          onInput={(e) => setPhone(e.detail.value)}
        />
      </View>
      <BigButton
        label={waitSeconds > 0 ? t('login.resendIn', { seconds: waitSeconds }) : t('login.sendCode')}
        variant='secondary'
        onClick={sendCode}
        disabled={busy || waitSeconds > 0}
      />
      {codeSent ? (
        <>
          <View className='field'>
            <Text className='field__label' id='code-label'>{t('login.code')}</Text>
            <Input
              className='field__input'
              type='number'
              maxlength={6}
              value={code}
              placeholder={t('login.codePlaceholder')}
              aria-labelledby='code-label'
              onInput={(e) => setCode(e.detail.value)}
            />
          </View>
          <BigButton label={t('login.submit')} onClick={submit} disabled={busy} loading={busy} />
        </>
      ) : null}
      {message ? (
        <Text className='sign-in__message' role='alert'>
          {message}
        </Text>
      ) : null}
    </View>
  );
}
