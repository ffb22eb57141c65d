// The H5 React runtime entry has no type declarations of its own; the setup file needs only this function.
declare module '@tarojs/plugin-framework-react/dist/runtime' {
  export function createH5NativeComponentConfig(component: null, react: unknown, reactDom: unknown): void;
}
