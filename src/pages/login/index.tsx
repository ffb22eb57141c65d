import Taro, { useRouter } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { PageShell } from '../../components/PageShell';
import { SignInForm } from '../../features/auth/SignInForm';
import { useT } from '../../i18n';
import { PAGES } from '../../services/nav';

export default function LoginPage() {
  const t = useT();
  const { params } = useRouter();
  const next = params.next ? decodeURIComponent(params.next) : PAGES.home;
  return (
    <PageShell>
      <Text className='page__title'>{t('login.title')}</Text>
      <SignInForm
        onSignedIn={() =>
          // Back home means a fresh start (no second home page under this one); elsewhere, replace the sign-in page.
          void (next === PAGES.home ? Taro.reLaunch({ url: next }) : Taro.redirectTo({ url: next }))
        }
      />
    </PageShell>
  );
}
