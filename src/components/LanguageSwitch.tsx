// The language switch on the first screen: 中文 <-> ᠮᠣᠩᠭᠣᠯ, remembered on the device.
import { View } from '@tarojs/components';
import { applyDocumentLanguage, useT } from '../i18n';
import { useSettings } from '../stores/settings';

export function LanguageSwitch() {
  const t = useT();
  const { language, setLanguage } = useSettings();
  const toggle = () => {
    const next = language === 'zh-CN' ? 'mn' : 'zh-CN';
    setLanguage(next);
    applyDocumentLanguage(next);
  };
  return (
    <View className='choice language-switch' role='button' tabIndex={0} aria-label={t('common.switchLanguageHint')} onClick={toggle}>
      {t('common.switchLanguage')}
    </View>
  );
}
