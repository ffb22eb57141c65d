import { useEffect } from 'react';
import { Text } from '@tarojs/components';
import { PageShell } from '../../../components/PageShell';
import { CaseTable } from '../../../features/console/CaseTable';
import { useT } from '../../../i18n';
import { PAGES, openCase, toSignIn } from '../../../services/nav';
import { useSession } from '../../../stores/session';

export default function ConsolePage() {
  const t = useT();
  const user = useSession((s) => s.user);
  useEffect(() => {
    if (!user) toSignIn(PAGES.console);
  }, [user]);
  if (!user) return null;
  return (
    <PageShell>
      <Text className='page__title'>{t('console.title')}</Text>
      <CaseTable onOpen={(r) => openCase(r.id)} />
    </PageShell>
  );
}
