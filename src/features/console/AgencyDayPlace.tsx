// 换地点: the day's place cannot be used (repairs, the market moved). The day, its helper and its bookings stay; the
// residents booked on it and their helpers are told the new place at once.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { AgencyDayView } from '../../../types';
import { useT } from '../../i18n';
import { changeAgencyDayPlace } from './api';
import { SaveCancel, TextField } from './controls';
import { DayActionButton } from './DayActionButton';
import { useAction } from './use-action';

export function AgencyDayPlace({ day, onDone }: { day: AgencyDayView; onDone(message: string): void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [place, setPlace] = useState('');
  const [reason, setReason] = useState('');
  const { message, setMessage, busy, run } = useAction();
  if (!open) return <DayActionButton label={t('agency.changePlace')} day={day} onOpen={() => setOpen(true)} />;
  const save = () => {
    if (!place.trim()) return setMessage(t('agency.needNewPlace'));
    if (!reason.trim()) return setMessage(t('agency.needPlaceReason'));
    return run(
      () => changeAgencyDayPlace(day.id, { place: place.trim(), reason: reason.trim() }),
      (res) => {
        setOpen(false);
        onDone(res.told > 0 ? t('agency.placeChanged', { place: res.day.place, count: res.told }) : t('agency.placeChangedNone', { place: res.day.place }));
      },
    );
  };
  return (
    <View role='group' aria-label={t('agency.changePlace')}>
      <Text className='card__text'>{day.booked > 0 ? t('agency.placeBooked', { count: day.booked }) : t('agency.cancelNoneBooked')}</Text>
      <TextField label={t('agency.newPlace')} value={place} onChange={setPlace} />
      <TextField label={t('agency.placeReason')} value={reason} onChange={setReason} />
      <SaveCancel onSave={save} onCancel={() => setOpen(false)} busy={busy} saveLabel={t('agency.placeYes')} />
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
