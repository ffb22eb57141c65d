import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { SignedInPage } from '../../components/SignedInPage';
import { ComplaintForm } from '../../features/complaints/ComplaintForm';
import { ComplaintList } from '../../features/complaints/ComplaintList';
import { useT } from '../../i18n';
import { PAGES } from '../../services/nav';

export default function ComplaintPage() {
  const t = useT();
  const { params } = useRouter();
  const requestId = params.requestId ? decodeURIComponent(params.requestId) : null;
  const [refreshKey, setRefreshKey] = useState(0);
  return (
    <SignedInPage title={t('complaint.title')} returnTo={PAGES.complaint}>
      {() => (
        <View>
          <ComplaintForm requestId={requestId} onFiled={() => setRefreshKey((n) => n + 1)} />
          <ComplaintList refreshKey={refreshKey} asSupervisor={false} />
        </View>
      )}
    </SignedInPage>
  );
}
