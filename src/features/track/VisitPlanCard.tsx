// When the helper will come and why then (the dispatch engine's plan), and for staff the engine's reasoning.
import { Text, View } from '@tarojs/components';
import type { VisitPlanView } from '../../../types';
import { useT } from '../../i18n';
import { visitPlanSentence } from './visit-plan-text';

export function VisitPlanCard({ plan }: { plan: VisitPlanView }) {
  const t = useT();
  return (
    <View className='card' aria-label={t('plan.title')}>
      <Text className='card__title'>{t('plan.title')}</Text>
      <Text className='card__text'>{visitPlanSentence(t, plan)}</Text>
      {plan.supervisorNote ? <Text className='card__text'>{t('plan.staffNote', { note: plan.supervisorNote })}</Text> : null}
    </View>
  );
}
