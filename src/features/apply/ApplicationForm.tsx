// 掌上申请: 帮办 or 代办; every material marked "I have it" (with photos) or "later" (容缺, with a date); the 告知承诺
// signed on screen where it applies. One idempotency key per form: a double tap or a retry files it once.
import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import type { FamilyLinkView, MaterialSubmission, RequestDetail, ServiceItemView } from '../../../types';
import { BigButton } from '../../components/BigButton';
import { ChoiceList } from '../../components/ChoiceList';
import { DatePicker } from '../../components/DatePicker';
import { ForWhom } from '../../components/ForWhom';
import { PhotoPicker } from '../../components/PhotoPicker';
import { SignaturePad } from '../../components/SignaturePad';
import { VillagePicker } from '../../components/VillagePicker';
import { errorKey, useT } from '../../i18n';
import { ApiError } from '../../services/http';
import { newIdempotencyKey } from '../../services/idempotency-key';
import { usePlaces } from '../../services/places';
import { addDays, today } from '../../services/time';
import { submitApplication, uploadPhoto, uploadSignature } from './api';
import { useLocalName } from '../../i18n/local-name';

interface MaterialState {
  status: 'provided' | 'deferred' | null;
  supplyBy: string;
  uploadIds: string[];
}

export interface ApplicationFormProps {
  item: ServiceItemView;
  defaultVillageId: string | null;
  family: readonly FamilyLinkView[];
  onSubmitted(request: RequestDetail): void;
}

