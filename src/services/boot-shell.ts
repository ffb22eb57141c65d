// H5: index.html carries a static first screen (the app's name, "loading") drawn before any JavaScript arrives
// (config/boot-shell-plugin.ts writes it). Pages are drawn over it; the first page to mount removes it. Work that should
// not compete with the first page (fetching the Mongolian font for a Chinese reader) waits for that page here.

/** The element's id in index.html (config/boot-shell-plugin.ts). */
const BOOT_SHELL_ID = 'boot-shell';
const afterPage: (() => void)[] = [];
let pageShown = false;

function runAfterPage(): void {
  for (const task of afterPage.splice(0)) task();
}

/** Runs `task` once the first page is on screen and the main thread is idle (at once outside H5). */
export function afterFirstPage(task: () => void): void {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined' || pageShown) return task();
  afterPage.push(task);
}

/** Called by PageShell once a page has mounted. */
export function removeBootShell(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
  document.getElementById(BOOT_SHELL_ID)?.remove();
  if (pageShown) return;
  pageShown = true;
  // After the frame that shows the page (a hidden tab draws no frame: then when it is shown), when idle.
  window.requestAnimationFrame(() =>
    window.setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(runAfterPage, { timeout: 1000 });
      else runAfterPage();
    }, 0),
  );
}
