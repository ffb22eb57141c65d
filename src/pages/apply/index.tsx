import { useRouter } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import type { UserView } from '../../../types';
import { SignedInPage } from '../../components/SignedInPage';
import { ApplicationForm } from '../../features/apply/ApplicationForm';
import { loadItem } from '../../features/apply/api';
import { useFamilyLinks } from '../../features/family/use-family';
import { errorKey, useT } from '../../i18n';
import { useLocalName } from '../../i18n/local-name';
import { PAGES, openCase } from '../../services/nav';
import { useRemote } from '../../services/use-remote';

function Application({ id, user }: { id: string; user: UserView }) {
  const t = useT();
  const ln = useLocalName();
  const item = useRemote(() => loadItem(id), [id]);
  const family = useFamilyLinks();
  if (item.error) return <Text className='message' role='alert'>{t(errorKey(item.error))}</Text>;
  if (!item.data) return <Text className='message'>{t('common.loading')}</Text>;
  return (
    <>
      <Text className='section-title'>{t('apply.title', { name: ln(item.data.name, item.data.nameMn) })}</Text>
      <ApplicationForm item={item.data} defaultVillageId={user.villageId} family={family} onSubmitted={(r) => openCase(r.id, true)} />
    </>
  );
}

export default function ApplyPage() {
  const t = useT();
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : '';
  return (
    <SignedInPage title={t('catalogue.title')} returnTo={`${PAGES.apply}?id=${encodeURIComponent(id)}`}>
      {(user) => <Application id={id} user={user} />}
    </SignedInPage>
  );
}
