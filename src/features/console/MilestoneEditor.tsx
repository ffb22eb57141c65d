// A supervisor updates one 一企一档 milestone: status, planned / started / completed dates, the helper who works it,
// its documents with their scans (MilestoneDocuments), and a note. Only what changed is sent (by POST: the mini-program has no PATCH); the server keeps the dates
// consistent with the status and tells the enterprise contact and a newly assigned helper.
import { Text, View } from '@tarojs/components';
import type { EnterpriseArchive, HelperAdminView, MilestoneView } from '../../../types';
import { ChoiceList } from '../../components/ChoiceList';
import { useT } from '../../i18n';
import { updateMilestone } from './api';
import { SaveCancel, TextField } from './controls';
import { MilestoneDocuments } from '../../components/MilestoneDocuments';
import { MilestoneFields } from '../../components/MilestoneFields';
import { useMilestoneDraft } from '../../components/milestone-draft';

const NOBODY = 'nobody';

export interface MilestoneEditorProps {
  milestone: MilestoneView;
  helpers: readonly HelperAdminView[];
  onSaved(archive: EnterpriseArchive): void;
  onCancel(): void;
}

export function MilestoneEditor({ milestone, helpers, onSaved, onCancel }: MilestoneEditorProps) {
  const t = useT();
  const { draft, change, save, message, busy } = useMilestoneDraft(milestone, updateMilestone, onSaved);
  const title = t('milestone.edit', { name: milestone.name });
  return (
    <View role='group' aria-label={title}>
      <Text className='card__title'>{title}</Text>
      <MilestoneFields draft={draft} onChange={change} />
      <View className='field'>
        <Text className='field__label'>{t('milestone.assignHelper')}</Text>
        <ChoiceList
          label={t('milestone.assignHelper')}
          choices={[{ id: NOBODY, label: t('milestone.nobody') }, ...helpers.map((h) => ({ id: h.id, label: `${h.name}（${t(`helperKind.${h.kind}`)}）` }))]}
          selected={draft.helperId ?? NOBODY}
          onSelect={(id) => change({ helperId: id === NOBODY ? null : id })}
        />
      </View>
      <MilestoneDocuments documents={draft.documents} onChange={(documents) => change({ documents })} />
      <TextField label={t('milestone.note')} value={draft.note} onChange={(note) => change({ note })} />
      <SaveCancel onSave={save} onCancel={onCancel} busy={busy} />
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
