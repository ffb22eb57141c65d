// The 一次告知 list of an item: each material's name, original/copy, number of copies, whether it may follow later
// (容缺) and a note. Rows are added and removed here; the item's 容缺 follows from them.
import { Text, View } from '@tarojs/components';
import { MATERIAL_FORMS, type MaterialInput } from '../../../types';
import { ChoiceList } from '../../components/ChoiceList';
import { useT } from '../../i18n';
import { Stepper, TextField, Toggle } from './controls';

export const emptyMaterial = (): MaterialInput => ({ name: '', form: 'original', count: 1, deferrable: false });

export function MaterialsEditor({ materials, onChange }: { materials: readonly MaterialInput[]; onChange(materials: MaterialInput[]): void }) {
  const t = useT();
  const set = (i: number, patch: Partial<MaterialInput>) => onChange(materials.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <View className='field'>
      <Text className='field__label'>{t('item.materials')}</Text>
      <View role='list' aria-label={t('item.materials')}>
        {materials.map((m, i) => (
          // Rows have no id of their own; the position is the identity while the list is being edited.
          <View key={i} className='material' role='listitem' aria-label={t('admin.materialN', { n: i + 1 })}>
            <TextField label={t('admin.materialName', { n: i + 1 })} value={m.name} onChange={(name) => set(i, { name })} />
            <ChoiceList
              label={t('admin.materialForm', { n: i + 1 })}
              choices={MATERIAL_FORMS.map((f) => ({ id: f, label: t(`item.form.${f}`) }))}
              selected={m.form}
              onSelect={(id) => set(i, { form: MATERIAL_FORMS.find((f) => f === id) ?? m.form })}
            />
            <Stepper label={t('admin.copies')} value={m.count} min={1} max={99} onChange={(count) => set(i, { count })} />
            <View className='row'>
              <Toggle label={t('item.deferrable')} on={m.deferrable} onChange={(deferrable) => set(i, { deferrable })} />
              <View className='choice' role='button' tabIndex={0} aria-label={t('admin.removeMaterialN', { n: i + 1 })} aria-disabled={materials.length <= 1} onClick={() => materials.length > 1 && onChange(materials.filter((_, j) => j !== i))}>
                {t('admin.removeMaterial')}
              </View>
            </View>
            <TextField label={t('admin.materialNote', { n: i + 1 })} value={m.note ?? ''} onChange={(note) => set(i, { note })} />
          </View>
        ))}
      </View>
      <View className='choice' role='button' tabIndex={0} onClick={() => onChange([...materials, emptyMaterial()])}>
        {t('admin.addMaterial')}
      </View>
    </View>
  );
}
