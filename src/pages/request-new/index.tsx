import { useEffect } from 'react';
import { Text } from '@tarojs/components';
import { PageShell } from '../../components/PageShell';
import { NewRequestForm } from '../../features/request/NewRequestForm';
import { useT } from '../../i18n';
import { PAGES, replaceWith, toSignIn } from '../../services/nav';
import { useSession } from '../../stores/session';

export default function NewRequestPage() {
  const t = useT();
  const user = useSession((s) => s.user);
  useEffect(() => {
    if (!user) toSignIn(PAGES.newRequest);
  }, [user]);
  if (!user) return null;
  return (
    <PageShell>
      <Text className='page__title'>{t('request.title')}</Text>
      <NewRequestForm
        defaultVillageId={user.villageId}
        onCreated={(request) => replaceWith(`${PAGES.case}?id=${encodeURIComponent(request.id)}`)}
      />
    </PageShell>
  );
}
