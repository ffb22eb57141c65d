// The supervisor console is one page with tabs and editors that open in place: the audit opens each of them in turn
// (every tab, the reassignment picker, the helper / item / enterprise / project / milestone editors, the new-item
// forms, and the agency point's cancel, change-helper, move and market-day forms) and checks each like a page. Controls are found by the
// app's own words in the language being audited.
import type { Page } from 'playwright-core';
import { mn } from '../../src/i18n/mn';
import type { MessageKey } from '../../src/i18n/messages';
import { zhCN } from '../../src/i18n/zh-CN';

export interface ConsoleView {
  name: string;
  open(page: Page): Promise<void>;
}

const TABS = ['ratings', 'complaints', 'stats', 'deliveries', 'helpers', 'agency', 'catalogue', 'enterprises'] as const;

export function consoleViews(language: string): ConsoleView[] {
  const words: Record<MessageKey, string> = language === 'mn' ? mn : zhCN;
  /** The first visible control (button, radio, or file picker label) whose text is exactly these words. */
  const control = (page: Page, key: MessageKey) =>
    page.locator('[role=button], [role=radio], label').filter({ visible: true }).filter({ hasText: new RegExp(`^\\s*${escape(words[key])}\\s*$`) }).first();
  const tap = (key: MessageKey) => async (page: Page) => control(page, key).click();
  const tab = (id: (typeof TABS)[number]) => async (page: Page) => page.locator('[role=radiogroup]').first().locator('[role=radio]', { hasText: words[`console.tab.${id}`] }).click();
  const then = (...steps: ((page: Page) => Promise<void>)[]) => async (page: Page) => {
    for (const step of steps) await step(page);
  };
  const cancel = tap('admin.cancel');
  return [
    { name: 'reassign picker', open: tap('reassign.toHelper') },
    ...TABS.slice(0, 4).map((id) => ({ name: `${id} tab`, open: tab(id) })),
    { name: 'helpers tab', open: tab('helpers') },
    { name: 'helper editor', open: tap('admin.edit') },
    { name: 'new helper', open: then(cancel, tap('admin.newHelper')) },
    { name: 'agency tab', open: then(cancel, tab('agency')) },
    { name: 'cancel agency day', open: tap('agency.cancel') },
    { name: 'change agency day helper', open: then(cancel, tap('agency.changeHelper')) },
    { name: 'move agency day', open: then(cancel, tap('agency.changePlace')) },
    { name: 'new market day', open: then(cancel, tap('agency.addMarket')) },
    { name: 'catalogue tab', open: then(cancel, tab('catalogue')) },
    { name: 'item editor', open: tap('admin.edit') },
    { name: 'new item', open: then(cancel, tap('admin.newItem')) },
    { name: 'enterprises tab', open: then(cancel, tab('enterprises')) },
    { name: 'new enterprise', open: tap('enterprise.new') },
    { name: 'new project', open: then(cancel, tap('project.new')) },
    { name: 'milestone editor', open: then(cancel, tap('milestone.update')) },
  ];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
