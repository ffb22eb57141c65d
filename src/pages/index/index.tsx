import { Text, View } from '@tarojs/components';
import { BigButton } from '../../components/BigButton';
import { DisplaySettings } from '../../components/DisplaySettings';
import { PageShell } from '../../components/PageShell';
import { useT } from '../../i18n';
import { PAGES, go } from '../../services/nav';
import { hasRole, useSession } from '../../stores/session';

export default function HomePage() {
  const t = useT();
  const { user, signOut } = useSession();
  const needSignIn = (url: string) => go(user ? url : `${PAGES.login}?next=${encodeURIComponent(url)}`);
  return (
    <PageShell className='home'>
      <View className='top-bar'>
        <Text className='page__title'>{user ? t('home.greeting', { name: user.name }) : t('home.greetingGuest')}</Text>
        <DisplaySettings />
      </View>
      <BigButton size='hero' label={t('home.help')} hint={t('home.helpHint')} onClick={() => needSignIn(PAGES.newRequest)} />
      <BigButton label={t('home.myCases')} variant='secondary' onClick={() => needSignIn(PAGES.cases)} />
      {hasRole(user, 'helper', 'grid_worker') ? (
        <BigButton label={t('home.helperEntry')} variant='secondary' onClick={() => go(PAGES.workbench)} />
      ) : null}
      {hasRole(user, 'supervisor') ? (
        <BigButton label={t('home.supervisorEntry')} variant='secondary' onClick={() => go(PAGES.console)} />
      ) : null}
      {user ? (
        <View className='link-button' role='button' tabIndex={0} onClick={signOut}>
          {t('common.signOut')}
        </View>
      ) : (
        <BigButton label={t('home.signIn')} variant='secondary' onClick={() => go(PAGES.login)} />
      )}
    </PageShell>
  );
}
