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

/**
 * Text drawn in (nearly) its own background colour: axe leaves text inside Taro's and NutUI's custom elements
 * "incomplete" rather than failing it, which let a white-on-white button label through. The background is the first
 * ancestor's solid colour (white when none); a contrast under 1.5:1 is text nobody can read.
 */
export function unreadableText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgba = (css: string): number[] => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const backgroundOf = (el: Element): number[] => {
      for (let at: Element | null = el; at; at = at.parentElement) {
        const bg = rgba(getComputedStyle(at).backgroundColor);
        if (bg.length >= 3 && (bg.length < 4 || bg[3] > 0.5)) return bg;
      }
      return [255, 255, 255];
    };
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const text = Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (!text || r.width === 0 || r.height === 0 || style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) continue;
      const [a, b] = [luminance(rgba(style.color)), luminance(backgroundOf(el))];
      if ((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) < 1.5) found.push(text.slice(0, 40));
    }
    return found;
  });
}

/**
 * Reflow (WCAG 1.4.10): what a phone cuts off at its right edge. The page itself never scrolls sideways (the body
 * clips), so an element that runs past the viewport simply loses its border or its last words; found by eye once
 * (the Mongolian text-size buttons in elder mode). Elements inside something that scrolls sideways on purpose are
 * not counted, nor is anything vertical Mongolian text draws past its box.
 */
export function cutOffElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // A strip made to scroll sideways (a row of tabs, say); not the page's own scroller, which scrolls both ways and
    // whose scroll width is exactly what an overflow makes it.
    const scrollsSideways = (el: Element): boolean => {
      for (let at = el.parentElement; at; at = at.parentElement) {
        const { overflowX, overflowY } = getComputedStyle(at);
        const sideways = overflowX === 'auto' || overflowX === 'scroll';
        if (sideways && overflowY !== 'auto' && overflowY !== 'scroll' && at.scrollWidth > at.clientWidth) return true;
      }
      return false;
    };
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || style.display === 'none' || style.position === 'fixed') continue;
      if (r.right <= width + 1 || r.left >= width) continue;
      if (scrollsSideways(el)) continue;
      found.push(`${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} ${Math.round(r.right - width)}px: ${(el.textContent ?? '').trim().slice(0, 30)}`);
    }
    return found;
  });
}
