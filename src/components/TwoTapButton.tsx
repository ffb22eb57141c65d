// An action that cannot be taken back (ending a family link, withdrawing a card's link) takes two taps: the first says
// what it means, the second does it.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { BigButton } from './BigButton';
import { SaveCancel } from './SaveCancel';

export interface TwoTapButtonProps {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm(): Promise<void>;
}

export function TwoTapButton({ label, question, confirmLabel, onConfirm }: TwoTapButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!asking) return <BigButton label={label} variant='secondary' onClick={() => setAsking(true)} />;
  const end = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <View>
      <Text className='message' role='alert'>{question}</Text>
      <SaveCancel saveLabel={confirmLabel} busy={busy} onSave={() => void end()} onCancel={() => setAsking(false)} />
    </View>
  );
}
