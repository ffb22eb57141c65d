// Typing and tapping the way Taro's H5 components hear it, for the console's component tests.
import type { render } from './render';

type Utils = Awaited<ReturnType<typeof render>>;

/** Taro's Input and Textarea report typing as an `input` event carrying detail.value. */
export function typeInto(utils: Utils, placeholder: string, value: string): void {
  const el = utils.queries.queryByPlaceholder(placeholder);
  if (!el) throw new Error(`no field with placeholder ${placeholder}`);
  el.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
}

/** A control found by its accessible name (aria-label), as a screen reader user would find it. */
export function tapLabelled(utils: Utils, label: string): void {
  const el = utils.queries.queryByAttribute('aria-label', label);
  if (!el) throw new Error(`no control labelled ${label}`);
  utils.fireEvent.click(el);
}
