// 网格+代办: at a resident's door the grid worker finds them by phone (or registers them, with their consent), files
// the request for them, and the resident confirms it with the code sent to their own phone or a signature here.
import { useState } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import type { ConfirmationCodeResponse, RequestDetail, ResidentRef, ServiceItemView } from '../../../types';
import { BigButton } from '../../components/BigButton';
import { ChoiceList } from '../../components/ChoiceList';
import { SignaturePad } from '../../components/SignaturePad';
import { VillagePicker } from '../../components/VillagePicker';
import { errorKey, useT } from '../../i18n';
import { api, ApiError } from '../../services/http';
import { newIdempotencyKey } from '../../services/idempotency-key';
import { usePlaces } from '../../services/places';
import { uploadFile } from '../../services/platform/upload';
import { useRemote } from '../../services/use-remote';

const KINDS = ['home_visit', 'delegate', 'assist', 'callback'] as const;

export function FileForResident({ onConfirmed }: { onConfirmed(detail: RequestDetail): void }) {
  const t = useT();
  const places = usePlaces();
  const catalogue = useRemote(() => api<ServiceItemView[]>('/api/catalogue'), []);
  const [phone, setPhone] = useState('');
  const [resident, setResident] = useState<ResidentRef | null>(null);
  const [registering, setRegistering] = useState(false);
  const [name, setName] = useState('');
  const [villageId, setVillageId] = useState<string | null>(null);
  const [consent, setConsent] = useState(false);
  const [kind, setKind] = useState<(typeof KINDS)[number]>('home_visit');
  const [itemId, setItemId] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [filed, setFiled] = useState<RequestDetail | null>(null);
  const [devCode, setDevCode] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [key] = useState(newIdempotencyKey);
  const fail = (e: unknown) => setMessage(t(errorKey(e instanceof ApiError ? e.code : 'INTERNAL')));
  const attempt = async (action: () => Promise<void>) => {
    setMessage(null);
    try {
      await action();
    } catch (e) {
      fail(e);
    }
  };

  const find = () =>
    attempt(async () => {
      try {
        setResident(await api<ResidentRef>('/api/residents/lookup', { method: 'POST', body: { phone } }));
      } catch (e) {
        if (e instanceof ApiError && e.code === 'NOT_FOUND') setRegistering(true);
        else throw e;
      }
    });
  const register = () =>
    attempt(async () => {
      if (!name.trim() || !villageId || !consent) return setMessage(t('fileFor.needConsent'));
      setResident(await api<ResidentRef>('/api/residents', { method: 'POST', body: { phone, name: name.trim(), villageId, consent: true } }));
      setRegistering(false);
    });
  const file = () =>
    attempt(async () => {
      const village = resident?.villageId ?? villageId;
      if (!resident || !village) return setMessage(t('request.needVillage'));
      const item = catalogue.data?.find((i) => i.id === itemId);
      setFiled(
        await api<RequestDetail>('/api/requests', {
          method: 'POST',
          idempotencyKey: key,
          body: {
            kind,
            villageId: village,
            forUserId: resident.id,
            description: description.trim() || item?.name || t(`kind.${kind}`),
            ...(item && kind === 'home_visit' ? { serviceItemId: item.id } : {}),
          },
        }),
      );
    });
  const sendCode = () =>
    attempt(async () => {
      if (!filed) return;
      setDevCode((await api<ConfirmationCodeResponse>(`/api/requests/${filed.id}/confirmation-code`, { method: 'POST' })).devCode ?? null);
    });
  const confirm = (body: { code: string } | { signatureId: string }) =>
    attempt(async () => {
      if (!filed) return;
      onConfirmed(await api<RequestDetail>(`/api/requests/${filed.id}/confirm`, { method: 'POST', body }));
    });

  if (filed) {
    return (
      <View>
        <Text className='section-title'>{t('fileFor.confirmTitle', { name: resident?.name ?? '' })}</Text>
        <BigButton label={t('fileFor.sendCode')} variant='secondary' onClick={() => void sendCode()} />
        {devCode ? <Text className='message sign-in__dev-banner' role='status'>{t('fileFor.devBanner', { code: devCode })}</Text> : null}
        <View className='field'>
          <Text className='field__label' id='confirm-code'>{t('fileFor.code')}</Text>
          <Input className='field__input' type='number' value={code} placeholder={t('fileFor.code')} aria-labelledby='confirm-code' onInput={(e) => setCode(e.detail.value)} />
        </View>
        <BigButton label={t('fileFor.confirmByCode')} onClick={() => void confirm({ code })} />
        <Text className='field__label'>{t('fileFor.orSign')}</Text>
        <SignaturePad label={t('fileFor.orSign')} onSigned={(f) => void attempt(async () => confirm({ signatureId: (await uploadFile('signature', f, 'consent.png')).id }))} />
        {message ? <Text className='message' role='alert'>{message}</Text> : null}
      </View>
    );
  }

  return (
    <View>
      <View className='field'>
        <Text className='field__label' id='resident-phone'>{t('fileFor.phone')}</Text>
        <Input className='field__input' type='number' value={phone} placeholder={t('fileFor.phone')} aria-labelledby='resident-phone' onInput={(e) => setPhone(e.detail.value)} />
      </View>
      {!resident && !registering ? <BigButton label={t('fileFor.find')} onClick={() => void find()} /> : null}
      {registering ? (
        <View className='card'>
          <Text className='card__text'>{t('fileFor.notFound')}</Text>
          <View className='field'>
            <Text className='field__label' id='resident-name'>{t('fileFor.name')}</Text>
            <Input className='field__input' value={name} placeholder={t('fileFor.name')} aria-labelledby='resident-name' onInput={(e) => setName(e.detail.value)} />
          </View>
          <VillagePicker places={places} value={villageId} onChange={setVillageId} />
          <ChoiceList label={t('fileFor.consent')} choices={[{ id: 'yes', label: t('fileFor.consent') }]} selected={consent ? 'yes' : null} onSelect={() => setConsent(!consent)} />
          <BigButton label={t('fileFor.register')} onClick={() => void register()} />
        </View>
      ) : null}
      {resident ? (
        <View>
          <Text className='section-title'>{t('fileFor.forWhom', { name: resident.name })}</Text>
          <ChoiceList label={t('fileFor.kind')} choices={KINDS.map((k) => ({ id: k, label: t(`kind.${k}`) }))} selected={kind} onSelect={(k) => setKind(KINDS.find((x) => x === k) ?? 'home_visit')} />
          {kind === 'home_visit' ? (
            <ChoiceList label={t('book.need')} choices={(catalogue.data ?? []).map((i) => ({ id: i.id, label: i.name }))} selected={itemId} onSelect={setItemId} />
          ) : null}
          <Textarea className='field__textarea' value={description} maxlength={2000} placeholder={t('book.whatPlaceholder')} aria-label={t('book.whatPlaceholder')} onInput={(e) => setDescription(e.detail.value)} />
          <BigButton label={t('fileFor.submit')} onClick={() => void file()} />
        </View>
      ) : null}
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
