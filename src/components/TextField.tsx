// A labelled one-line text field: the label shown above, and the same label as the input's name and placeholder.
import { Input, Text, View } from '@tarojs/components';

export function TextField({ label, value, onChange, type }: { label: string; value: string; onChange(value: string): void; type?: 'text' | 'number' }) {
  return (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <Input className='field__input' type={type ?? 'text'} value={value} placeholder={label} aria-label={label} onInput={(e) => onChange(e.detail.value)} />
    </View>
  );
}
