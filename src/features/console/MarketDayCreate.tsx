// Adding a 民生集市 market day: the township, the villages whose residents go to that market, the date and hours, the
// place, and who runs it (a blue vest of the township, or a grid worker of every chosen village).
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { AgencyDayView, HelperAdminView, TownshipView } from '../../../types';
import { ChoiceList } from '../../components/ChoiceList';
import { DatePicker } from '../../components/DatePicker';
import { useT } from '../../i18n';
import { addDays, today } from '../../services/time';
import { runnersFor } from './agency-runners';
import { addMarketDay } from './api';
import { CheckList, SaveCancel, TextField } from './controls';
import { useAction } from './use-action';

const hours = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${String(from + i).padStart(2, '0')}:00`);
const STARTS = hours(8, 14);
const ENDS = hours(11, 18);

export interface MarketDayCreateProps {
  places: readonly TownshipView[];
  helpers: readonly HelperAdminView[];
  onSaved(day: AgencyDayView): void;
  onCancel(): void;
}

export function MarketDayCreate({ places, helpers, onSaved, onCancel }: MarketDayCreateProps) {
  const t = useT();
  const [townshipId, setTownshipId] = useState('');
  const [villageIds, setVillageIds] = useState<string[]>([]);
  const [day, setDay] = useState('');
  const [start, setStart] = useState('10:00');
  const [end, setEnd] = useState('15:00');
  const [place, setPlace] = useState('');
  const [helperId, setHelperId] = useState('');
  const { message, setMessage, busy, run } = useAction();
  const township = places.find((p) => p.id === townshipId);
  const runners = runnersFor(helpers, townshipId, villageIds);
  const save = () => {
    if (!township || villageIds.length === 0) return setMessage(t('agency.needVillages'));
    if (!day) return setMessage(t('agency.needDay'));
    if (start >= end) return setMessage(t('agency.badHours'));
    if (!place.trim()) return setMessage(t('agency.needPlace'));
    if (!runners.some((h) => h.id === helperId)) return setMessage(t('agency.needHelper'));
    return run(() => addMarketDay({ day, start, end, place: place.trim(), villageIds, helperId }), onSaved);
  };
  return (
    <View className='card' role='group' aria-label={t('agency.addMarket')}>
      <Text className='card__title'>{t('agency.addMarket')}</Text>
      <View className='field'>
        <Text className='field__label'>{t('agency.township')}</Text>
        <ChoiceList
          label={t('agency.township')}
          choices={places.filter((p) => p.villages.length > 0).map((p) => ({ id: p.id, label: p.name }))}
          selected={townshipId || null}
          onSelect={(id) => {
            setTownshipId(id);
            setVillageIds([]);
            setHelperId('');
          }}
        />
      </View>
      {township ? <CheckList label={t('agency.villages')} choices={township.villages.map((v) => ({ id: v.id, label: v.name }))} selected={villageIds} onChange={setVillageIds} /> : null}
      <View className='field'>
        <Text className='field__label'>{t('agency.day')}</Text>
        <DatePicker label={t('agency.day')} value={day} min={addDays(today(), 1)} max={addDays(today(), 60)} onChange={setDay} />
      </View>
      <View className='field'>
        <Text className='field__label'>{t('agency.start')}</Text>
        <ChoiceList label={t('agency.start')} choices={STARTS.map((h) => ({ id: h, label: h }))} selected={start} onSelect={setStart} />
      </View>
      <View className='field'>
        <Text className='field__label'>{t('agency.end')}</Text>
        <ChoiceList label={t('agency.end')} choices={ENDS.map((h) => ({ id: h, label: h }))} selected={end} onSelect={setEnd} />
      </View>
      <TextField label={t('agency.marketPlace')} value={place} onChange={setPlace} />
      {township ? (
        <View className='field'>
          <Text className='field__label'>{t('agency.helper')}</Text>
          {runners.length === 0 ? <Text className='card__text'>{t('agency.noRunner')}</Text> : null}
          <ChoiceList label={t('agency.helper')} choices={runners.map((h) => ({ id: h.id, label: h.name }))} selected={helperId || null} onSelect={setHelperId} />
        </View>
      ) : null}
      <SaveCancel onSave={save} onCancel={onCancel} busy={busy} saveLabel={t('agency.addMarketYes')} />
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
