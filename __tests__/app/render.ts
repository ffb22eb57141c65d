// Mount a component the way Taro's H5 runtime renders it, and read what a person would see.
import TestUtils from '@tarojs/test-utils-react';
import type { FunctionComponent } from 'react';
import { useSession } from '../../src/stores/session';
import { useSettings } from '../../src/stores/settings';

export async function render<P extends object>(component: FunctionComponent<P>, props?: P): Promise<TestUtils> {
  const utils = new TestUtils();
  // test-utils types props as a plain record; the component's own prop type was checked at the call site.
  await utils.mount(component as FunctionComponent<Record<string, unknown>>, props ? { props: props as Record<string, unknown> } : {});
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

/** Retries an assertion until it passes (or 5 s pass): for effects that finish after a network answer. */
export async function eventually(assertion: () => void, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** The innermost element whose whole text is `text`: a button's label ("确认"), not a sentence containing it ("等待确认"). */
export async function exactly(text: string): Promise<Element> {
  let found: Element | undefined;
  await eventually(() => {
    found = Array.from(document.querySelectorAll('*')).find((el) => el.children.length === 0 && el.textContent?.trim() === text);
    expect(found).toBeDefined();
  });
  return found as Element;
}
