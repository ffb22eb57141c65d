// Taro's component types leave out the ARIA role and tabIndex; H5 passes them to the DOM, where screen readers and
// keyboards need them (the mini-program maps role to aria-role).
import '@tarojs/components/types/common';

declare module '@tarojs/components/types/common' {
  interface StandardProps {
    role?: string;
    tabIndex?: number;
    /** the language of this element's text, when it differs from the page's (the language switch) */
    lang?: string;
  }
}
