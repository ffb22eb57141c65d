// On the first screen: language, elder mode and (in elder mode) the text size, each a large labelled control.
import { Text, View } from '@tarojs/components';
import { applyDocumentLanguage, ensureCatalogue, hasCatalogue, useT } from '../i18n';
import { FONT_STEPS, useSettings } from '../stores/settings';
import { ensureMongolianFont } from '../services/mongolian-font';

export function DisplaySettings() {
  const t = useT();
  const { language, setLanguage, elderMode, setElderMode, fontStep, setFontStep } = useSettings();
  const toggleLanguage = () => {
    const next = language === 'zh-CN' ? 'mn' : 'zh-CN';
    if (next === 'mn') ensureMongolianFont();
    const apply = () => {
      setLanguage(next);
      applyDocumentLanguage(next);
    };
    // H5 fetches the Mongolian words on first use: the switch happens when they are here, not in two steps. A failed
    // fetch switches anyway (labels fall back to Chinese, and the next change of a setting fetches again).
    if (hasCatalogue(next)) apply();
    else void ensureCatalogue(next).then(apply);
  };
  return (
    <View className='display-settings'>
      <View
        className='choice language-switch'
        role='button'
        tabIndex={0}
        lang={language === 'zh-CN' ? 'mn-Mong' : 'zh-CN'}
        onClick={toggleLanguage}
      >
        {t('common.switchLanguage')}
      </View>
      <View
        className={`choice${elderMode ? ' choice--selected' : ''}`}
        role='switch'
        aria-checked={elderMode}
        tabIndex={0}
        onClick={() => setElderMode(!elderMode)}
      >
        {t('settings.elderMode')}
      </View>
      {elderMode ? (
        <View className='font-steps' role='group' aria-label={t('settings.textSize')}>
          <Text className='font-steps__label'>{t('settings.textSize')}</Text>
          <View className='choice' role='button' tabIndex={0} aria-disabled={fontStep === 0} onClick={() => setFontStep(fontStep - 1)}>
            {t('settings.smaller')}
          </View>
          <View
            className='choice'
            role='button'
            tabIndex={0}
            aria-disabled={fontStep === FONT_STEPS.length - 1}
            onClick={() => setFontStep(fontStep + 1)}
          >
            {t('settings.larger')}
          </View>
        </View>
      ) : null}
    </View>
  );
}
