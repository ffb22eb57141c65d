// Township (镇/苏木), then 嘎查/村/社区: two short lists of large choices.
import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { TownshipView } from '../../types';
import { useT } from '../i18n';
import { ChoiceList } from './ChoiceList';
import { useLocalName } from '../i18n/local-name';

export function VillagePicker({ places, value, onChange }: { places: readonly TownshipView[]; value: string | null; onChange(villageId: string | null): void }) {
  const t = useT();
  const ln = useLocalName();
  const [townshipId, setTownshipId] = useState<string | null>(null);
  useEffect(() => {
    const home = places.find((tw) => tw.villages.some((v) => v.id === value));
    if (home) setTownshipId(home.id);
  }, [places, value]);
  const township = places.find((tw) => tw.id === townshipId) ?? null;
  return (
    <View>
      <View className='field'>
        <Text className='field__label'>{t('request.township')}</Text>
        <ChoiceList
          label={t('request.township')}
          choices={places.map((tw) => ({ id: tw.id, label: ln(tw.name, tw.nameMn) }))}
          selected={townshipId}
          onSelect={(id) => {
            setTownshipId(id);
            onChange(null);
          }}
        />
      </View>
      {township ? (
        <View className='field'>
          <Text className='field__label'>{t('request.village')}</Text>
          <ChoiceList label={t('request.village')} choices={township.villages.map((v) => ({ id: v.id, label: ln(v.name, v.nameMn) }))} selected={value} onSelect={onChange} />
        </View>
      ) : null}
    </View>
  );
}
