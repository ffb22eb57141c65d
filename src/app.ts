import { type PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { applyDocumentLanguage } from './i18n';
import { declareMongolianFontFace, ensureMongolianFont } from './services/mongolian-font';
import { useSettings } from './stores/settings';
import './app.css';

/**
 * Runs `task` once the first screen has painted and the page is idle. For Chinese readers the Mongolian font (~240 KB)
 * is needed only for the language switch's label: fetched before the first paint it would compete with the app's own
 * code on a slow network; afterwards it swaps in as `font-display: swap` would anyway.
 */
function afterFirstPaint(task: () => void): void {
  if (typeof window === 'undefined' || typeof PerformanceObserver === 'undefined') return task();
  let done = false;
  const runWhenIdle = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(task, { timeout: 1000 });
    else window.setTimeout(task, 200);
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) runWhenIdle();
  });
  observer.observe({ type: 'paint', buffered: true });
  // Never wait forever (a hidden tab does not paint).
  window.setTimeout(runWhenIdle, 5000);
}

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    const { language } = useSettings.getState();
    applyDocumentLanguage(language);
    if (language === 'mn') {
      declareMongolianFontFace();
      ensureMongolianFont();
    } else if (process.env.TARO_ENV === 'h5') {
      afterFirstPaint(declareMongolianFontFace);
    }
  });
  return children;
}

export default App;
