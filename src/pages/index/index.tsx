import { View } from '@tarojs/components';
import { Text } from '@tarojs/components';
import { BigButton } from '../../components/BigButton';
import { DisplaySettings } from '../../components/DisplaySettings';
import { PageShell } from '../../components/PageShell';
import { MyHelperCard } from '../../features/call/MyHelperCard';
import { UnreadLink } from '../../features/messages/UnreadLink';
import { useT } from '../../i18n';
import { PAGES, go } from '../../services/nav';
import { hasRole, useSession } from '../../stores/session';

// Four large actions at most (一键呼叫, 预约上门, 我要办事, 我的进度), then who my helper is; staff entrances below.
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
      <BigButton size='hero' label={t('home.call')} hint={t('home.callHint')} onClick={() => needSignIn(PAGES.call)} />
      <BigButton label={t('home.book')} onClick={() => needSignIn(PAGES.book)} />
      <BigButton label={t('home.apply')} onClick={() => go(PAGES.catalogue)} />
      <BigButton label={t('home.myCases')} variant='secondary' onClick={() => needSignIn(PAGES.cases)} />
      {user ? <MyHelperCard /> : null}
      {hasRole(user, 'helper', 'grid_worker') ? (
        <BigButton label={t('home.helperEntry')} variant='secondary' onClick={() => go(PAGES.workbench)} />
      ) : null}
      {hasRole(user, 'enterprise') ? <BigButton label={t('enterprise.title')} variant='secondary' onClick={() => go(PAGES.enterprise)} /> : null}
      {hasRole(user, 'supervisor') ? (
        <BigButton label={t('home.supervisorEntry')} variant='secondary' onClick={() => go(PAGES.console)} />
      ) : null}
      {user ? (
        <View className='row'>
          <UnreadLink onOpen={() => go(PAGES.messages)} />
          <View className='link-button' role='button' tabIndex={0} onClick={() => go(PAGES.family)}>
            {t('home.family')}
          </View>
          <View className='link-button' role='button' tabIndex={0} onClick={() => go(PAGES.complaint)}>
            {t('complaint.title')}
          </View>
          <View className='link-button' role='button' tabIndex={0} onClick={() => go(PAGES.profile)}>
            {t('profile.title')}
          </View>
          <View className='link-button' role='button' tabIndex={0} onClick={signOut}>
            {t('common.signOut')}
          </View>
        </View>
      ) : (
        <BigButton label={t('home.signIn')} variant='secondary' onClick={() => go(PAGES.login)} />
      )}
    </PageShell>
  );
}
