// How a person drives the H5 app: by visible text, roles and placeholders.
import type { Page } from 'playwright-core';

export async function signIn(page: Page, baseUrl: string, phone: string): Promise<void> {
  await page.goto(`${baseUrl}/#/pages/index/index`);
  await page.getByRole('button', { name: '登录 / 注册' }).click();
  await field(page, '请输入11位手机号').fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  const banner = page.getByText(/演示模式：验证码是 \d{6}/);
  await banner.waitFor();
  const code = /(\d{6})/.exec((await banner.textContent()) ?? '')?.[1] ?? '';
  await field(page, '请输入6位验证码').fill(code);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  // Signed in means back on the home screen with the greeting: only then is the next navigation safe.
  await page.getByText(/^您好，/).filter({ visible: true }).first().waitFor();
}

/** Taro keeps earlier pages of the stack in the DOM, hidden: a person only sees the visible one. */
export async function see(page: Page, text: string): Promise<void> {
  await page.getByText(text).filter({ visible: true }).first().waitFor();
}

/** The native input or textarea inside Taro's H5 form component, found by its placeholder as a person sees it. */
export function field(page: Page, placeholder: string) {
  return page.locator(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`);
}

export async function expectChecked(page: Page, group: string, label: string): Promise<void> {
  const choice = page.getByRole('radiogroup', { name: group }).filter({ visible: true }).getByRole('radio', { name: label });
  await choice.waitFor();
  expect(await choice.getAttribute('aria-checked')).toBe('true');
}
