import { type PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { applyDocumentLanguage } from './i18n';
import { declareMongolianFontFace, ensureMongolianFont } from './services/mongolian-font';
import { useSettings } from './stores/settings';
import './app.css';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    const { language } = useSettings.getState();
    applyDocumentLanguage(language);
    declareMongolianFontFace();
    if (language === 'mn') ensureMongolianFont();
  });
  return children;
}

export default App;
