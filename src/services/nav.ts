// Page addresses in one place, so a moved page is changed once.
import Taro from '@tarojs/taro';

export const PAGES = {
  home: '/pages/index/index',
  login: '/pages/login/index',
  cases: '/pages/cases/index',
  case: '/pages/case/index',
  call: '/pages/call/index',
  book: '/pages/book/index',
  catalogue: '/pages/catalogue/index',
  item: '/pages/item/index',
  apply: '/pages/apply/index',
  messages: '/pages/messages/index',
  family: '/pages/family/index',
  profile: '/pages/profile/index',
  complaint: '/pages/complaint/index',
  enterprise: '/pages/enterprise/index',
  card: '/pages/card/index',
  workbench: '/helper/pages/workbench/index',
  task: '/helper/pages/task/index',
  fileFor: '/helper/pages/file-for/index',
  letter: '/pages/letter/index',
  console: '/supervisor/pages/console/index',
} as const;

export const go = (url: string) => void Taro.navigateTo({ url });
export const replaceWith = (url: string) => void Taro.redirectTo({ url });
/** `replace`: after submitting a form, the case replaces the form (back does not return to a sent form). */
export const openCase = (id: string, replace = false) =>
  (replace ? replaceWith : go)(`${PAGES.case}?id=${encodeURIComponent(id)}`);

/** Pages that need a session send the visitor to sign in, then back. */
export function toSignIn(returnTo: string): void {
  replaceWith(`${PAGES.login}?next=${encodeURIComponent(returnTo)}`);
}
