// 亲属代办: add a family member; they receive a code on their own phone and tell it to you; then you can act for them.
import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { BigButton } from '../../components/BigButton';
import { errorKey, useT } from '../../i18n';
import { ApiError } from '../../services/http';
import { useRemote } from '../../services/use-remote';
import { addFamily, confirmFamily, listFamily } from './api';

export function FamilyPanel() {
  const t = useT();
  const links = useRemote(listFamily, []);
  const [phone, setPhone] = useState('');
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [devCode, setDevCode] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const fail = (e: unknown) => setMessage(t(errorKey(e instanceof ApiError ? e.code : 'INTERNAL')));

  const add = async () => {
    if (!/^1[3-9]\d{9}$/.test(phone) || !name.trim() || !relation.trim()) return setMessage(t('family.needAll'));
    setMessage(null);
    try {
      const res = await addFamily({ phone, name: name.trim(), relation: relation.trim() });
      setPendingId(res.link.status === 'pending' ? res.link.id : null);
      setDevCode(res.devCode ?? null);
      links.reload();
    } catch (e) {
      fail(e);
    }
  };
  const confirm = async () => {
    if (!pendingId) return;
    try {
      await confirmFamily(pendingId, code);
      setPendingId(null);
      setDevCode(null);
      setCode('');
      links.reload();
    } catch (e) {
      fail(e);
    }
  };

  const field = (id: string, label: string, value: string, set: (v: string) => void, type: 'text' | 'number' = 'text') => (
    <View className='field'>
      <Text className='field__label' id={id}>{label}</Text>
      <Input className='field__input' type={type} value={value} placeholder={label} aria-labelledby={id} onInput={(e) => set(e.detail.value)} />
    </View>
  );

  return (
    <View>
      <Text className='message'>{t('family.intro')}</Text>
      <View role='list'>
        {(links.data?.items ?? []).map((l) => (
          <View key={l.id} className='card' role='listitem'>
            <Text className='card__title'>{`${l.member.name}（${l.relation}）`}</Text>
            <Text className='card__text'>{l.status === 'confirmed' ? t('family.confirmed') : t('family.pending')}</Text>
          </View>
        ))}
      </View>
      {links.data && links.data.items.length === 0 ? <Text className='message'>{t('family.empty')}</Text> : null}
      {pendingId ? (
        <View>
          {devCode ? <Text className='message sign-in__dev-banner' role='status'>{t('family.devBanner', { code: devCode })}</Text> : null}
          {field('family-code', t('family.code'), code, setCode, 'number')}
          <BigButton label={t('family.confirm')} onClick={() => void confirm()} />
        </View>
      ) : (
        <View>
          {field('family-phone', t('family.phone'), phone, setPhone, 'number')}
          {field('family-name', t('family.name'), name, setName)}
          {field('family-relation', t('family.relation'), relation, setRelation)}
          <BigButton label={t('family.add')} onClick={() => void add()} />
        </View>
      )}
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
