// A voice note for those who cannot type: one button to start, the same to stop.
import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useT } from '../i18n';
import { startRecording, type Recording } from '../services/platform/recorder';
import type { LocalFile } from '../services/platform/upload';

export function VoiceRecorder({ onRecorded }: { onRecorded(file: LocalFile, filename: string): void }) {
  const t = useT();
  const recording = useRef<Recording | null>(null);
  const [state, setState] = useState<'idle' | 'recording' | 'done' | 'failed'>('idle');
  const toggle = async () => {
    if (recording.current) {
      const { file, filename } = await recording.current.stop();
      recording.current = null;
      setState('done');
      onRecorded(file, filename);
      return;
    }
    try {
      recording.current = await startRecording();
      setState('recording');
    } catch {
      setState('failed');
    }
  };
  return (
    <View className='voice-recorder'>
      <View className={`choice${state === 'recording' ? ' choice--selected' : ''}`} role='button' tabIndex={0} onClick={() => void toggle()}>
        {state === 'recording' ? t('book.stop') : t('book.record')}
      </View>
      {state === 'done' ? <Text className='message' role='status'>{t('book.recorded')}</Text> : null}
      {state === 'failed' ? <Text className='message' role='alert'>{t('book.recordFailed')}</Text> : null}
    </View>
  );
}
