// 亲属代办: add a family member; they receive a code on their own phone and tell it to you; then you can act for them.
// A code that got lost can be sent again at any time. Either side may end the link: the one acting stops, or the
// family member (who sees here who may act for them) withdraws consent.
import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { ActingForMeView, FamilyLinkView } from '../../../types';
import { BigButton } from '../../components/BigButton';
import { errorKey, useT } from '../../i18n';
import { ApiError } from '../../services/http';
import { useRemote } from '../../services/use-remote';
import { addFamily, confirmFamily, endFamilyLink, listFamily, resendFamilyCode } from './api';
import { TwoTapButton } from '../../components/TwoTapButton';

type Field = (id: string, label: string, value: string, set: (v: string) => void, type?: 'text' | 'number') => JSX.Element;

const field: Field = (id, label, value, set, type = 'text') => (
  <View className='field'>
    <Text className='field__label' id={id}>{label}</Text>
    <Input className='field__input' type={type} value={value} placeholder={label} aria-labelledby={id} onInput={(e) => set(e.detail.value)} />
  </View>
);

export function FamilyPanel() {
  const t = useT();
  const links = useRemote(listFamily, []);
  const [phone, setPhone] = useState('');
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  /** the pending link whose code is being typed in, and (demo mode only) that code */
  const [codeFor, setCodeFor] = useState<{ id: string; devCode: string | null } | null>(null);
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const fail = (e: unknown) => setMessage(t(errorKey(e instanceof ApiError ? e.code : 'INTERNAL')));
  const run = async (work: () => Promise<string | null>) => {
    setMessage(null);
    try {
      setMessage(await work());
      links.reload();
    } catch (e) {
      fail(e);
    }
  };

  const add = () => {
    if (!/^1[3-9]\d{9}$/.test(phone) || !name.trim() || !relation.trim()) return setMessage(t('family.needAll'));
    void run(async () => {
      const res = await addFamily({ phone, name: name.trim(), relation: relation.trim() });
      setCodeFor(res.link.status === 'pending' ? { id: res.link.id, devCode: res.devCode ?? null } : null);
      return null;
    });
  };
  const resend = (id: string) =>
    run(async () => {
      const res = await resendFamilyCode(id);
      setCodeFor(res.link.status === 'pending' ? { id, devCode: res.devCode ?? null } : null);
      setCode('');
      return res.link.status === 'pending' ? t('family.resent') : null;
    });
  const confirm = () =>
    run(async () => {
      if (!codeFor) return null;
      await confirmFamily(codeFor.id, code);
      setCodeFor(null);
      setCode('');
      return null;
    });
  const end = (id: string) =>
    run(async () => {
      await endFamilyLink(id);
      if (codeFor?.id === id) setCodeFor(null);
      return t('family.ended');
    });

  const mine = links.data?.items ?? [];
  const forMe = links.data?.actingForMe ?? [];
  const myCard = (l: FamilyLinkView) => (
    <View key={l.id} className='card' role='listitem'>
      <Text className='card__title'>{`${l.member.name}（${l.relation}）`}</Text>
      <Text className='card__text'>{l.status === 'confirmed' ? t('family.confirmed') : t('family.pending')}</Text>
      {l.status === 'pending' && codeFor?.id !== l.id ? (
        <View>
          <BigButton label={t('family.enterCode')} onClick={() => setCodeFor({ id: l.id, devCode: null })} />
          <BigButton label={t('family.resend')} variant='secondary' onClick={() => void resend(l.id)} />
        </View>
      ) : null}
      <TwoTapButton
        label={l.status === 'confirmed' ? t('family.stop') : t('family.cancelAsk')}
        question={t('family.stopQuestion', { name: l.member.name })}
        confirmLabel={t('family.stopYes')}
        onConfirm={() => end(l.id)}
      />
    </View>
  );
  const forMeCard = (l: ActingForMeView) => (
    <View key={l.id} className='card' role='listitem'>
      <Text className='card__title'>{l.actor.name}</Text>
      <Text className='card__text'>{l.status === 'confirmed' ? t('family.forMeConfirmed') : t('family.forMePending')}</Text>
      <TwoTapButton
        label={l.status === 'confirmed' ? t('family.revoke') : t('family.refuse')}
        question={t('family.revokeQuestion', { name: l.actor.name })}
        confirmLabel={t('family.revokeYes')}
        onConfirm={() => end(l.id)}
      />
    </View>
  );

  return (
    <View>
      {/* first: an elderly member opening this page most likely wants to see who acts for her */}
      {forMe.length > 0 ? (
        <View>
          <Text className='section-title'>{t('family.forMeTitle')}</Text>
          <View role='list'>{forMe.map(forMeCard)}</View>
        </View>
      ) : null}
      <Text className='message'>{t('family.intro')}</Text>
      <View role='list'>{mine.map(myCard)}</View>
      {links.data && mine.length === 0 ? <Text className='message'>{t('family.empty')}</Text> : null}
      {codeFor ? (
        <View>
          {codeFor.devCode ? <Text className='message sign-in__dev-banner' role='status'>{t('family.devBanner', { code: codeFor.devCode })}</Text> : null}
          {field('family-code', t('family.code'), code, setCode, 'number')}
          <BigButton label={t('family.confirm')} onClick={() => void confirm()} />
        </View>
      ) : (
        <View>
          {field('family-phone', t('family.phone'), phone, setPhone, 'number')}
          {field('family-name', t('family.name'), name, setName)}
          {field('family-relation', t('family.relation'), relation, setRelation)}
          <BigButton label={t('family.add')} onClick={add} />
        </View>
      )}
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
