export default definePageConfig({ navigationBarTitleText: '办不成事' });
