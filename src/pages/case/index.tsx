import { useEffect } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { PageShell } from '../../components/PageShell';
import { CaseDetail } from '../../features/track/CaseDetail';
import { useT } from '../../i18n';
import { PAGES, toSignIn } from '../../services/nav';
import { useSession } from '../../stores/session';

export default function CasePage() {
  const t = useT();
  const { params } = useRouter();
  const user = useSession((s) => s.user);
  const id = params.id ? decodeURIComponent(params.id) : '';
  useEffect(() => {
    if (!user) toSignIn(`${PAGES.case}?id=${encodeURIComponent(id)}`);
  }, [user, id]);
  if (!user) return null;
  return (
    <PageShell>
      <Text className='page__title'>{t('case.title')}</Text>
      <CaseDetail id={id} />
    </PageShell>
  );
}
