import { useEffect, useState } from 'react';
import { Text } from '@tarojs/components';
import { PageShell } from '../../../components/PageShell';
import { OfferList } from '../../../features/workbench/OfferList';
import { TaskList } from '../../../features/workbench/TaskList';
import { useT } from '../../../i18n';
import { PAGES, openCase, toSignIn } from '../../../services/nav';
import { useSession } from '../../../stores/session';

export default function WorkbenchPage() {
  const t = useT();
  const user = useSession((s) => s.user);
  const [refreshKey, setRefreshKey] = useState(0);
  useEffect(() => {
    if (!user) toSignIn(PAGES.workbench);
  }, [user]);
  if (!user) return null;
  return (
    <PageShell>
      <Text className='page__title'>{t('workbench.title')}</Text>
      <OfferList onAccepted={() => setRefreshKey((n) => n + 1)} />
      <TaskList refreshKey={refreshKey} onOpen={(r) => openCase(r.id)} />
    </PageShell>
  );
}
