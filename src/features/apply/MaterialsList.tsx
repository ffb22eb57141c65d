// 一次告知: the complete materials list, each original or copy and how many, and whether it may follow later (容缺).
import { Text, View } from '@tarojs/components';
import type { MaterialView } from '../../../types';
import { useT } from '../../i18n';
import { useLocalName } from '../../i18n/local-name';

export function MaterialsList({ materials, deferralAllowed }: { materials: readonly MaterialView[]; deferralAllowed: boolean }) {
  const t = useT();
  const ln = useLocalName();
  return (
    <View role='list'>
      {materials.map((m) => (
        <View key={m.name} className='material' role='listitem'>
          <Text className='card__title'>{ln(m.name, m.nameMn)}</Text>
          <Text className='card__text'>
            {`${t(`item.form.${m.form}`)} · ${t('item.count', { count: m.count })}${deferralAllowed && m.deferrable ? ` · ${t('item.deferrable')}` : ''}`}
          </Text>
          {m.note ? <Text className='card__text'>{ln(m.note, m.noteMn)}</Text> : null}
        </View>
      ))}
    </View>
  );
}
