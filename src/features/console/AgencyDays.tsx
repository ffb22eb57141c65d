// 流动代办点 and 民生集市 days for the service centre: every coming day by date (a township at a time, or all), where,
// who runs it and how many are booked; a day is cancelled with a reason residents are told (its booked cases go back
// to dispatch), handed to another helper (AgencyDayHelper) or moved to another place (AgencyDayPlace), and a market day is added for the villages whose residents go to that market (MarketDayCreate).
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { AgencyDayView, HelperAdminView, TownshipView } from '../../../types';
import { ChoiceList } from '../../components/ChoiceList';
import { errorKey, useT } from '../../i18n';
import { usePlaces } from '../../services/places';
import { useRemote } from '../../services/use-remote';
import { cancelAgencyDay, loadAgencyDays, loadHelpers } from './api';
import { SaveCancel, TextField } from './controls';
import { AgencyDayHelper } from './AgencyDayHelper';
import { AgencyDayPlace } from './AgencyDayPlace';
import { MarketDayCreate } from './MarketDayCreate';
import { DayActionButton } from './DayActionButton';
import { useAction } from './use-action';

const ALL = 'all';

function CancelDay({ day, onDone }: { day: AgencyDayView; onDone(message: string): void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { message, setMessage, busy, run } = useAction();
  if (!open) return <DayActionButton label={t('agency.cancel')} day={day} onOpen={() => setOpen(true)} />;
  const save = () => {
    if (!reason.trim()) return setMessage(t('agency.needReason'));
    return run(
      () => cancelAgencyDay(day.id, reason.trim()),
      (res) => onDone([t('agency.cancelled', { count: res.redispatched }), res.underWay > 0 ? t('agency.underWay', { count: res.underWay }) : null].filter(Boolean).join(' ')),
    );
  };
  return (
    <View>
      <Text className='card__text'>{day.booked > 0 ? t('agency.cancelBooked', { count: day.booked }) : t('agency.cancelNoneBooked')}</Text>
      <TextField label={t('agency.reason')} value={reason} onChange={setReason} />
      <SaveCancel onSave={save} onCancel={() => setOpen(false)} busy={busy} saveLabel={t('agency.cancelYes')} />
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}

interface DayCardProps {
  day: AgencyDayView;
  helpers: readonly HelperAdminView[];
  places: readonly TownshipView[];
  onChanged(message: string): void;
}

function DayCard({ day, helpers, places, onChanged }: DayCardProps) {
  const t = useT();
  const kind = day.kind === 'market' ? t('agency.market') : t('agency.round');
  const when = day.start && day.end ? `${day.day} ${day.start}–${day.end}` : day.day;
  return (
    <View className={`card${day.cancelled ? ' agency-day--cancelled' : ''}`} role='listitem'>
      <Text className='card__title'>{`${when} · ${kind} · ${day.townshipName}`}</Text>
      <Text className='card__text'>{t('agency.place', { place: day.place, names: day.villages.map((v) => v.name).join('、') })}</Text>
      <Text className='card__text'>{t('agency.runBy', { name: day.helper.name, count: day.booked })}</Text>
      {day.cancelled ? (
        <Text className='card__text badge'>{t('agency.cancelledBecause', { reason: day.cancelled.reason })}</Text>
      ) : (
        <>
          <AgencyDayHelper day={day} helpers={helpers} places={places} onDone={onChanged} />
          <AgencyDayPlace day={day} onDone={onChanged} />
          <CancelDay day={day} onDone={onChanged} />
        </>
      )}
    </View>
  );
}

export function AgencyDays() {
  const t = useT();
  const days = useRemote(loadAgencyDays, []);
  const helpers = useRemote(loadHelpers, []);
  const places = usePlaces();
  const [township, setTownship] = useState<string>(ALL);
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (days.error) return <Text className='message' role='alert'>{t(errorKey(days.error))}</Text>;
  const changed = (text: string) => {
    setMessage(text);
    days.reload();
  };
  const townshipName = places.find((p) => p.id === township)?.name;
  const shown = (days.data?.items ?? []).filter((d) => township === ALL || d.townshipName === townshipName);
  return (
    <View>
      {adding ? (
        <MarketDayCreate
          places={places}
          helpers={helpers.data?.items ?? []}
          onCancel={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            changed(t('agency.marketAdded'));
          }}
        />
      ) : (
        <View className='choice' role='button' tabIndex={0} onClick={() => setAdding(true)}>
          {t('agency.addMarket')}
        </View>
      )}
      {message ? <Text className='message' role='status'>{message}</Text> : null}
      <View className='field'>
        <Text className='field__label'>{t('agency.township')}</Text>
        <ChoiceList label={t('agency.township')} choices={[{ id: ALL, label: t('agency.allTownships') }, ...places.map((p) => ({ id: p.id, label: p.name }))]} selected={township} onSelect={setTownship} />
      </View>
      {days.data && shown.length === 0 ? <Text className='message'>{t('agency.none')}</Text> : null}
      {!days.data ? <Text className='message'>{t('common.loading')}</Text> : null}
      <View role='list' aria-label={t('console.tab.agency')}>
        {shown.map((d) => (
          <DayCard key={d.id} day={d} helpers={helpers.data?.items ?? []} places={places} onChanged={changed} />
        ))}
      </View>
    </View>
  );
}
