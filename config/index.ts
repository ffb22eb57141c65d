import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import { BootShellPlugin } from './boot-shell-plugin';
import { PrecompressPlugin } from './precompress-plugin';
import { RoutePreloadPlugin } from './route-preload-plugin';
import prodConfig from './prod';

// types/ holds runtime values (the status table, error codes) imported by the app: Taro compiles only src/ unless told.
const typesDir = path.resolve(__dirname, '..', 'types');
const stub = (name: string) => path.resolve(__dirname, 'h5-stubs', name);

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'wushen-bangban',
    date: '2026-11-27',
    // One design width for our styles and NutUI's (NutUI is drawn at 375): 1 CSS px in our files = 1 px at 375 wide.
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV ?? 'h5'}`,
    plugins: [],
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [typesDir] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // Taro's React-made H5 components (plain elements) instead of its Stencil web components: no web-component
      // runtime in the first load (~17 KB Brotli less on the home page) and less work before the first page is drawn.
      // Textarea has no React version and still comes as a web component, on the pages that use one.
      useHtmlComponents: true,
      webpackChain(chain) {
        chain.resolve.alias
          .set('whatwg-fetch$', stub('native-already.js'))
          .set('abortcontroller-polyfill/dist/abortcontroller-polyfill-only$', stub('native-already.js'))
          .set('jsonp-retry$', stub('jsonp-unsupported.js'));
        chain.plugin('route-preload').use(RoutePreloadPlugin);
        chain.plugin('boot-shell').use(BootShellPlugin);
        // Brotli at its highest level takes seconds: worth it once per release build, not on every watch rebuild.
        if (process.env.NODE_ENV !== 'development') chain.plugin('precompress').use(PrecompressPlugin);
      },
      compile: { include: [typesDir] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        // Real CSS px in H5 so text sizes are what the accessibility numbers say, and browser zoom works.
        pxtransform: { enable: false, config: {} },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
