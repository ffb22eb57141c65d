import { PageShell } from '../../components/PageShell';
import { Text } from '@tarojs/components';
import { CatalogueList } from '../../features/apply/CatalogueList';
import { useT } from '../../i18n';
import { PAGES, go } from '../../services/nav';

// The catalogue and its guides are public: anyone may read what an item needs before signing in.
export default function CataloguePage() {
  const t = useT();
  return (
    <PageShell>
      <Text className='page__title'>{t('catalogue.title')}</Text>
      <CatalogueList onOpen={(item) => go(`${PAGES.item}?id=${encodeURIComponent(item.id)}`)} />
    </PageShell>
  );
}
