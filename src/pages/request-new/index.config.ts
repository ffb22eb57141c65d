export default definePageConfig({ navigationBarTitleText: '请人上门帮忙' });
