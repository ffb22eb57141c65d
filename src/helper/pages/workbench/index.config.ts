export default definePageConfig({ navigationBarTitleText: '帮办员工作台' });
