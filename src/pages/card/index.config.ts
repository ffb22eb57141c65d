export default definePageConfig({ navigationBarTitleText: '企业数字名片', enableShareAppMessage: true });
