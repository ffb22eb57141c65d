// Mount a component the way Taro's H5 runtime renders it, and read what a person would see.
import TestUtils from '@tarojs/test-utils-react';
import type { FunctionComponent } from 'react';
import { useSession } from '../../src/stores/session';
import { useSettings } from '../../src/stores/settings';

export async function render<P extends Record<string, unknown>>(component: FunctionComponent<P>, props?: P): Promise<TestUtils> {
  const utils = new TestUtils();
  await utils.mount(component, props ? { props } : {});
  return utils;
}

/** Everything on screen as text, whitespace collapsed. */
export function screenText(): string {
  return (document.body.textContent ?? '').replace(/\s+/g, ' ');
}

export async function waitForText(utils: TestUtils, text: string): Promise<Element> {
  return utils.queries.waitForQueryByText(text, undefined, { timeout: 5000 }) as Promise<Element>;
}

export function resetStores(): void {
  useSession.setState({ token: null, user: null });
  useSettings.setState({ language: 'zh-CN' });
  document.body.innerHTML = '';
}
