// What a person with poor sight or unsteady hands meets on a page: the smallest target and the smallest text.
import type { Page } from 'playwright-core';

export interface PageMeasure {
  minPrimaryTargetPx: number | null;
  minTargetPx: number | null;
  minBodyFontPx: number | null;
  smallestText: string | null;
}

/** Primary controls are the big actions; every other interactive element must still be a comfortable target. */
const PRIMARY = '.big-button__control, .phone-link';
const INTERACTIVE = `${PRIMARY}, [role=button], [role=radio], [role=switch], a[href], input, textarea`;

export function measurePage(page: Page): Promise<PageMeasure> {
  return page.evaluate(
    ({ primary, interactive }) => {
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
      };
      const minSide = (selector: string) => {
        const sides = Array.from(document.querySelectorAll(selector))
          .filter(visible)
          // Native inputs inside Taro's wrappers, and file inputs inside their big label (PhotoPicker), are measured by
          // the wrapper: that is the target a finger meets.
          .map((el) => (el.closest('taro-input-core, .taro-input-core, taro-textarea-core, label') ?? el).getBoundingClientRect())
          .map((r) => Math.min(r.width, r.height));
        return sides.length ? Math.round(Math.min(...sides) * 10) / 10 : null;
      };
      let minFont: number | null = null;
      let smallestText: string | null = null;
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        const hasText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
        if (!hasText || !visible(el)) continue;
        const size = Number.parseFloat(getComputedStyle(el).fontSize);
        if (minFont === null || size < minFont) {
          minFont = size;
          smallestText = (el.textContent ?? '').trim().slice(0, 40);
        }
      }
      return { minPrimaryTargetPx: minSide(primary), minTargetPx: minSide(interactive), minBodyFontPx: minFont, smallestText };
    },
    { primary: PRIMARY, interactive: INTERACTIVE },
  );
}
