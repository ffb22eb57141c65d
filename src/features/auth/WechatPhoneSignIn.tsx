// 微信手机号一键登录 (mini-program only): WeChat vouches for the number the person registered with it, so there is no
// text to wait for and no code to type: the easiest sign-in for an elderly resident. The same account as signing in
// with a code to that number; the server trades the two one-time codes WeChat gives (login and phone).
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { BaseEventOrig, ButtonProps } from '@tarojs/components';
import { errorKey, useT } from '../../i18n';
import { ApiError } from '../../services/http';
import { useSession } from '../../stores/session';
import { wechatPhoneSignIn } from './api';
import '../../components/big-button.css';

export function WechatPhoneSignIn({ onSignedIn }: { onSignedIn(): void }) {
  const t = useT();
  const signIn = useSession((s) => s.signIn);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onPhone = async (event: BaseEventOrig<ButtonProps.onGetPhoneNumberEventDetail>) => {
    const phoneCode = event.detail.code;
    // No code: the person said no in WeChat's sheet (or the WeChat is too old): the form below still works.
    if (!phoneCode) return setMessage(t('login.wechatDeclined'));
    setBusy(true);
    setMessage(null);
    try {
      const { code: loginCode } = await Taro.login();
      const session = await wechatPhoneSignIn(loginCode, phoneCode);
      signIn(session.token, session.user);
      onSignedIn();
    } catch (error) {
      setMessage(t(errorKey(error instanceof ApiError ? error.code : 'INTERNAL')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='sign-in__wechat'>
      <View className='big-button big-button--large'>
        <Button
          className='big-button__control big-button__control--primary'
          openType='getPhoneNumber'
          onGetPhoneNumber={(event) => void onPhone(event)}
          disabled={busy}
          loading={busy}
        >
          {t('login.wechatPhone')}
        </Button>
        <Text className='big-button__hint'>{t('login.wechatPhoneHint')}</Text>
      </View>
      {message ? (
        <Text className='sign-in__message' role='alert'>
          {message}
        </Text>
      ) : null}
      <Text className='sign-in__or'>{t('login.orCode')}</Text>
    </View>
  );
}
