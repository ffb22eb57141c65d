// Small labelled controls the console's editors share: a switch, a multiple choice, a number with 减一/加一 buttons,
// a text field. Each is a real control to a screen reader (role, name, state) and a full-size target.
import { Text, View } from '@tarojs/components';
import type { Choice } from '../../components/ChoiceList';
import { useT } from '../../i18n';

export { SaveCancel } from '../../components/SaveCancel';
export { TextField } from '../../components/TextField';

export function Toggle({ label, on, onChange }: { label: string; on: boolean; onChange(on: boolean): void }) {
  return (
    <View className={`choice${on ? ' choice--selected' : ''}`} role='switch' aria-checked={on} tabIndex={0} onClick={() => onChange(!on)}>
      {label}
    </View>
  );
}

/** Several may be chosen (checkbox semantics), unlike ChoiceList's one. */
export function CheckList({ label, choices, selected, onChange }: { label: string; choices: readonly Choice[]; selected: readonly string[]; onChange(ids: string[]): void }) {
  const flip = (id: string) => onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  return (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <View className='choice-grid' role='group' aria-label={label}>
        {choices.map((c) => (
          <View key={c.id} className={`choice${selected.includes(c.id) ? ' choice--selected' : ''}`} role='checkbox' aria-checked={selected.includes(c.id)} tabIndex={0} onClick={() => flip(c.id)}>
            {c.label}
          </View>
        ))}
      </View>
    </View>
  );
}

export function Stepper({ label, value, min, max, onChange }: { label: string; value: number; min: number; max: number; onChange(value: number): void }) {
  const t = useT();
  const step = (by: number) => {
    const next = value + by;
    if (next >= min && next <= max) onChange(next);
  };
  return (
    <View className='row' role='group' aria-label={label}>
      <Text className='card__text' aria-live='polite'>{`${label}：${value}`}</Text>
      <View className='choice' role='button' tabIndex={0} aria-label={t('admin.less', { label })} aria-disabled={value <= min} onClick={() => step(-1)}>
        {t('admin.minus')}
      </View>
      <View className='choice' role='button' tabIndex={0} aria-label={t('admin.more', { label })} aria-disabled={value >= max} onClick={() => step(1)}>
        {t('admin.plus')}
      </View>
    </View>
  );
}

