import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ChoiceList } from '../../../components/ChoiceList';
import { SignedInPage } from '../../../components/SignedInPage';
import { loadStats } from '../../../features/console/api';
import { CaseTable } from '../../../features/console/CaseTable';
import { Charts } from '../../../features/console/Charts';
import { ExportLinks } from '../../../features/console/ExportLinks';
import { RatingsQueue } from '../../../features/console/RatingsQueue';
import { ComplaintList } from '../../../features/complaints/ComplaintList';
import { HelperAdmin } from '../../../features/console/HelperAdmin';
import { CatalogueAdmin } from '../../../features/console/CatalogueAdmin';
import { DeliveryFailures } from '../../../features/console/DeliveryFailures';
import { EnterpriseAdmin } from '../../../features/console/EnterpriseAdmin';
import { AgencyDays } from '../../../features/console/AgencyDays';
import { useT } from '../../../i18n';
import { PAGES, openCase } from '../../../services/nav';
import { useRemote } from '../../../services/use-remote';

const TABS = ['cases', 'ratings', 'complaints', 'stats', 'deliveries', 'helpers', 'agency', 'catalogue', 'enterprises'] as const;

function Stats() {
  const t = useT();
  const stats = useRemote(loadStats, []);
  return stats.data ? <Charts stats={stats.data} /> : <Text className='message'>{t('common.loading')}</Text>;
}

export default function ConsolePage() {
  const t = useT();
  const [tab, setTab] = useState<(typeof TABS)[number]>('cases');
  return (
    <SignedInPage title={t('console.title')} returnTo={PAGES.console}>
      {() => (
        <View className='console'>
          <ChoiceList label={t('console.title')} choices={TABS.map((id) => ({ id, label: t(`console.tab.${id}`) }))} selected={tab} onSelect={(id) => setTab(TABS.find((x) => x === id) ?? 'cases')} />
          <ExportLinks />
          {tab === 'cases' ? <CaseTable onOpen={(row) => openCase(row.id)} /> : null}
          {tab === 'ratings' ? <RatingsQueue /> : null}
          {tab === 'complaints' ? <ComplaintList refreshKey={0} asSupervisor /> : null}
          {tab === 'stats' ? <Stats /> : null}
          {tab === 'helpers' ? <HelperAdmin /> : null}
          {tab === 'catalogue' ? <CatalogueAdmin /> : null}
          {tab === 'deliveries' ? <DeliveryFailures /> : null}
          {tab === 'agency' ? <AgencyDays /> : null}
          {tab === 'enterprises' ? <EnterpriseAdmin /> : null}
        </View>
      )}
    </SignedInPage>
  );
}
