import { useRouter } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { PageShell } from '../../components/PageShell';
import { ItemGuide } from '../../features/apply/ItemGuide';
import { useT } from '../../i18n';
import { PAGES, go } from '../../services/nav';
import { useSession } from '../../stores/session';

export default function ItemPage() {
  const t = useT();
  const { params } = useRouter();
  const user = useSession((s) => s.user);
  const id = params.id ? decodeURIComponent(params.id) : '';
  const apply = `${PAGES.apply}?id=${encodeURIComponent(id)}`;
  return (
    <PageShell>
      <Text className='page__title'>{t('item.title')}</Text>
      <ItemGuide id={id} onApply={() => go(user ? apply : `${PAGES.login}?next=${encodeURIComponent(apply)}`)} />
    </PageShell>
  );
}
