// An action that needs a reason in words (rejection, suspension, a 补正 request, 加急): tap, say why, confirm.
import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { useT } from '../i18n';

export function NoteAction({ label, placeholder, onConfirm }: { label: string; placeholder: string; onConfirm(note: string): void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  // Closed again once confirmed: left open, the same row's next action (加急 becomes 取消加急) would sit there with
  // the last reason typed in, one tap from undoing what was just done.
  const confirm = () => {
    const text = note.trim();
    if (!text) return;
    setOpen(false);
    setNote('');
    onConfirm(text);
  };
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
      <View className='choice' role='button' tabIndex={0} aria-disabled={!note.trim()} onClick={confirm}>
        {t('workbench.confirm')}
      </View>
    </View>
  );
}
