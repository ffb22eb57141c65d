// One jest run, three projects: app components (Taro test-utils on jsdom), server (HTTP through app.inject against
// a real migrated database), e2e (Chromium against the built H5 app and the real server).
const path = require('node:path');
const defineJestConfig = require('@tarojs/test-utils-react/dist/jest.js').default;

const testUtilsJest = path.dirname(require.resolve('@tarojs/test-utils-react/dist/jest/index.js'));
// ESM-only packages jest must transform; everything else in node_modules is left alone.
const esmPackages = [
  '@tarojs',
  '@nutui',
  '@stencil',
  'swiper',
  'ssr-window',
  'dom7',
  'lodash-es',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
];
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }];

const app = defineJestConfig({
  displayName: 'app',
  rootDir: __dirname,
  testMatch: ['<rootDir>/__tests__/app/**/*.test.{ts,tsx}'],
  setupFiles: [path.join(testUtilsJest, 'jest.setup.js'), '<rootDir>/__tests__/app/setup.ts'],
  transform: { '^.+\\.(js|jsx|ts|tsx|mjs)$': path.join(testUtilsJest, 'babel-transformer.js') },
  transformIgnorePatterns: [`<rootDir>/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json', 'jsx'],
  moduleNameMapper: {
    '^@tarojs/router$': '@tarojs/router/dist/index.cjs.js',
    '\\.(css|scss|less)$': '<rootDir>/__tests__/app/style-stub.js',
  },
});

// bail and verbose are run-level options, not per-project ones.
delete app.bail;
delete app.verbose;

module.exports = {
  projects: [
    app,
    {
      displayName: 'server',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/__tests__/server/**/*.test.ts'],
      transform: { '^.+\\.ts$': swc },
    },
    {
      displayName: 'e2e',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
      transform: { '^.+\\.ts$': swc },
    },
  ],
};
