import { type PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { applyDocumentLanguage } from './i18n';
import { afterFirstPage } from './services/boot-shell';
import { declareMongolianFontFace, ensureMongolianFont } from './services/mongolian-font';
import { useSettings } from './stores/settings';
import './app.css';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    const { language } = useSettings.getState();
    applyDocumentLanguage(language);
    if (language === 'mn') {
      declareMongolianFontFace();
      ensureMongolianFont();
    } else if (process.env.TARO_ENV === 'h5') {
      // For Chinese readers the Mongolian font (~240 KB) is needed only for the language switch's label: fetched
      // while the first page loads it would compete with the app's own code on a slow network; afterwards it swaps
      // in as `font-display: swap` would anyway.
      afterFirstPage(declareMongolianFontFace);
    }
  });
  return children;
}

export default App;
