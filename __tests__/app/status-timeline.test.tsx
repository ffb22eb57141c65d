import { StatusTimeline } from '../../src/components/StatusTimeline';
import { translate } from '../../src/i18n';
import type { TimelineEntry } from '../../types';
import { render, resetStores, screenText } from './render';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('zh-CN', key, params);

const entries: TimelineEntry[] = [
  { id: 1, from: null, to: 'submitted', at: '2026-11-27T02:00:00.000Z', actor: 'resident', actorName: '其其格', note: null },
  { id: 2, from: 'submitted', to: 'triaged', at: '2026-11-27T02:00:01.000Z', actor: 'system', actorName: null, note: '类型：上门服务' },
  { id: 3, from: 'triaged', to: 'offered', at: '2026-11-27T02:00:02.000Z', actor: 'system', actorName: null, note: '本村（嘎查）网格员' },
  { id: 4, from: 'offered', to: 'assigned', at: '2026-11-27T02:05:00.000Z', actor: 'helper', actorName: '乌日娜', note: null },
];

beforeEach(resetStores);

test('shows every step newest first, in words, with who took it, when (banner time) and why', async () => {
  await render(StatusTimeline, { entries, t });
  const statuses = Array.from(document.querySelectorAll('.timeline__status')).map((el) => el.textContent);
  expect(statuses).toEqual(['帮办员已接单', '已派给帮办员', '已受理，正在派单', '已提交']);
  const text = screenText();
  expect(text).toContain('11月27日 10:05 · 乌日娜');
  expect(text).toContain('11月27日 10:00 · 系统');
  expect(text).toContain('本村（嘎查）网格员');
});

test('a Mongolian reader sees the system’s notes in Mongolian; a note a person typed stays as typed', async () => {
  const mn = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('mn', key, params);
  const coded: TimelineEntry[] = [
    { ...entries[1]!, note: '类型：代办', noteKey: 'kind', noteParams: { kind: 'delegate' } },
    { ...entries[2]!, note: '本村（嘎查）网格员', noteKey: 'dispatched', noteParams: {} },
    { id: 5, from: 'offered', to: 'triaged', at: '2026-11-27T03:00:00.000Z', actor: 'helper', actorName: '王海军', note: '婉拒：今天在外地', noteKey: 'declined', noteParams: { reason: '今天在外地' } },
    { id: 6, from: 'assigned', to: 'suspended', at: '2026-11-27T04:00:00.000Z', actor: 'helper', actorName: '乌日娜', note: '等家属回来' },
  ];
  await render(StatusTimeline, { entries: coded, t: mn });
  const notes = Array.from(document.querySelectorAll('.timeline__note')).map((el) => el.textContent ?? '');
  expect(notes).toEqual([
    '等家属回来', // typed by a person: as typed
    mn('timelineNote.declined', { reason: '今天在外地' }),
    mn('timelineNote.dispatched'),
    mn('timelineNote.kind', { kind: mn('kind.delegate') }),
  ]);
  for (const note of notes.slice(2)) expect(note).not.toMatch(/[\u4e00-\u9fff]/u);
  expect(notes[1]).toMatch(/^[\u1800-\u18AF\u202F\s]+᠄ 今天在外地$/u);
});

test('a step that left the status where it was (加急) is headed by its note, not by the status again', async () => {
  const urgent: TimelineEntry = {
    id: 7, from: 'assigned', to: 'assigned', at: '2026-11-27T06:00:00.000Z', actor: 'resident', actorName: '张桂兰',
    note: '居民申请加急：月底前要交材料', noteKey: 'urgencyAsked', noteParams: { reason: '月底前要交材料' },
  };
  await render(StatusTimeline, { entries: [...entries, urgent], t });
  const statuses = Array.from(document.querySelectorAll('.timeline__status')).map((el) => el.textContent);
  expect(statuses.slice(0, 2)).toEqual(['居民申请加急：月底前要交材料', '帮办员已接单']);
  expect(screenText()).toContain('11月27日 14:00 · 张桂兰 · 帮办员已接单');
  expect(document.querySelectorAll('.timeline__note')).toHaveLength(2);
});
