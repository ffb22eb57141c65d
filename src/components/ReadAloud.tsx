// "读给我听": reads the given text aloud where the platform can, otherwise says plainly that it cannot.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useT } from '../i18n';
import { speak } from '../services/speech';
import { useSettings } from '../stores/settings';

export function ReadAloud({ text }: { text: string }) {
  const t = useT();
  const language = useSettings((s) => s.language);
  const [unsupported, setUnsupported] = useState(false);
  return (
    <View className='read-aloud'>
      <View className='choice' role='button' tabIndex={0} onClick={() => setUnsupported(!speak(text, language))}>
        {t('case.readAloud')}
      </View>
      {unsupported ? (
        <Text className='message' role='status'>
          {t('case.readAloudUnsupported')}
        </Text>
      ) : null}
    </View>
  );
}
