// Choosing a date: the browser's own date input in H5 (accessible, works with every keyboard and screen reader),
// the native picker in the mini-program.
import { Picker, View } from '@tarojs/components';

export interface DatePickerProps {
  label: string;
  value: string;
  min: string;
  max: string;
  onChange(value: string): void;
}

export function DatePicker({ label, value, min, max, onChange }: DatePickerProps) {
  if (process.env.TARO_ENV === 'h5') {
    return <input className='date-input' type='date' aria-label={label} value={value} min={min} max={max} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
  return (
    <Picker mode='date' value={value || min} start={min} end={max} onChange={(e) => onChange(String(e.detail.value))}>
      <View className='date-input'>{value || label}</View>
    </Picker>
  );
}
