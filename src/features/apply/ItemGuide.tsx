// An item's 办事指南, everything up front: materials, time limit, fee, department, 告知承诺 / 容缺 / online.
import { Text, View } from '@tarojs/components';
import type { ServiceItemView } from '../../../types';
import { BigButton } from '../../components/BigButton';
import { errorKey, useT } from '../../i18n';
import { useRemote } from '../../services/use-remote';
import { loadItem } from './api';
import { MaterialsList } from './MaterialsList';
import { useLocalName } from '../../i18n/local-name';

export function ItemGuide({ id, onApply }: { id: string; onApply(item: ServiceItemView): void }) {
  const t = useT();
  const ln = useLocalName();
  const item = useRemote(() => loadItem(id), [id]);
  if (item.error) return <Text className='message' role='alert'>{t(errorKey(item.error))}</Text>;
  const i = item.data;
  if (!i) return <Text className='message'>{t('common.loading')}</Text>;
  const flags = [i.promiseAllowed ? t('item.promise') : null, i.deferralAllowed ? t('item.deferral') : null, i.online ? t('item.online') : null].filter(Boolean);
  return (
    <View>
      <Text className='section-title' lang={i.nameMn ? undefined : 'zh-CN'}>{ln(i.name, i.nameMn)}</Text>
      <View className='card'>
        <Text className='card__text'>{ln(i.guide, i.guideMn)}</Text>
        <Text className='card__text'>{t('item.timeLimit', { days: i.timeLimitDays })}</Text>
        <Text className='card__text'>{t('item.fee', { fee: ln(i.fee, i.feeMn) })}</Text>
        <Text className='card__text'>{t('item.department', { department: ln(i.department, i.departmentMn) })}</Text>
        {flags.length ? <Text className='card__text badge'>{flags.join(' · ')}</Text> : null}
      </View>
      <Text className='section-title'>{t('item.materials')}</Text>
      <MaterialsList materials={i.materials} deferralAllowed={i.deferralAllowed} />
      <BigButton label={t('item.apply')} onClick={() => onApply(i)} />
    </View>
  );
}
