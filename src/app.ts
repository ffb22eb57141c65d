import { type PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { applyDocumentLanguage } from './i18n';
import { useSettings } from './stores/settings';
import './app.css';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    applyDocumentLanguage(useSettings.getState().language);
  });
  return children;
}

export default App;
