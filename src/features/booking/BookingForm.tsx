// 精准上门: what (an item, or "not sure, talk to me"), where (village, landmark, the phone's location), when (a free
// slot of the helpers who serve the village, or the mobile agency point's day), and a voice note instead of typing.
import { useState } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import type { FamilyLinkView, GeoPoint, RequestDetail } from '../../../types';
import { BigButton } from '../../components/BigButton';
import { ChoiceList } from '../../components/ChoiceList';
import { ForWhom } from '../../components/ForWhom';
import { VillagePicker } from '../../components/VillagePicker';
import { VoiceRecorder } from '../../components/VoiceRecorder';
import { errorKey, useT } from '../../i18n';
import { ApiError } from '../../services/http';
import { newIdempotencyKey } from '../../services/idempotency-key';
import { usePlaces } from '../../services/places';
import { currentLocation } from '../../services/platform/location';
import { useRemote } from '../../services/use-remote';
import { book, loadAvailability, loadCatalogue, uploadVoice } from './api';
import { useSettings } from '../../stores/settings';
import { useLocalName } from '../../i18n/local-name';

const NOT_SURE = 'not-sure';

export interface BookingFormProps {
  defaultVillageId: string | null;
  family: readonly FamilyLinkView[];
  onBooked(request: RequestDetail): void;
}

export function BookingForm({ defaultVillageId, family, onBooked }: BookingFormProps) {
  const t = useT();
  const ln = useLocalName();
  const places = usePlaces();
  const catalogue = useRemote(loadCatalogue, []);
  const [forUserId, setForUserId] = useState<string | null>(null);
  const [need, setNeed] = useState<string>(NOT_SURE);
  const [villageId, setVillageId] = useState<string | null>(defaultVillageId);
  const availability = useRemote(() => (villageId ? loadAvailability(villageId) : Promise.resolve(null)), [villageId]);
  const [when, setWhen] = useState<string | null>(null);
  const [landmark, setLandmark] = useState('');
  const [location, setLocation] = useState<GeoPoint | null>(null);
  const [locating, setLocating] = useState<'idle' | 'failed'>('idle');
  const [voiceNoteId, setVoiceNoteId] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  // Someone using the app in Mongolian most likely wants a helper who speaks it; they can switch it off.
  const [mongolianHelper, setMongolianHelper] = useState(() => useSettings.getState().language === 'mn');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [key] = useState(newIdempotencyKey);
  const fail = (e: unknown) => setMessage(t(errorKey(e instanceof ApiError ? e.code : 'INTERNAL')));

  const slots = availability.data?.slots ?? [];
  const agency = availability.data?.agencyVisits ?? [];
  const whenChoices = [
    ...agency.map((a) => ({
      id: `agency:${a.id}`,
      label: a.kind === 'market' && a.start && a.end ? t('book.marketDay', { day: a.day, start: a.start, end: a.end, place: a.place }) : t('book.agencyDay', { day: a.day, place: a.place }),
    })),
    ...slots.map((s) => ({ id: `slot:${s.id}`, label: t('book.slot', { day: s.day, start: s.start, end: s.end, name: s.helperName }) })),
  ];

  const submit = async () => {
    if (!villageId) return setMessage(t('request.needVillage'));
    if (!when) return setMessage(t('book.needTime'));
    if (!voiceNoteId && !description.trim() && need === NOT_SURE) return setMessage(t('book.needWhat'));
    const item = catalogue.data?.find((i) => i.id === need);
    setBusy(true);
    setMessage(null);
    try {
      const [whenKind, whenId] = when.split(/:(.+)/);
      const created = await book(
        {
          kind: 'home_visit',
          villageId,
          description: description.trim() || item?.name || t('book.notSure'),
          ...(item ? { serviceItemId: item.id } : {}),
          ...(forUserId ? { forUserId } : {}),
          ...(whenKind === 'slot' && whenId ? { slotId: whenId } : {}),
          ...(whenKind === 'agency' && whenId ? { agencyVisitId: whenId } : {}),
          ...(landmark.trim() ? { landmark: landmark.trim() } : {}),
          ...(location ? { location } : {}),
          ...(voiceNoteId ? { voiceNoteId } : {}),
          ...(mongolianHelper ? { needsLanguage: 'mn' as const } : {}),
        },
        key,
      );
      onBooked(created);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'SLOT_TAKEN') {
        setWhen(null);
        availability.reload();
      }
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <ForWhom links={family} value={forUserId} onChange={setForUserId} />
      <View className='field'>
        <Text className='field__label'>{t('book.need')}</Text>
        <ChoiceList
          label={t('book.need')}
          choices={[{ id: NOT_SURE, label: t('book.notSure') }, ...(catalogue.data ?? []).map((i) => ({ id: i.id, label: ln(i.name, i.nameMn) }))]}
          selected={need}
          onSelect={setNeed}
        />
      </View>
      <View className='field'>
        <Text className='field__label'>{t('book.voice')}</Text>
        <VoiceRecorder onRecorded={(file, filename) => void uploadVoice(file, filename).then((v) => setVoiceNoteId(v.id), fail)} />
        <Textarea
          className='field__textarea'
          value={description}
          maxlength={2000}
          placeholder={t('book.whatPlaceholder')}
          aria-label={t('book.whatPlaceholder')}
          onInput={(e) => setDescription(e.detail.value)}
        />
      </View>
      <Text className='section-title'>{t('book.where')}</Text>
      <VillagePicker places={places} value={villageId} onChange={(id) => { setVillageId(id); setWhen(null); }} />
      <View className='field'>
        <Text className='field__label' id='landmark-label'>{t('book.landmark')}</Text>
        <Input className='field__input' value={landmark} placeholder={t('book.landmarkPlaceholder')} aria-labelledby='landmark-label' onInput={(e) => setLandmark(e.detail.value)} />
        <View className='row'>
          <View
            className='choice'
            role='button'
            tabIndex={0}
            onClick={() => void currentLocation().then((p) => (p ? setLocation(p) : setLocating('failed')))}
          >
            {t('book.useLocation')}
          </View>
          {location ? <Text className='message'>{t('book.located', { lat: location.lat.toFixed(4), lng: location.lng.toFixed(4) })}</Text> : null}
          {!location && locating === 'failed' ? <Text className='message' role='alert'>{t('book.locationFailed')}</Text> : null}
        </View>
      </View>
      {villageId ? (
        <View className='field'>
          <Text className='field__label'>{t('book.when')}</Text>
          {availability.data && whenChoices.length === 0 ? <Text className='message'>{t('book.noSlots')}</Text> : null}
          <ChoiceList label={t('book.when')} choices={whenChoices} selected={when} onSelect={setWhen} />
        </View>
      ) : null}
      <View
        className={`choice${mongolianHelper ? ' choice--selected' : ''}`}
        role='switch'
        aria-checked={mongolianHelper}
        tabIndex={0}
        onClick={() => setMongolianHelper(!mongolianHelper)}
      >
        {t('book.mongolianHelper')}
      </View>
      <BigButton label={t('book.submit')} onClick={() => void submit()} disabled={busy} loading={busy} />
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
