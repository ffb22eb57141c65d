// Every page's root: applies the theme once (elder mode, text size, language) through CSS variables, so no page
// styles itself for elder mode.
import { useEffect, type PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import { useCatalogueReady } from '../i18n';
import { FONT_STEPS, useSettings } from '../stores/settings';
import { removeBootShell } from '../services/boot-shell';
import { systemFontScale } from '../services/system-font';

export function PageShell({ children, className }: PropsWithChildren<{ className?: string }>) {
  const { elderMode, fontStep, language } = useSettings();
  const scale = (elderMode ? FONT_STEPS[fontStep] ?? 1 : 1) * systemFontScale();
  // H5 fetches the Mongolian words on demand: a page waits for them rather than show Chinese for a moment.
  const ready = useCatalogueReady();
  // The static first screen of index.html (H5) has done its job once a page is on screen.
  useEffect(() => {
    if (ready) removeBootShell();
  }, [ready]);
  const classes = ['page', elderMode ? 'elder' : '', language === 'mn' ? 'lang-mn' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <View className={classes} style={{ '--scale': String(scale) } as Record<string, string>}>
      {ready ? children : null}
    </View>
  );
}
