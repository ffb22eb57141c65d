// Filing a home-visit request: one sentence of need and where the resident lives, then one big button.
import { useEffect, useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import type { RequestDetail, TownshipView } from '../../../types';
import { BigButton } from '../../components/BigButton';
import { ChoiceList } from '../../components/ChoiceList';
import { errorKey, useT } from '../../i18n';
import { ApiError } from '../../services/http';
import { newIdempotencyKey } from '../../services/idempotency-key';
import { createRequest, loadPlaces } from './api';

export function NewRequestForm({ defaultVillageId, onCreated }: { defaultVillageId: string | null; onCreated(request: RequestDetail): void }) {
  const t = useT();
  const [places, setPlaces] = useState<TownshipView[]>([]);
  const [townshipId, setTownshipId] = useState<string | null>(null);
  const [villageId, setVillageId] = useState<string | null>(defaultVillageId);
  const [description, setDescription] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One key for this form: a double tap or a retry after a timeout files the request once.
  const [idempotencyKey] = useState(newIdempotencyKey);

  useEffect(() => {
    loadPlaces()
      .then((list) => {
        setPlaces(list);
        const home = list.find((tw) => tw.villages.some((v) => v.id === defaultVillageId));
        if (home) setTownshipId(home.id);
      })
      .catch((error: unknown) => setMessage(t(errorKey(error instanceof ApiError ? error.code : 'INTERNAL'))));
  }, [defaultVillageId]);

  const township = places.find((tw) => tw.id === townshipId) ?? null;

  const submit = async () => {
    if (!description.trim()) return setMessage(t('request.needWhat'));
    if (!villageId) return setMessage(t('request.needVillage'));
    setBusy(true);
    setMessage(null);
    try {
      onCreated(await createRequest({ kind: 'home_visit', villageId, description: description.trim() }, idempotencyKey));
    } catch (error) {
      setMessage(t(errorKey(error instanceof ApiError ? error.code : 'INTERNAL')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <View className='field'>
        <Text className='field__label' id='what-label'>{t('request.what')}</Text>
        <Textarea
          className='field__textarea'
          value={description}
          maxlength={2000}
          placeholder={t('request.whatPlaceholder')}
          aria-labelledby='what-label'
          onInput={(e) => setDescription(e.detail.value)}
        />
      </View>
      <View className='field'>
        <Text className='field__label'>{t('request.township')}</Text>
        <ChoiceList
          label={t('request.township')}
          choices={places.map((tw) => ({ id: tw.id, label: tw.name }))}
          selected={townshipId}
          onSelect={(id) => {
            setTownshipId(id);
            setVillageId(null);
          }}
        />
      </View>
      {township ? (
        <View className='field'>
          <Text className='field__label'>{t('request.village')}</Text>
          <ChoiceList
            label={t('request.village')}
            choices={township.villages.map((v) => ({ id: v.id, label: v.name }))}
            selected={villageId}
            onSelect={setVillageId}
          />
        </View>
      ) : null}
      <BigButton label={busy ? t('request.submitting') : t('request.submit')} onClick={submit} disabled={busy} />
      {message ? (
        <Text className='message' role='alert'>
          {message}
        </Text>
      ) : null}
    </View>
  );
}
