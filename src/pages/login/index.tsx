import Taro, { useRouter } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { PageShell } from '../../components/PageShell';
import { SignInForm } from '../../features/auth/SignInForm';
import { WechatPhoneSignIn } from '../../features/auth/WechatPhoneSignIn';
import { useT } from '../../i18n';
import { PAGES } from '../../services/nav';

export default function LoginPage() {
  const t = useT();
  const { params } = useRouter();
  const next = params.next ? decodeURIComponent(params.next) : PAGES.home;
  // Back home means a fresh start (no second home page under this one); elsewhere, replace the sign-in page.
  const done = () => void (next === PAGES.home ? Taro.reLaunch({ url: next }) : Taro.redirectTo({ url: next }));
  return (
    <PageShell>
      <Text className='page__title'>{t('login.title')}</Text>
      {/* WeChat's phone number button exists only in the mini-program. */}
      {process.env.TARO_ENV === 'weapp' ? <WechatPhoneSignIn onSignedIn={done} /> : null}
      <SignInForm onSignedIn={done} />
    </PageShell>
  );
}
