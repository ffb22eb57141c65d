// Resident pages live in the main package; helper and supervisor areas are subpackages, loaded only by those roles.
export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/login/index',
    'pages/request-new/index',
    'pages/cases/index',
    'pages/case/index',
  ],
  subPackages: [
    { root: 'helper', pages: ['pages/workbench/index'] },
    { root: 'supervisor', pages: ['pages/console/index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0b57a4',
    navigationBarTitleText: '乌审旗帮办代办',
    navigationBarTextStyle: 'white',
  },
});
