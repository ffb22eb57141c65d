// A service item, new or existing: name, department (the catalogue's, or a new one), legal time limit, fee,
// 告知承诺, fully online, the guide, search words and the materials. 容缺 is not asked: it is on exactly when a
// material may follow later, which is what the server requires.
import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import type { ServiceItemBody, ServiceItemView } from '../../../types';
import { ChoiceList } from '../../components/ChoiceList';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n/messages';
import { createItem, saveItem } from './api';
import { SaveCancel, TextField, Toggle } from './controls';
import { emptyMaterial, MaterialsEditor } from './MaterialsEditor';
import { useAction } from './use-action';

const MAX_DAYS = 365;

function bodyOf(item: ServiceItemView): ServiceItemBody {
  return {
    name: item.name,
    department: item.department,
    timeLimitDays: item.timeLimitDays,
    fee: item.fee,
    promiseAllowed: item.promiseAllowed,
    deferralAllowed: item.deferralAllowed,
    online: item.online,
    guide: item.guide,
    keywords: item.keywords,
    materials: item.materials.map((m) => ({ name: m.name, form: m.form, count: m.count, deferrable: m.deferrable, ...(m.note ? { note: m.note } : {}) })),
  };
}

const blank = (department: string): ServiceItemBody => ({
  name: '', department, timeLimitDays: 20, fee: '', promiseAllowed: false, deferralAllowed: false, online: false, guide: '', keywords: [], materials: [emptyMaterial()],
});

/** What the supervisor must fix before the form is sent, in words (the server checks the same again). */
function problemOf(body: ServiceItemBody, days: string): MessageKey | null {
  if (!body.name.trim()) return 'admin.needName';
  if (!body.department.trim()) return 'admin.needDepartment';
  if (!/^\d+$/.test(days.trim()) || Number(days) < 1 || Number(days) > MAX_DAYS) return 'admin.daysRange';
  if (!body.fee.trim()) return 'admin.needFee';
  if (!body.guide.trim()) return 'admin.needGuide';
  if (body.materials.some((m) => !m.name.trim())) return 'admin.needMaterialName';
  return null;
}

/** Keywords typed with any of the usual separators: 、，, or spaces. */
const splitWords = (text: string) => [...new Set(text.split(/[、，,\s]+/).map((w) => w.trim()).filter(Boolean))];

export interface ItemEditorProps {
  item: ServiceItemView | null;
  departments: readonly string[];
  onSaved(item: ServiceItemView): void;
  onCancel(): void;
}

export function ItemEditor({ item, departments, onSaved, onCancel }: ItemEditorProps) {
  const t = useT();
  const [body, setBody] = useState<ServiceItemBody>(() => (item ? bodyOf(item) : blank(departments[0] ?? '')));
  const [days, setDays] = useState(String(body.timeLimitDays));
  const [words, setWords] = useState(body.keywords.join('、'));
  const { message, setMessage, busy, run } = useAction();
  const change = (patch: Partial<ServiceItemBody>) => setBody((b) => ({ ...b, ...patch }));
  const save = () => {
    const problem = problemOf(body, days);
    if (problem) return setMessage(t(problem, { max: MAX_DAYS }));
    const materials = body.materials.map(({ note, ...m }) => ({ ...m, name: m.name.trim(), ...(note?.trim() ? { note: note.trim() } : {}) }));
    const ready: ServiceItemBody = { ...body, timeLimitDays: Number(days), keywords: splitWords(words), materials, deferralAllowed: materials.some((m) => m.deferrable) };
    return run(() => (item ? saveItem(item.id, ready) : createItem(ready)), onSaved);
  };
  const title = item ? t('admin.editItem', { name: item.name }) : t('admin.newItem');
  return (
    <View role='group' aria-label={title}>
      <Text className='card__title'>{title}</Text>
      <TextField label={t('admin.itemName')} value={body.name} onChange={(name) => change({ name })} />
      <View className='field'>
        <Text className='field__label'>{t('admin.department')}</Text>
        <ChoiceList label={t('admin.department')} choices={departments.map((d) => ({ id: d, label: d }))} selected={body.department} onSelect={(department) => change({ department })} />
      </View>
      <TextField label={t('admin.otherDepartment')} value={departments.includes(body.department) ? '' : body.department} onChange={(department) => change({ department })} />
      <TextField label={t('admin.timeLimitDays', { max: MAX_DAYS })} type='number' value={days} onChange={setDays} />
      <TextField label={t('admin.fee')} value={body.fee} onChange={(fee) => change({ fee })} />
      <View className='row'>
        <Toggle label={t('item.promise')} on={body.promiseAllowed} onChange={(promiseAllowed) => change({ promiseAllowed })} />
        <Toggle label={t('item.online')} on={body.online} onChange={(online) => change({ online })} />
      </View>
      <View className='field'>
        <Text className='field__label'>{t('admin.guide')}</Text>
        <Textarea className='field__textarea' value={body.guide} maxlength={4000} placeholder={t('admin.guide')} aria-label={t('admin.guide')} onInput={(e) => change({ guide: e.detail.value })} />
      </View>
      <TextField label={t('admin.keywords')} value={words} onChange={setWords} />
      <MaterialsEditor materials={body.materials} onChange={(materials) => change({ materials })} />
      <Text className='card__text'>{body.materials.some((m) => m.deferrable) ? t('item.deferral') : t('admin.noDeferral')}</Text>
      <SaveCancel onSave={save} onCancel={onCancel} busy={busy} />
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
