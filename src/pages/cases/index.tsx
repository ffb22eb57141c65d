import { useEffect } from 'react';
import { Text } from '@tarojs/components';
import { PageShell } from '../../components/PageShell';
import { CaseList } from '../../features/track/CaseList';
import { useT } from '../../i18n';
import { PAGES, openCase, toSignIn } from '../../services/nav';
import { useSession } from '../../stores/session';

export default function CasesPage() {
  const t = useT();
  const user = useSession((s) => s.user);
  useEffect(() => {
    if (!user) toSignIn(PAGES.cases);
  }, [user]);
  if (!user) return null;
  return (
    <PageShell>
      <Text className='page__title'>{t('cases.title')}</Text>
      <CaseList onOpen={(r) => openCase(r.id)} />
    </PageShell>
  );
}