export function ApplicationForm({ item, defaultVillageId, family, onSubmitted }: ApplicationFormProps) {
  const t = useT();
  const ln = useLocalName();
  const places = usePlaces();
  const [mode, setMode] = useState<'assist' | 'delegate'>('delegate');
  const [forUserId, setForUserId] = useState<string | null>(null);
  const [villageId, setVillageId] = useState<string | null>(defaultVillageId);
  const [materials, setMaterials] = useState<Record<string, MaterialState>>(() =>
    Object.fromEntries(item.materials.map((m) => [m.name, { status: null, supplyBy: '', uploadIds: [] }])),
  );
  const [uploading, setUploading] = useState<string | null>(null);
  const [promise, setPromise] = useState(false);
  const [signatureId, setSignatureId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [key] = useState(newIdempotencyKey);
  const fail = (e: unknown) => setMessage(t(errorKey(e instanceof ApiError ? e.code : 'INTERNAL')));
  const patch = (name: string, change: Partial<MaterialState>) =>
    setMaterials((all) => ({ ...all, [name]: { ...(all[name] ?? { status: null, supplyBy: '', uploadIds: [] }), ...change } }));

  const addUpload = (name: string, uploadId: string) =>
    setMaterials((all) => {
      const current = all[name] ?? { status: 'provided', supplyBy: '', uploadIds: [] };
      return { ...all, [name]: { ...current, uploadIds: [...current.uploadIds, uploadId] } };
    });

  const submit = async () => {
    if (!villageId) return setMessage(t('request.needVillage'));
    const list: MaterialSubmission[] = [];
    for (const m of item.materials) {
      const s = materials[m.name];
      if (!s?.status) return setMessage(t('apply.needAll'));
      if (s.status === 'deferred' && !s.supplyBy) return setMessage(t('apply.needDate'));
      list.push({ name: m.name, status: s.status, ...(s.status === 'deferred' ? { supplyBy: s.supplyBy } : {}), ...(s.uploadIds.length ? { uploadIds: s.uploadIds } : {}) });
    }
    if (promise && !signatureId) return setMessage(t('apply.needSignature'));
    setBusy(true);
    setMessage(null);
    try {
      onSubmitted(
        await submitApplication(
          {
            kind: mode,
            villageId,
            serviceItemId: item.id,
            description: note.trim() || item.name,
            materials: list,
            ...(forUserId ? { forUserId } : {}),
            ...(promise && signatureId ? { commitmentSignatureId: signatureId } : {}),
          },
          key,
        ),
      );
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const minDate = addDays(today(), 1);
  const maxDate = addDays(today(), 60);
  return (
    <View>
      <ForWhom links={family} value={forUserId} onChange={setForUserId} />
      <View className='field'>
        <Text className='field__label'>{t('apply.mode')}</Text>
        <ChoiceList
          label={t('apply.mode')}
          choices={[
            { id: 'delegate', label: t('apply.delegate') },
            { id: 'assist', label: t('apply.assist') },
          ]}
          selected={mode}
          onSelect={(id) => setMode(id === 'assist' ? 'assist' : 'delegate')}
        />
      </View>
      <Text className='section-title'>{t('apply.materials')}</Text>
      {item.materials.map((m) => {
        const s = materials[m.name];
        const canDefer = item.deferralAllowed && m.deferrable;
        return (
          <View key={m.name} className='material'>
            <Text className='card__title'>{`${ln(m.name, m.nameMn)}（${t(`item.form.${m.form}`)} · ${t('item.count', { count: m.count })}）`}</Text>
            <ChoiceList
              label={ln(m.name, m.nameMn)}
              choices={[{ id: 'provided', label: t('apply.provided') }, ...(canDefer ? [{ id: 'deferred', label: t('apply.defer') }] : [])]}
              selected={s?.status ?? null}
              onSelect={(id) => patch(m.name, { status: id === 'deferred' ? 'deferred' : 'provided' })}
            />
            {s?.status === 'provided' ? (
              <View className='row'>
                <PhotoPicker
                  label={`${t('apply.photo')}：${ln(m.name, m.nameMn)}`}
                  onPicked={(file, filename) => {
                    setUploading(m.name);
                    void uploadPhoto(file, filename)
                      .then((u) => addUpload(m.name, u.id), fail)
                      .finally(() => setUploading(null));
                  }}
                />
                {uploading === m.name ? <Text className='message'>{t('apply.uploading')}</Text> : null}
                {s.uploadIds.length ? <Text className='message' role='status'>{t('apply.photoCount', { count: s.uploadIds.length })}</Text> : null}
              </View>
            ) : null}
            {s?.status === 'deferred' ? (
              <View className='row'>
                <Text className='field__label'>{t('apply.supplyBy')}</Text>
                <DatePicker label={`${t('apply.supplyBy')}：${ln(m.name, m.nameMn)}`} value={s.supplyBy} min={minDate} max={maxDate} onChange={(v) => patch(m.name, { supplyBy: v })} />
              </View>
            ) : null}
          </View>
        );
      })}
      {item.promiseAllowed ? (
        <View className='field'>
          <Text className='section-title'>{t('apply.commitment')}</Text>
          <Text className='message'>{t('apply.commitmentText')}</Text>
          <ChoiceList label={t('apply.commitment')} choices={[{ id: 'yes', label: t('apply.useCommitment') }]} selected={promise ? 'yes' : null} onSelect={() => setPromise(!promise)} />
          {promise ? (
            <View>
              <Text className='field__label'>{t('apply.sign')}</Text>
              <SignaturePad label={t('apply.sign')} onSigned={(file) => void uploadSignature(file).then((u) => setSignatureId(u.id), fail)} />
            </View>
          ) : null}
        </View>
      ) : null}
      {defaultVillageId ? null : <VillagePicker places={places} value={villageId} onChange={setVillageId} />}
      <View className='field'>
        <Text className='field__label' id='note-label'>{t('apply.note')}</Text>
        <Textarea className='field__textarea' value={note} maxlength={2000} placeholder={t('apply.notePlaceholder')} aria-labelledby='note-label' onInput={(e) => setNote(e.detail.value)} />
      </View>
      <BigButton label={t('apply.submit')} onClick={() => void submit()} disabled={busy || uploading !== null} loading={busy} />
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
