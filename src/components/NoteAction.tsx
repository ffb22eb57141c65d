// An action that needs a reason in words (rejection, suspension, a 补正 request): tap, say why, confirm.
import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { useT } from '../i18n';

export function NoteAction({ label, placeholder, onConfirm }: { label: string; placeholder: string; onConfirm(note: string): void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  if (!open) {
    return (
      <View className='choice' role='button' tabIndex={0} onClick={() => setOpen(true)}>
        {label}
      </View>
    );
  }
  return (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <Input className='field__input' value={note} placeholder={placeholder} aria-label={placeholder} onInput={(e) => setNote(e.detail.value)} />
      <View className='choice' role='button' tabIndex={0} aria-disabled={!note.trim()} onClick={() => note.trim() && onConfirm(note.trim())}>
        {t('workbench.confirm')}
      </View>
    </View>
  );
}
