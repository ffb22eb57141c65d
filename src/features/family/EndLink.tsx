// Ending a family link takes two taps: the first says what ending it means, the second does it.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { BigButton } from '../../components/BigButton';
import { SaveCancel } from '../../components/SaveCancel';

export interface EndLinkProps {
  label: string;
  question: string;
  confirmLabel: string;
  onEnd(): Promise<void>;
}

export function EndLink({ label, question, confirmLabel, onEnd }: EndLinkProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!asking) return <BigButton label={label} variant='secondary' onClick={() => setAsking(true)} />;
  const end = async () => {
    setBusy(true);
    try {
      await onEnd();
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
