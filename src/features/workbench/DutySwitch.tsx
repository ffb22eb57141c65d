// On or off duty: off-duty helpers receive no offers.
import { View } from '@tarojs/components';
import { useT } from '../../i18n';
import { useRemote } from '../../services/use-remote';
import { getDuty, setDuty } from './api';

export function DutySwitch() {
  const t = useT();
  const duty = useRemote(getDuty, []);
  const on = duty.data?.onDuty ?? false;
  return (
    <View className={`choice${on ? ' choice--selected' : ''}`} role='switch' aria-checked={on} tabIndex={0} onClick={() => void setDuty(!on).then(duty.reload)}>
      {on ? t('workbench.onDuty') : t('workbench.offDuty')}
    </View>
  );
}
