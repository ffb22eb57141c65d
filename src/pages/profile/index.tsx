import { SignedInPage } from '../../components/SignedInPage';
import { View } from '@tarojs/components';
import { ProfilePanel } from '../../features/profile/ProfilePanel';
import { NotificationOptIn } from '../../features/notifications/NotificationOptIn';
import { useT } from '../../i18n';
import { PAGES } from '../../services/nav';

export default function ProfilePage() {
  const t = useT();
  return (
    <SignedInPage title={t('profile.title')} returnTo={PAGES.profile}>
      {() => (
        <View>
          <ProfilePanel />
          <NotificationOptIn />
        </View>
      )}
    </SignedInPage>
  );
}
