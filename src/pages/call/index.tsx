import { SignedInPage } from '../../components/SignedInPage';
import { CallPanel } from '../../features/call/CallPanel';
import { useT } from '../../i18n';
import { PAGES, openCase } from '../../services/nav';

export default function CallPage() {
  const t = useT();
  return (
    <SignedInPage title={t('call.title')} returnTo={PAGES.call}>
      {(user) => <CallPanel villageId={user.villageId} onCallBackRequested={(r) => openCase(r.id, true)} />}
    </SignedInPage>
  );
}
