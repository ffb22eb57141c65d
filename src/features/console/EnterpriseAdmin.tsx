// 一企一档 for the service centre: every enterprise's projects with each milestone's status, helper, dates and
// documents, and an update button per milestone (MilestoneEditor); a new enterprise and a new project are added here
// (EnterpriseCreate), and the enterprise's digital card kept (CardPanel). The answer to an update is the whole archive,
// shown at once.
import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { EnterpriseArchive, HelperAdminView, MilestoneView } from '../../../types';
import { errorKey, useT, type Translate } from '../../i18n';
import { useRemote } from '../../services/use-remote';
import { listEnterprises, loadArchive } from '../enterprise/api';
import { CardPanel } from '../enterprise/CardPanel';
import { usePlaces } from '../../services/places';
import { loadHelpers } from './api';
import { EnterpriseCreate, ProjectCreate } from './EnterpriseCreate';
import { MilestoneEditor } from './MilestoneEditor';

function milestoneLine(m: MilestoneView, t: Translate): string {
  const dates = [
    m.plannedOn ? t('milestone.plannedOnShown', { date: m.plannedOn }) : null,
    m.startedOn ? t('milestone.startedOnShown', { date: m.startedOn }) : null,
    m.completedOn ? t('milestone.completedOnShown', { date: m.completedOn }) : null,
  ];
  const documents = m.documents.length ? t('milestone.documentCount', { count: m.documents.length }) : null;
  return [m.helper ? t('milestone.helper', { name: m.helper.name }) : t('milestone.nobody'), ...dates, documents, m.note].filter(Boolean).join(' · ');
}

function Archive({ id, helpers }: { id: string; helpers: readonly HelperAdminView[] }) {
  const t = useT();
  const loaded = useRemote(() => loadArchive(id), [id]);
  const [archive, setArchive] = useState<EnterpriseArchive | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [addingProject, setAddingProject] = useState(false);
  useEffect(() => setArchive(loaded.data), [loaded.data]);
  if (loaded.error) return <Text className='message' role='alert'>{t(errorKey(loaded.error))}</Text>;
  if (!archive) return <Text className='message'>{t('common.loading')}</Text>;
  return (
    <View>
      <Text className='section-title' lang='zh-CN'>{`${archive.name} · ${archive.townshipName}`}</Text>
      <CardPanel enterpriseId={archive.id} name={archive.name} />
      {addingProject ? (
        <ProjectCreate
          enterprise={archive}
          onCancel={() => setAddingProject(false)}
          onSaved={(next) => {
            setAddingProject(false);
            setArchive(next);
          }}
        />
      ) : (
        <View className='choice' role='button' tabIndex={0} aria-label={t('project.newFor', { name: archive.name })} onClick={() => setAddingProject(true)}>
          {t('project.new')}
        </View>
      )}
      {archive.projects.map((p) => (
        <View key={p.id} className='card' role='group' aria-label={p.name}>
          <Text className='card__title'>{`${p.name}（${p.done}/${p.total}）`}</Text>
          <View role='list'>
            {p.milestones.map((m) => (
              <View key={m.id} className='material' role='listitem'>
                {editing === m.id ? (
                  <MilestoneEditor
                    milestone={m}
                    helpers={helpers}
                    onCancel={() => setEditing(null)}
                    onSaved={(next) => {
                      setEditing(null);
                      setArchive(next);
                    }}
                  />
                ) : (
                  <>
                    <Text className='card__text badge'>{`${m.name} · ${t(`milestone.${m.status}`)}`}</Text>
                    <Text className='card__text'>{milestoneLine(m, t)}</Text>
                    <View className='choice' role='button' tabIndex={0} aria-label={t('milestone.edit', { name: m.name })} onClick={() => setEditing(m.id)}>
                      {t('milestone.update')}
                    </View>
                  </>
                )}
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}

export function EnterpriseAdmin() {
  const t = useT();
  const list = useRemote(listEnterprises, []);
  const helpers = useRemote(loadHelpers, []);
  const places = usePlaces();
  const [creating, setCreating] = useState(false);
  if (list.error) return <Text className='message' role='alert'>{t(errorKey(list.error))}</Text>;
  if (creating) {
    const done = () => {
      setCreating(false);
      list.reload();
    };
    return <EnterpriseCreate places={places} onSaved={done} onCancel={() => setCreating(false)} />;
  }
  const items = list.data?.items ?? [];
  return (
    <View>
      <View className='choice' role='button' tabIndex={0} onClick={() => setCreating(true)}>
        {t('enterprise.new')}
      </View>
      {list.data && items.length === 0 ? <Text className='message'>{t('enterprise.none')}</Text> : null}
      {items.map((e) => (
        <Archive key={e.id} id={e.id} helpers={helpers.data?.items ?? []} />
      ))}
    </View>
  );
}
