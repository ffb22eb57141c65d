// Resident pages live in the main package; helper and supervisor areas are subpackages, loaded only by those roles.
export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/login/index',
    'pages/cases/index',
    'pages/case/index',
    'pages/call/index',
    'pages/book/index',
    'pages/catalogue/index',
    'pages/item/index',
    'pages/apply/index',
    'pages/messages/index',
    'pages/family/index',
    'pages/letter/index',
    'pages/profile/index',
    'pages/complaint/index',
    'pages/enterprise/index',
    'pages/card/index',
  ],
  subPackages: [
    { root: 'helper', pages: ['pages/workbench/index', 'pages/task/index', 'pages/file-for/index'] },
    { root: 'supervisor', pages: ['pages/console/index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0b57a4',
    navigationBarTitleText: '乌审旗帮办代办',
    navigationBarTextStyle: 'white',
  },
});
