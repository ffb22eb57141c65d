// 亲属代办 end to end, in the browser: a son asks to act for his mother, comes back later for a new code and confirms
// it; she sees on her family page that he may act for her and withdraws it; his page no longer lists her.
import type { Page } from 'playwright-core';
import { serverAndPhones } from './harness';
import { field, see, signIn } from './ui';

jest.setTimeout(150_000);

const env = serverAndPhones();

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).filter({ visible: true }).first();

/** A fresh visit to the family page (a new document: nothing kept on screen from before). */
async function openFamilyPage(page: Page): Promise<void> {
  await page.goto(`${env.url()}/#/pages/family/index`);
  await page.reload();
  await see(page, '添加家人后，您可以替他们申请、查看进度。');
}

test('a code sent again confirms the link; the mother withdraws it from her own page', async () => {
  const son = await env.phone();
  await signIn(son, env.url(), '13800000003');
  await openFamilyPage(son);
  await field(son, '家人的手机号').fill('13800000002');
  await field(son, '怎么称呼').fill('妈妈');
  await field(son, '和您的关系（如：母亲）').fill('母亲');
  await button(son, '添加，发验证码给家人').click();
  await see(son, '演示模式：家人的验证码是');

  // Later, on another visit to the page: the first code is gone from the screen, so he asks for a new one.
  await openFamilyPage(son);
  await see(son, '等待确认');
  await button(son, '重新发验证码给家人').click();
  await see(son, '新的验证码已发到家人的手机，以前的验证码不能再用了。');
  const banner = (await son.getByText(/演示模式：家人的验证码是 \d{6}/).filter({ visible: true }).first().textContent()) ?? '';
  await field(son, '家人收到的验证码').fill(/(\d{6})/.exec(banner)?.[1] ?? '');
  await button(son, '确认').click();
  await see(son, '已确认，可以代办');

  const mother = await env.phone();
  await signIn(mother, env.url(), '13800000002');
  await openFamilyPage(mother);
  await see(mother, '谁可以替我办事');
  await see(mother, '可以替您申请、查看您的进度。');
  await button(mother, '解除，不让TA再替我办').click();
  await see(mother, '将不能再替您申请，也看不到您的事情了。');
  await button(mother, '确定解除').click();
  await see(mother, '已解除。');
  // the list reloads after the answer: the section goes once it is back
  await mother.getByText('谁可以替我办事').first().waitFor({ state: 'hidden' });

  await openFamilyPage(son);
  await see(son, '还没有添加家人。');
  expect(await son.getByText('已确认，可以代办').filter({ visible: true }).count()).toBe(0);
});
