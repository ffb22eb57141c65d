// H5: index.html carries a static first screen (the app's name, "loading") drawn before any JavaScript arrives
// (config/boot-shell-plugin.ts writes it). Pages are drawn over it; the first page to mount removes it.

/** The element's id in index.html (config/boot-shell-plugin.ts). */
const BOOT_SHELL_ID = 'boot-shell';

export function removeBootShell(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
  document.getElementById(BOOT_SHELL_ID)?.remove();
}
