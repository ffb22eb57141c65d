// Giving a case to a named helper from the board: the on-duty candidates, best fit first, each with their load now
// (a full one says so), then the reason, which goes on the resident's timeline.
import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { ReassignCandidate } from '../../../types';
import { ChoiceList } from '../../components/ChoiceList';
import { errorKey, useT, type Translate } from '../../i18n';
import { useRemote } from '../../services/use-remote';
import { loadCandidates, reassign } from './api';
import { SaveCancel } from './controls';
import { useAction } from './use-action';

function candidateLabel(c: ReassignCandidate, t: Translate): string {
  const fit = [c.ownGrid ? t('reassign.ownGrid') : c.sameTownship ? t('reassign.sameTownship') : c.townshipName, c.hasSkill === false ? t('reassign.noSkill') : null];
  const load = t('reassign.load', { open: c.openTasks, capacity: c.capacityPerDay });
  const full = c.openTasks >= c.capacityPerDay ? t('reassign.full') : null;
  return [`${c.name}（${t(`helperKind.${c.kind}`)}）`, ...fit, load, full, t('reassign.distance', { km: c.distanceKm })].filter(Boolean).join(' · ');
}

function Picker({ caseId, onDone, onClose }: { caseId: string; onDone(): void; onClose(): void }) {
  const t = useT();
  const candidates = useRemote(() => loadCandidates(caseId), [caseId]);
  const [helperId, setHelperId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const { message, setMessage, busy, run } = useAction();
  const confirm = () => {
    if (!helperId) return setMessage(t('reassign.pick'));
    if (!reason.trim()) return setMessage(t('reassign.needReason'));
    return run(() => reassign(caseId, reason.trim(), helperId), onDone);
  };
  const items = candidates.data?.items ?? [];
  return (
    <View className='field' role='group' aria-label={t('reassign.toHelper')}>
      <Text className='field__label'>{t('reassign.toHelper')}</Text>
      {candidates.error ? <Text className='message' role='alert'>{t(errorKey(candidates.error))}</Text> : null}
      {candidates.data && items.length === 0 ? <Text className='message'>{t('reassign.none')}</Text> : null}
      <ChoiceList label={t('reassign.toHelper')} choices={items.map((c) => ({ id: c.id, label: candidateLabel(c, t) }))} selected={helperId} onSelect={setHelperId} />
      <Input className='field__input' value={reason} placeholder={t('workbench.why')} aria-label={t('workbench.why')} onInput={(e) => setReason(e.detail.value)} />
      <SaveCancel onSave={confirm} onCancel={onClose} busy={busy} saveLabel={t('reassign.confirm')} />
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}

export function ReassignToHelper({ caseId, onDone }: { caseId: string; onDone(): void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (open) {
    return (
      <Picker
        caseId={caseId}
        onClose={() => setOpen(false)}
        onDone={() => {
          setOpen(false);
          onDone();
        }}
      />
    );
  }
  return (
    <View className='choice' role='button' tabIndex={0} onClick={() => setOpen(true)}>
      {t('reassign.toHelper')}
    </View>
  );
}
