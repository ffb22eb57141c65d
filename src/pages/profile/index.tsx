import { SignedInPage } from '../../components/SignedInPage';
import { ProfilePanel } from '../../features/profile/ProfilePanel';
import { useT } from '../../i18n';
import { PAGES } from '../../services/nav';

export default function ProfilePage() {
  const t = useT();
  return (
    <SignedInPage title={t('profile.title')} returnTo={PAGES.profile}>
      {() => <ProfilePanel />}
    </SignedInPage>
  );
}
