// A 一企一档 milestone's progress as an editor shows it: the status, the planned and started dates, and the completion
// date once it is done. Shared by the console's MilestoneEditor and the helper's own milestones.
import { Text, View } from '@tarojs/components';
import { MILESTONE_STATUSES } from '../../types';
import { useT } from '../i18n';
import { addDays, today } from '../services/time';
import { ChoiceList } from './ChoiceList';
import { DatePicker } from './DatePicker';
import type { MilestoneDraft } from './milestone-draft';

export function MilestoneFields({ draft, onChange }: { draft: MilestoneDraft; onChange(patch: Partial<MilestoneDraft>): void }) {
  const t = useT();
  const now = today();
  const date = (label: string, value: string, max: string, set: (v: string) => void) => (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <DatePicker label={label} value={value} min={addDays(now, -3650)} max={max} onChange={set} />
    </View>
  );
  return (
    <View>
      <View className='field'>
        <Text className='field__label'>{t('milestone.status')}</Text>
        <ChoiceList
          label={t('milestone.status')}
          choices={MILESTONE_STATUSES.map((s) => ({ id: s, label: t(`milestone.${s}`) }))}
          selected={draft.status}
          onSelect={(id) => onChange({ status: MILESTONE_STATUSES.find((s) => s === id) ?? draft.status })}
        />
      </View>
      {date(t('milestone.plannedOn'), draft.plannedOn, addDays(now, 3650), (plannedOn) => onChange({ plannedOn }))}
      {date(t('milestone.startedOn'), draft.startedOn, now, (startedOn) => onChange({ startedOn }))}
      {draft.status === 'done' ? date(t('milestone.completedOn'), draft.completedOn, now, (completedOn) => onChange({ completedOn })) : null}
    </View>
  );
}
