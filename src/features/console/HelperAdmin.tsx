// Helpers and grid workers: who they are, where they serve, their skills and languages, duty and load. Duty is one
// tap; everything else (township, grid villages, skills, languages, capacity) is edited in HelperEditor; a new one
// is added with HelperCreate.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { HelperAdminView, TownshipView } from '../../../types';
import { errorKey, useT } from '../../i18n';
import { usePlaces } from '../../services/places';
import { useRemote } from '../../services/use-remote';
import { loadCatalogue, loadHelpers, updateHelper } from './api';
import { Toggle } from './controls';
import { departmentsOf } from './departments';
import { HelperCreate } from './HelperCreate';
import { HelperEditor } from './HelperEditor';
import { useAction } from './use-action';

function placeNames(h: HelperAdminView, places: readonly TownshipView[]): string {
  const township = places.find((p) => p.id === h.townshipId);
  const villages = h.gridVillageIds.map((id) => township?.villages.find((v) => v.id === id)?.name ?? id);
  return [township?.name ?? h.townshipId, ...villages].join(' · ');
}

/** Helper ids are u-…: this one never clashes. */
const NEW = 'new';

export function HelperAdmin() {
  const t = useT();
  const helpers = useRemote(loadHelpers, []);
  const catalogue = useRemote(loadCatalogue, []);
  const places = usePlaces();
  /** null: the list; 'new': a new helper; otherwise the id of the helper being edited. */
  const [editing, setEditing] = useState<string | null>(null);
  const { message, run } = useAction();
  const skills = departmentsOf(catalogue.data ?? []);
  if (helpers.error) return <Text className='message' role='alert'>{t(errorKey(helpers.error))}</Text>;
  if (editing === NEW) {
    const done = () => {
      setEditing(null);
      helpers.reload();
    };
    return <HelperCreate places={places} skills={skills} onSaved={done} onCancel={() => setEditing(null)} />;
  }
  return (
    <View>
      <View className='choice' role='button' tabIndex={0} onClick={() => setEditing(NEW)}>
        {t('admin.newHelper')}
      </View>
      <View role='list'>
        {(helpers.data?.items ?? []).map((h) => (
          <View key={h.id} className='card' role='listitem'>
            {editing === h.id ? (
              <HelperEditor
                helper={h}
                places={places}
                skills={skills}
                onCancel={() => setEditing(null)}
                onSaved={() => {
                  setEditing(null);
                  helpers.reload();
                }}
              />
            ) : (
              <>
                <Text className='card__title'>{`${h.name} · ${t(`helperKind.${h.kind}`)}`}</Text>
                <Text className='card__text'>{placeNames(h, places)}</Text>
                <Text className='card__text'>
                  {t('admin.helperLine', { skills: h.skills.join('、'), languages: h.languages.map((l) => t(`language.${l}`)).join('、'), open: h.openTasks, capacity: h.capacityPerDay })}
                </Text>
                <View className='row'>
                  <Toggle label={h.onDuty ? t('workbench.onDuty') : t('workbench.offDuty')} on={h.onDuty} onChange={(onDuty) => run(() => updateHelper(h.id, { onDuty }), helpers.reload)} />
                  <View className='choice' role='button' tabIndex={0} aria-label={t('admin.editHelper', { name: h.name })} onClick={() => setEditing(h.id)}>
                    {t('admin.edit')}
                  </View>
                </View>
              </>
            )}
          </View>
        ))}
      </View>
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
