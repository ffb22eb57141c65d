export default definePageConfig({ navigationBarTitleText: '乌审旗帮办代办' });
