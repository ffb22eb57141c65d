import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
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
    <View className='page'>
      <Text className='page__title'>{t('request.title')}</Text>
      <NewRequestForm
        defaultVillageId={user.villageId}
        onCreated={(request) => replaceWith(`${PAGES.case}?id=${encodeURIComponent(request.id)}`)}
      />
    </View>
  );
}
