import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { SignedInPage } from '../../../components/SignedInPage';
import { CaseDetail } from '../../../features/track/CaseDetail';
import { OutboxList } from '../../../features/workbench/OutboxList';
import { TaskActions } from '../../../features/workbench/TaskActions';
import { useT } from '../../../i18n';
import { PAGES } from '../../../services/nav';
import { ComplaintForResident } from './ComplaintForResident';

// The helper's view of one case: the same record the resident sees, plus the next steps and what waits to be sent.
export default function TaskPage() {
  const t = useT();
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : '';
  return (
    <SignedInPage title={t('workbench.openTask')} returnTo={`${PAGES.task}?id=${encodeURIComponent(id)}`}>
      {() => (
        <View>
          <CaseDetail
            id={id}
            actions={(detail, reload) => (
              <View>
                <TaskActions detail={detail} onDone={reload} />
                <ComplaintForResident detail={detail} />
              </View>
            )}
          />
          <OutboxList />
        </View>
      )}
    </SignedInPage>
  );
}
