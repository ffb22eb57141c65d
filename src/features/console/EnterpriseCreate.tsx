// Opening an enterprise archive (profile and contact; the contact's mobile becomes their account) and adding a
// major project to one (its seven milestones follow). Both are a few text fields and one save; the answer is the
// whole archive.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { EnterpriseArchive, EnterpriseBody, ProjectBody, TownshipView } from '../../../types';
import { ChoiceList } from '../../components/ChoiceList';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n/messages';
import { addProject, createEnterprise } from './api';
import { SaveCancel, TextField } from './controls';
import { PHONE } from './phone';
import { useAction } from './use-action';

/** 统一社会信用代码: 18 characters, as the server checks it. */
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

type TextKey<B> = { [K in keyof B]: B[K] extends string ? K : never }[keyof B] & string;

/** Text fields over a draft: each labelled, the required ones checked before saving. */
function TextFields<B extends object>({ fields, draft, change }: { fields: readonly (readonly [TextKey<B>, MessageKey])[]; draft: B; change(key: TextKey<B>, value: string): void }) {
  const t = useT();
  return (
    <>
      {fields.map(([key, label]) => (
        <TextField key={key} label={t(label)} value={String(draft[key])} onChange={(v) => change(key, v)} />
      ))}
    </>
  );
}

function useDraft<B extends object>(initial: B) {
  const [draft, setDraft] = useState(initial);
  return { draft, change: (key: keyof B, value: string) => setDraft((d) => ({ ...d, [key]: value })) };
}

const ENTERPRISE_FIELDS = [
  ['name', 'enterprise.name'],
  ['creditCode', 'enterprise.creditCode'],
  ['legalPerson', 'enterprise.legalPerson'],
  ['industry', 'enterprise.industry'],
  ['address', 'enterprise.address'],
  ['contactName', 'enterprise.contactName'],
  ['contactPhone', 'enterprise.contactPhone'],
] as const;

export function EnterpriseCreate({ places, onSaved, onCancel }: { places: readonly TownshipView[]; onSaved(archive: EnterpriseArchive): void; onCancel(): void }) {
  const t = useT();
  const { draft, change } = useDraft<EnterpriseBody>({ name: '', creditCode: '', legalPerson: '', industry: '', townshipId: '', address: '', contactName: '', contactPhone: '' });
  const [townshipId, setTownshipId] = useState<string | null>(null);
  const { message, setMessage, busy, run } = useAction();
  const save = () => {
    const body = { ...draft, creditCode: draft.creditCode.trim().toUpperCase(), contactPhone: draft.contactPhone.trim(), townshipId: townshipId ?? '' };
    if (ENTERPRISE_FIELDS.some(([key]) => !body[key].trim())) return setMessage(t('enterprise.needAll'));
    if (!CREDIT_CODE.test(body.creditCode)) return setMessage(t('enterprise.badCreditCode'));
    if (!PHONE.test(body.contactPhone)) return setMessage(t('login.phoneInvalid'));
    if (!townshipId) return setMessage(t('admin.needTownship'));
    return run(() => createEnterprise(body), onSaved);
  };
  return (
    <View className='card' role='group' aria-label={t('enterprise.new')}>
      <Text className='card__title'>{t('enterprise.new')}</Text>
      <TextFields<EnterpriseBody> fields={ENTERPRISE_FIELDS} draft={draft} change={change} />
      <View className='field'>
        <Text className='field__label'>{t('admin.township')}</Text>
        <ChoiceList label={t('admin.township')} choices={places.map((p) => ({ id: p.id, label: p.name }))} selected={townshipId} onSelect={setTownshipId} />
      </View>
      <SaveCancel onSave={save} onCancel={onCancel} busy={busy} saveLabel={t('admin.create')} />
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}

const PROJECT_FIELDS = [
  ['name', 'project.name'],
  ['investment', 'project.investment'],
  ['site', 'project.site'],
  ['description', 'project.description'],
] as const;

export function ProjectCreate({ enterprise, onSaved, onCancel }: { enterprise: EnterpriseArchive; onSaved(archive: EnterpriseArchive): void; onCancel(): void }) {
  const t = useT();
  const { draft, change } = useDraft<ProjectBody>({ name: '', investment: '', site: '', description: '' });
  const { message, setMessage, busy, run } = useAction();
  const title = t('project.newFor', { name: enterprise.name });
  const save = () => {
    // The description may stay empty; the rest are needed.
    if (PROJECT_FIELDS.some(([key]) => key !== 'description' && !draft[key].trim())) return setMessage(t('project.needAll'));
    return run(() => addProject(enterprise.id, draft), onSaved);
  };
  return (
    <View className='card' role='group' aria-label={title}>
      <Text className='card__title'>{title}</Text>
      <TextFields<ProjectBody> fields={PROJECT_FIELDS} draft={draft} change={change} />
      <SaveCancel onSave={save} onCancel={onCancel} busy={busy} saveLabel={t('admin.create')} />
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
