// One case as the resident sees it: where it stands, what happens next, who is helping (tap to call), and the record.
import { Suspense, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { RequestDetail } from '../../../types';
import { ReadAloud } from '../../components/ReadAloud';
import { StatusTimeline } from '../../components/StatusTimeline';
import { errorKey, useT } from '../../i18n';
import { PhoneLink } from '../../components/PhoneLink';
import { useRemote } from '../../services/use-remote';
import { getRequest } from './api';
import { AskUrgency, mayAskUrgency } from './AskUrgency';
import { CaseFacts } from './CaseFacts';
import { RatingPanelEntry } from './rating-panel-entry';
import { CallOutcomes } from './CallOutcomes';
import { VisitPlanCard } from './VisitPlanCard';
import { visitPlanSentence } from './visit-plan-text';
import { useSession } from '../../stores/session';

const REFRESH_MS = 10_000;

export interface CaseDetailProps {
  id: string;
  /** the helper's task page adds its next-step actions here */
  actions?: (detail: RequestDetail, reload: () => void) => ReactNode;
}

export function CaseDetail({ id, actions }: CaseDetailProps) {
  const t = useT();
  const { data, error, loading, reload } = useRemote(() => getRequest(id), [id], REFRESH_MS);
  const me = useSession((s) => s.user);
  if (loading && !data) return <Text className='message'>{t('common.loading')}</Text>;
  if (error && !data) return <Text className='message' role='alert'>{t(errorKey(error))}</Text>;
  if (!data) return null;
  const helper = data.helper;
  /** the resident, or whoever filed for them: who rates the case and may ask for 加急 */
  const forMe = me !== null && (data.resident.id === me.id || data.filedBy.id === me.id);
  /**
   * The helper on the case reads the same record, but not the sentences written to the resident ("the helper will
   * call you", "your helper: call yourself"): the task's own next steps come with the actions, and the person to
   * call is the resident.
   */
  const iAmHelper = helper !== null && helper.id === me?.id;
  const nextLine = iAmHelper ? '' : `${t('case.nextStep')}：${t(`next.${data.status}`)}`;
  return (
    <View>
      <View className='card' role='status' aria-live='polite'>
        <Text className='card__title'>{t(`status.${data.status}`)}</Text>
        {nextLine ? <Text className='card__text'>{nextLine}</Text> : null}
        <Text className='card__text'>{data.description}</Text>
        <ReadAloud text={`${t(`status.${data.status}`)}。${nextLine}${data.visitPlan && !iAmHelper ? ` ${visitPlanSentence(t, data.visitPlan)}` : ''}`} />
        {data.filedBy.id !== data.resident.id ? (
          <Text className='card__text'>{t('case.filedFor', { filer: data.filedBy.name, resident: data.resident.name })}</Text>
        ) : null}
      </View>
      {data.visitPlan && !iAmHelper ? <VisitPlanCard plan={data.visitPlan} /> : null}
      {actions ? actions(data, reload) : null}
      {forMe && (data.status === 'result_delivered' || data.status === 'rated') ? (
        <Suspense fallback={null}>
          <RatingPanelEntry detail={data} onRated={reload} />
        </Suspense>
      ) : null}
      <CaseFacts detail={data} />
      {forMe && helper?.id !== me?.id && mayAskUrgency(data) ? <AskUrgency requestId={data.id} onAsked={reload} /> : null}
      {data.kind === 'callback' && data.helper?.id === me?.id && data.status === 'assigned' ? (
        <CallOutcomes requestId={data.id} onRecorded={reload} />
      ) : null}
      {/* "为您服务的帮办员" is the resident's (and her family's) view; staff read who is on the case */}
      <Text className='section-title'>{iAmHelper ? t('case.residentTitle') : forMe ? t('case.helper') : t('case.helperOnCase')}</Text>
      {iAmHelper ? (
        <View className='card'>
          <Text className='card__title'>{data.resident.name}</Text>
          {data.residentPhone ? <PhoneLink phone={data.residentPhone} label={t('case.callHelper', { name: data.resident.name })} /> : null}
        </View>
      ) : helper ? (
        <View className='card'>
          <Text className='card__title'>{helper.name}</Text>
          <PhoneLink phone={helper.phone} label={t('case.callHelper', { name: helper.name })} />
        </View>
      ) : (
        <Text className='message'>{forMe ? t('case.noHelperYet') : t('case.noHelperOnCase')}</Text>
      )}
      <Text className='section-title'>{t('case.timeline')}</Text>
      <StatusTimeline entries={data.timeline} t={t} />
    </View>
  );
}
