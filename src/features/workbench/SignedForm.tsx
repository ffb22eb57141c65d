// Collects two on-screen signatures (giver and receiver, or resident and helper) before an action can be sent.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { SignaturePad } from '../../components/SignaturePad';
import type { LocalFile } from '../../services/platform/upload';

export interface Signatures {
  first: LocalFile | null;
  second: LocalFile | null;
}

export function TwoSignatures({ firstLabel, secondLabel, onChange }: { firstLabel: string; secondLabel: string; onChange(s: Signatures): void }) {
  const [sigs, setSigs] = useState<Signatures>({ first: null, second: null });
  const set = (patch: Partial<Signatures>) => {
    const next = { ...sigs, ...patch };
    setSigs(next);
    onChange(next);
  };
  return (
    <View>
      <Text className='field__label'>{firstLabel}</Text>
      <SignaturePad label={firstLabel} onSigned={(file) => set({ first: file })} />
      <Text className='field__label'>{secondLabel}</Text>
      <SignaturePad label={secondLabel} onSigned={(file) => set({ second: file })} />
    </View>
  );
}
