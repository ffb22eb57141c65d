import { useState } from 'react';
import { View } from '@tarojs/components';
import { SignedInPage } from '../../../components/SignedInPage';
import { DutySwitch } from '../../../features/workbench/DutySwitch';
import { MyMilestones } from '../../../features/workbench/MyMilestones';
import { OfferList } from '../../../features/workbench/OfferList';
import { OutboxList } from '../../../features/workbench/OutboxList';
import { TaskList } from '../../../features/workbench/TaskList';
import { useT } from '../../../i18n';
import { PAGES, go } from '../../../services/nav';
import { BigButton } from '../../../components/BigButton';
import { hasRole } from '../../../stores/session';

export default function WorkbenchPage() {
  const t = useT();
  const [refreshKey, setRefreshKey] = useState(0);
  const refresh = () => setRefreshKey((n) => n + 1);
  return (
    <SignedInPage title={t('workbench.title')} returnTo={PAGES.workbench}>
      {(user) => (
        <View>
          <DutySwitch />
          {hasRole(user, 'grid_worker') ? <BigButton label={t('fileFor.title')} variant='secondary' onClick={() => go(PAGES.fileFor)} /> : null}
          <OutboxList onSent={refresh} />
          <OfferList onAccepted={refresh} />
          <TaskList refreshKey={refreshKey} onOpen={(task) => go(`${PAGES.task}?id=${encodeURIComponent(task.request.id)}`)} />
          <MyMilestones />
        </View>
      )}
    </SignedInPage>
  );
}
