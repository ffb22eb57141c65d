// An editor's closing pair (the console's, a helper's milestone): save, the one primary action, and cancel.
import { View } from '@tarojs/components';
import { useT } from '../i18n';
import { BigButton } from './BigButton';

/** The editor's closing pair: save (the one primary action, full size in elder mode) and cancel. */
export function SaveCancel({ onSave, onCancel, busy, saveLabel }: { onSave(): void; onCancel(): void; busy: boolean; saveLabel?: string }) {
  const t = useT();
  return (
    <View>
      <BigButton label={saveLabel ?? t('admin.save')} onClick={onSave} disabled={busy} loading={busy} />
      <View className='choice' role='button' tabIndex={0} onClick={onCancel}>
        {t('admin.cancel')}
      </View>
    </View>
  );
}
