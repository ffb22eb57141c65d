// The supervisor's board: every open case with its legal deadline in working days, cases marked 加急 first, then
// residents' asks for it, then the most pressing deadline, filtered by deadline state; a case is marked 加急 (or
// lifted, or the ask declined), goes back to dispatch, or to a named helper, each with a reason. (Words carry the
// state, not only colour.)
import { yuan } from '../track/MoneyTrail';
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { DEADLINE_STATES, REQUEST_KINDS, type CaseBoardRow, type DeadlineState, type RequestKind } from '../../../types';
import { usePlaces } from '../../services/places';
import { ChoiceList } from '../../components/ChoiceList';
import { errorKey, useT, type Translate } from '../../i18n';
import { ApiError } from '../../services/http';
import { useRemote } from '../../services/use-remote';
import { NoteAction } from '../../components/NoteAction';
import { loadBoard, reassign, setUrgency } from './api';
import { ReassignToHelper } from './ReassignToHelper';

function deadlineWords(row: CaseBoardRow, t: Translate): string {
  const d = row.legalDeadline;
  if (!d) return t('console.noDeadline');
  return d.workingDaysLeft < 0 ? t('case.overdue', { days: -d.workingDaysLeft }) : t('console.daysLeft', { days: d.workingDaysLeft, date: d.date });
}

export function CaseTable({ onOpen }: { onOpen(row: CaseBoardRow): void }) {
  const t = useT();
  const [state, setState] = useState<DeadlineState | null>(null);
  const [townshipId, setTownshipId] = useState<string | null>(null);
  const [kind, setKind] = useState<RequestKind | null>(null);
  const places = usePlaces();
  const board = useRemote(() => loadBoard({ deadlineState: state, townshipId, kind }), [state, townshipId, kind], 30_000);
  const [message, setMessage] = useState<string | null>(null);
  const counts = board.data?.counts;
  const act = (sent: Promise<unknown>) => sent.then(board.reload, (e: unknown) => setMessage(t(errorKey(e instanceof ApiError ? e.code : 'INTERNAL'))));
  return (
    <View>
      <ChoiceList
        label={t('console.filter')}
        choices={[
          { id: 'all', label: t('console.all') },
          ...DEADLINE_STATES.map((s) => ({ id: s, label: `${t(`deadline.${s}`)}${counts ? ` ${counts[s]}` : ''}` })),
        ]}
        selected={state ?? 'all'}
        onSelect={(id) => setState(DEADLINE_STATES.find((s) => s === id) ?? null)}
      />
      <ChoiceList
        label={t('request.township')}
        choices={[{ id: 'all', label: t('console.allTownships') }, ...places.map((p) => ({ id: p.id, label: p.name }))]}
        selected={townshipId ?? 'all'}
        onSelect={(id) => setTownshipId(id === 'all' ? null : id)}
      />
      <ChoiceList
        label={t('fileFor.kind')}
        choices={[{ id: 'all', label: t('console.allKinds') }, ...REQUEST_KINDS.map((k) => ({ id: k, label: t(`kind.${k}`) }))]}
        selected={kind ?? 'all'}
        onSelect={(id) => setKind(REQUEST_KINDS.find((k) => k === id) ?? null)}
      />
      {board.error ? <Text className='message' role='alert'>{t(errorKey(board.error))}</Text> : null}
      {board.data && board.data.items.length === 0 ? <Text className='message'>{t('console.noCases')}</Text> : null}
      <View role='list'>
        {(board.data?.items ?? []).map((row) => (
          <View key={row.id} className={`card deadline--${row.deadlineState}`} role='listitem'>
            {/* The lines are blocks (View), not inline Text: inside the button they would otherwise run together. */}
            <View role='button' tabIndex={0} onClick={() => onOpen(row)}>
              <View className='card__title'>{`${row.residentName}：${row.serviceItemName ?? row.description}`}</View>
              {row.urgentReason !== null ? <View className='card__text badge'>{t('console.urgentBadge', { reason: row.urgentReason })}</View> : null}
              {row.urgencyAsked !== null ? <View className='card__text badge'>{t('console.askedBadge', { reason: row.urgencyAsked })}</View> : null}
              {row.moneyHeldFen > 0 ? <View className='card__text badge'>{t('console.moneyHeld', { amount: yuan(row.moneyHeldFen), name: row.helper?.name ?? '' })}</View> : null}
              <View className='card__text badge'>{`${t(`deadline.${row.deadlineState}`)} · ${deadlineWords(row, t)}${row.escalated ? ` · ${t('console.escalated')}` : ''}`}</View>
              <View className='card__text'>
                {`${t(`kind.${row.kind}`)} · ${t(`status.${row.status}`)} · ${row.townshipName} ${row.villageName} · ${row.helper?.name ?? t('console.noHelper')}`}
              </View>
              {row.dispatch ? (
                <View className='card__text'>
                  {row.dispatch.day ? t('console.dispatchPlanned', { date: row.dispatch.day, note: row.dispatch.note }) : row.dispatch.note}
                </View>
              ) : null}
            </View>
            <NoteAction
              label={row.urgent ? t('console.liftUrgent') : t('console.markUrgent')}
              placeholder={row.urgent ? t('console.liftWhy') : t('console.urgentWhy')}
              onConfirm={(reason) => void act(setUrgency(row.id, !row.urgent, reason))}
            />
            {row.urgencyAsked !== null && !row.urgent ? (
              <NoteAction
                label={t('console.declineUrgency')}
                placeholder={t('console.declineWhy')}
                onConfirm={(reason) => void act(setUrgency(row.id, false, reason))}
              />
            ) : null}
            <NoteAction
              label={t('console.reassign')}
              placeholder={t('workbench.why')}
              onConfirm={(reason) => void act(reassign(row.id, reason))}
            />
            <ReassignToHelper caseId={row.id} onDone={board.reload} />
          </View>
        ))}
      </View>
      {message ? <Text className='message' role='alert'>{message}</Text> : null}
    </View>
  );
}
