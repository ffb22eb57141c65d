import { SignedInPage } from '../../components/SignedInPage';
import { FamilyPanel } from '../../features/family/FamilyPanel';
import { useT } from '../../i18n';
import { PAGES } from '../../services/nav';

export default function FamilyPage() {
  const t = useT();
  return (
    <SignedInPage title={t('family.title')} returnTo={PAGES.family}>
      {() => <FamilyPanel />}
    </SignedInPage>
  );
}
