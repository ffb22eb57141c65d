// Editing one helper or grid worker: township, then (grid workers) the villages of their grid, the departments they
// know (the catalogue's), the languages they speak, duty and daily capacity. Saved in one request. HelperCreate
// asks the same questions (HelperFields) after the name, phone and kind.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { LANGUAGE_CODES, type HelperAdminView, type HelperKind, type HelperUpdateBody, type LanguageCode, type TownshipView } from '../../../types';
import { ChoiceList } from '../../components/ChoiceList';
import { useT, type Translate } from '../../i18n';
import { updateHelper } from './api';
import { CheckList, SaveCancel, Stepper, Toggle } from './controls';
import { useAction } from './use-action';

export type HelperDraft = Required<HelperUpdateBody>;

const draftOf = (h: HelperAdminView): HelperDraft => ({
  townshipId: h.townshipId,
  gridVillageIds: h.gridVillageIds,
  skills: h.skills,
  languages: h.languages,
  onDuty: h.onDuty,
  capacityPerDay: h.capacityPerDay,
});

/** What the draft still lacks, in words; null when it may be saved. */
export function helperDraftProblem(kind: HelperKind, draft: HelperDraft, t: Translate): string | null {
  if (!draft.townshipId) return t('admin.needTownship');
  if (kind === 'grid_worker' && draft.gridVillageIds.length === 0) return t('admin.needVillage');
  if (draft.languages.length === 0) return t('admin.needLanguage');
  return null;
}

export interface HelperFieldsProps {
  kind: HelperKind;
  draft: HelperDraft;
  change(patch: Partial<HelperDraft>): void;
  places: readonly TownshipView[];
  /** the catalogue's departments, and any the helper already has */
  skills: readonly string[];
}

export function HelperFields({ kind, draft, change, places, skills }: HelperFieldsProps) {
  const t = useT();
  const township = places.find((p) => p.id === draft.townshipId);
  return (
    <>
      <View className='field'>
        <Text className='field__label'>{t('admin.township')}</Text>
        <ChoiceList
          label={t('admin.township')}
          choices={places.map((p) => ({ id: p.id, label: p.name }))}
          selected={draft.townshipId || null}
          // A grid belongs to one township: moving township starts the grid afresh.
          onSelect={(id) => id !== draft.townshipId && change({ townshipId: id, gridVillageIds: [] })}
        />
      </View>
      {kind === 'grid_worker' && township ? (
        <CheckList
          label={t('admin.gridVillages')}
          choices={township.villages.map((v) => ({ id: v.id, label: v.name }))}
          selected={draft.gridVillageIds}
          onChange={(gridVillageIds) => change({ gridVillageIds })}
        />
      ) : null}
      <CheckList label={t('admin.skills')} choices={skills.map((s) => ({ id: s, label: s }))} selected={draft.skills} onChange={(next) => change({ skills: next })} />
      <CheckList
        label={t('admin.languages')}
        choices={LANGUAGE_CODES.map((l) => ({ id: l, label: t(`language.${l}`) }))}
        selected={draft.languages}
        onChange={(ids) => change({ languages: ids.filter((l): l is LanguageCode => (LANGUAGE_CODES as readonly string[]).includes(l)) })}
      />
      <View className='row'>
        <Toggle label={draft.onDuty ? t('workbench.onDuty') : t('workbench.offDuty')} on={draft.onDuty} onChange={(onDuty) => change({ onDuty })} />
      </View>
      <Stepper label={t('admin.capacity')} value={draft.capacityPerDay} min={1} max={30} onChange={(capacityPerDay) => change({ capacityPerDay })} />
    </>
  );
}

export interface HelperEditorProps {
  helper: HelperAdminView;
  places: readonly TownshipView[];
  skills: readonly string[];
  onSaved(helper: HelperAdminView): void;
  onCancel(): void;
}

export function HelperEditor({ helper, places, skills, onSaved, onCancel }: HelperEditorProps) {
  const t = useT();
  const [draft, setDraft] = useState(() => draftOf(helper));
  const { message, setMessage, busy, run } = useAction();
  const change = (patch: Partial<HelperDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = () => {
    const problem = helperDraftProblem(helper.kind, draft, t);
    return problem ? setMessage(problem) : run(() => updateHelper(helper.id, draft), onSaved);
  };
  return (
    <View role='group' aria-label={t('admin.editHelper', { name: helper.name })}>
      <Text className='card__title'>{t('admin.editHelper', { name: helper.name })}</Text>
      {/* A skill no longer in the catalogue stays listed, so it can be taken off. */}
      <HelperFields kind={helper.kind} draft={draft} change={change} places={places} skills={[...new Set([...skills, ...helper.skills])]} />
      <SaveCancel onSave={save} onCancel={onCancel} busy={busy} />
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
