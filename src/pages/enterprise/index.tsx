import { SignedInPage } from '../../components/SignedInPage';
import { EnterpriseArchiveView } from '../../features/enterprise/EnterpriseArchiveView';
import { useT } from '../../i18n';
import { PAGES } from '../../services/nav';

export default function EnterprisePage() {
  const t = useT();
  return (
    <SignedInPage title={t('enterprise.title')} returnTo={PAGES.enterprise}>
      {() => <EnterpriseArchiveView />}
    </SignedInPage>
  );
}
