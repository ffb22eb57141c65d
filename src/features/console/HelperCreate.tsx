// Adding a helper or grid worker: name, mobile (their sign-in; a number already registered keeps its account and
// gains the role), kind, then the same township / grid / skills / languages / duty / capacity as the editor.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { HELPER_KINDS, type HelperAdminView, type HelperKind, type TownshipView } from '../../../types';
import { ChoiceList } from '../../components/ChoiceList';
import { useT } from '../../i18n';
import { createHelper } from './api';
import { SaveCancel, TextField } from './controls';
import { HelperFields, helperDraftProblem, type HelperDraft } from './HelperEditor';
import { PHONE } from './phone';
import { useAction } from './use-action';

export interface HelperCreateProps {
  places: readonly TownshipView[];
  skills: readonly string[];
  onSaved(helper: HelperAdminView): void;
  onCancel(): void;
}

export function HelperCreate({ places, skills, onSaved, onCancel }: HelperCreateProps) {
  const t = useT();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [kind, setKind] = useState<HelperKind>('grid_worker');
  const [draft, setDraft] = useState<HelperDraft>({ townshipId: '', gridVillageIds: [], skills: [], languages: ['zh'], onDuty: true, capacityPerDay: 5 });
  const { message, setMessage, busy, run } = useAction();
  const change = (patch: Partial<HelperDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = () => {
    if (!name.trim()) return setMessage(t('admin.needPersonName'));
    if (!PHONE.test(phone.trim())) return setMessage(t('login.phoneInvalid'));
    const problem = helperDraftProblem(kind, draft, t);
    if (problem) return setMessage(problem);
    // Blue vests serve the whole township: no grid villages.
    const gridVillageIds = kind === 'grid_worker' ? draft.gridVillageIds : [];
    return run(() => createHelper({ ...draft, gridVillageIds, name: name.trim(), phone: phone.trim(), kind }), onSaved);
  };
  return (
    <View className='card' role='group' aria-label={t('admin.newHelper')}>
      <Text className='card__title'>{t('admin.newHelper')}</Text>
      <TextField label={t('admin.personName')} value={name} onChange={setName} />
      <TextField label={t('admin.phone')} value={phone} onChange={setPhone} />
      <View className='field'>
        <Text className='field__label'>{t('admin.helperKind')}</Text>
        <ChoiceList label={t('admin.helperKind')} choices={HELPER_KINDS.map((k) => ({ id: k, label: t(`helperKind.${k}`) }))} selected={kind} onSelect={(id) => setKind(HELPER_KINDS.find((k) => k === id) ?? kind)} />
      </View>
      <HelperFields kind={kind} draft={draft} change={change} places={places} skills={skills} />
      <SaveCancel onSave={save} onCancel={onCancel} busy={busy} saveLabel={t('admin.create')} />
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
