// 换人负责: a day's helper is ill or called away. The day, its place and its bookings stay; the cases booked on it go
// to the new helper (each timeline says why), except one whose helper is already on the way.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { AgencyDayView, HelperAdminView, TownshipView } from '../../../types';
import { ChoiceList } from '../../components/ChoiceList';
import { useT } from '../../i18n';
import { runnersFor } from './agency-runners';
import { changeAgencyDayHelper } from './api';
import { SaveCancel, TextField } from './controls';
import { DayActionButton } from './DayActionButton';
import { useAction } from './use-action';

export interface AgencyDayHelperProps {
  day: AgencyDayView;
  helpers: readonly HelperAdminView[];
  places: readonly TownshipView[];
  onDone(message: string): void;
}

export function AgencyDayHelper({ day, helpers, places, onDone }: AgencyDayHelperProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [helperId, setHelperId] = useState('');
  const [reason, setReason] = useState('');
  const { message, setMessage, busy, run } = useAction();
  if (!open) return <DayActionButton label={t('agency.changeHelper')} day={day} onOpen={() => setOpen(true)} />;
  const villageIds = day.villages.map((v) => v.id);
  const township = places.find((p) => p.villages.some((v) => v.id === villageIds[0]));
  const runners = runnersFor(helpers, township?.id ?? '', villageIds).filter((h) => h.id !== day.helper.id);
  const save = () => {
    if (!runners.some((h) => h.id === helperId)) return setMessage(t('agency.needHelper'));
    if (!reason.trim()) return setMessage(t('agency.needChangeReason'));
    return run(
      () => changeAgencyDayHelper(day.id, { helperId, reason: reason.trim() }),
      (res) => {
        setOpen(false);
        const changed = res.handedOver > 0 ? t('agency.helperChanged', { name: res.day.helper.name, count: res.handedOver }) : t('agency.helperChangedNone', { name: res.day.helper.name });
        onDone([changed, res.underWay > 0 ? t('agency.stillUnderWay', { count: res.underWay }) : null].filter(Boolean).join(' '));
      },
    );
  };
  return (
    <View role='group' aria-label={t('agency.changeHelper')}>
      <Text className='card__text'>{day.booked > 0 ? t('agency.changeBooked', { count: day.booked }) : t('agency.cancelNoneBooked')}</Text>
      <View className='field'>
        <Text className='field__label'>{t('agency.newHelper')}</Text>
        {runners.length === 0 ? <Text className='card__text'>{t('agency.noRunner')}</Text> : null}
        <ChoiceList label={t('agency.newHelper')} choices={runners.map((h) => ({ id: h.id, label: h.name }))} selected={helperId || null} onSelect={setHelperId} />
      </View>
      <TextField label={t('agency.changeReason')} value={reason} onChange={setReason} />
      <SaveCancel onSave={save} onCancel={() => setOpen(false)} busy={busy} saveLabel={t('agency.changeYes')} />
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
