// Demo/seed data for Wushen Banner (乌审旗, Ordos, Inner Mongolia; division code 150626).
// seed.ts loads these constants idempotently; the shapes live in seed-types.ts.
//
// Provenance and caveats (please keep up to date):
// - Township coordinates are approximate WGS84 points for each town seat (the banner spans roughly
//   lat 37.6-39.4, lng 108.2-109.6). Village coordinates are plausible demo points near their township,
//   not surveyed locations.
// - Village names: 呼热胡社区 (嘎鲁图镇) and 乌审召嘎查 / 巴音陶勒盖嘎查 / 布日都嘎查 / 浩勒报吉村 / 巴嘎淖尔村 /
//   惠泽社区 (乌审召镇) are attested in public sources; 斯布扣嘎查 / 母杜柴达木村 / 沙沙滩村 / 巴音柴达木村 were
//   units of the former 达布察克镇 (now 嘎鲁图镇) and may since have been merged or renamed. Entries marked
//   "unverified" below come from memory of place names in the banner and must be checked against the
//   current 统计用区划代码 before the data is shown to real users.
// - 苏里格经济开发区 is a development zone, not a township with its own 嘎查村, so no villages are listed
//   under it; its blue-vest helpers serve residents registered in the surrounding towns.
// - Service items follow the usual Inner Mongolia 政务服务 办事指南 layout (一次告知 material lists, 法定/承诺时限,
//   fees). Exact local forms and time limits can differ between years; supervisors can edit them in the app.
import type {
  SeedHelper,
  SeedServiceItem,
  SeedTownship,
  SeedUser,
  SeedVillage,
} from './seed-types';

// ---------------------------------------------------------------------------------------------------------
// Townships (苏木镇) and the development zone
// ---------------------------------------------------------------------------------------------------------

export const townships: SeedTownship[] = [
  { id: 'galutu', name: '嘎鲁图镇', lat: 38.598, lng: 108.842 }, // banner seat
  { id: 'wushenzhao', name: '乌审召镇', lat: 39.061, lng: 108.953 },
  { id: 'tuke', name: '图克镇', lat: 39.072, lng: 109.398 }, // east end, ~70 km from 嘎鲁图, ~40 km from 乌审召
  { id: 'wulantaolegai', name: '乌兰陶勒盖镇', lat: 38.705, lng: 109.176 }, // approximate
  { id: 'wudinghe', name: '无定河镇', lat: 37.953, lng: 108.683 }, // south, on the 无定河 (萨拉乌苏 area)
  { id: 'sulide', name: '苏力德苏木', lat: 38.352, lng: 108.498 }, // south-west, largest sumu by area; approximate
  { id: 'sulige', name: '苏里格经济开发区', lat: 39.003, lng: 109.302 }, // development zone, approximate
];

// ---------------------------------------------------------------------------------------------------------
// Villages: 嘎查 (gacha), 村 (village), 社区 (community)
// ---------------------------------------------------------------------------------------------------------

export const villages: SeedVillage[] = [
  // 嘎鲁图镇
  { id: 'galutu-hurehu', townshipId: 'galutu', name: '呼热胡社区', kind: 'community', lat: 38.6031, lng: 108.8465 },
  { id: 'galutu-sibukou', townshipId: 'galutu', name: '斯布扣嘎查', kind: 'gacha', lat: 38.5214, lng: 108.9372 },
  { id: 'galutu-mudu', townshipId: 'galutu', name: '母杜柴达木村', kind: 'village', lat: 38.4927, lng: 108.7638 },
  { id: 'galutu-shashatan', townshipId: 'galutu', name: '沙沙滩村', kind: 'village', lat: 38.6583, lng: 108.7712 },
  { id: 'galutu-buzhai', townshipId: 'galutu', name: '布寨嘎查', kind: 'gacha', lat: 38.7096, lng: 108.9281 }, // unverified
  { id: 'galutu-bayinchaidamu', townshipId: 'galutu', name: '巴音柴达木村', kind: 'village', lat: 38.5502, lng: 108.6897 },

  // 乌审召镇
  { id: 'wushenzhao-wushenzhao', townshipId: 'wushenzhao', name: '乌审召嘎查', kind: 'gacha', lat: 39.0342, lng: 108.9127 },
  { id: 'wushenzhao-bayintaolegai', townshipId: 'wushenzhao', name: '巴音陶勒盖嘎查', kind: 'gacha', lat: 39.1486, lng: 108.8614 },
  { id: 'wushenzhao-buridu', townshipId: 'wushenzhao', name: '布日都嘎查', kind: 'gacha', lat: 38.9712, lng: 109.0335 },
  { id: 'wushenzhao-haolebaoji', townshipId: 'wushenzhao', name: '浩勒报吉村', kind: 'village', lat: 39.2268, lng: 108.7947 },
  { id: 'wushenzhao-huize', townshipId: 'wushenzhao', name: '惠泽社区', kind: 'community', lat: 39.0628, lng: 108.9561 },
  { id: 'wushenzhao-baganaoer', townshipId: 'wushenzhao', name: '巴嘎淖尔村', kind: 'village', lat: 39.1897, lng: 108.7302 },

  // 图克镇 (names unverified; 呼吉尔特 / 乌兰什巴台 continue former township names, 葫芦素 / 门克庆 are local place names)
  { id: 'tuke-hujierte', townshipId: 'tuke', name: '呼吉尔特嘎查', kind: 'gacha', lat: 39.1824, lng: 109.3046 },
  { id: 'tuke-hulusu', townshipId: 'tuke', name: '葫芦素嘎查', kind: 'gacha', lat: 39.0105, lng: 109.2553 },
  { id: 'tuke-menkeqing', townshipId: 'tuke', name: '门克庆嘎查', kind: 'gacha', lat: 38.9638, lng: 109.3712 },
  { id: 'tuke-wulanshibatai', townshipId: 'tuke', name: '乌兰什巴台嘎查', kind: 'gacha', lat: 39.2017, lng: 109.4963 },

  // 乌兰陶勒盖镇 (names unverified)
  { id: 'wulantaolegai-wulantaolegai', townshipId: 'wulantaolegai', name: '乌兰陶勒盖嘎查', kind: 'gacha', lat: 38.7213, lng: 109.1536 },
  { id: 'wulantaolegai-huangtaolegai', townshipId: 'wulantaolegai', name: '黄陶勒盖嘎查', kind: 'gacha', lat: 38.8142, lng: 109.0841 },
  { id: 'wulantaolegai-bayinxili', townshipId: 'wulantaolegai', name: '巴音希里嘎查', kind: 'gacha', lat: 38.6374, lng: 109.2625 },
  { id: 'wulantaolegai-chahanmiao', townshipId: 'wulantaolegai', name: '查汗庙嘎查', kind: 'gacha', lat: 38.7785, lng: 109.2918 },

  // 无定河镇 (farming area; 大沟湾 is the site of the 萨拉乌苏 excavations; names partly unverified)
  { id: 'wudinghe-henan', townshipId: 'wudinghe', name: '河南村', kind: 'village', lat: 37.9582, lng: 108.6934 },
  { id: 'wudinghe-paiziwan', townshipId: 'wudinghe', name: '排子湾村', kind: 'village', lat: 37.9016, lng: 108.6127 },
  { id: 'wudinghe-batuwan', townshipId: 'wudinghe', name: '巴图湾村', kind: 'village', lat: 38.0168, lng: 108.7583 },
  { id: 'wudinghe-dagouwan', townshipId: 'wudinghe', name: '大沟湾村', kind: 'village', lat: 37.8327, lng: 108.5641 },
  { id: 'wudinghe-nalinhe', townshipId: 'wudinghe', name: '纳林河村', kind: 'village', lat: 38.1963, lng: 108.8215 },

  // 苏力德苏木 (formed from the former 沙尔利格镇 and 陶利镇; names unverified)
  { id: 'sulide-shaerlige', townshipId: 'sulide', name: '沙尔利格嘎查', kind: 'gacha', lat: 38.3386, lng: 108.4712 },
  { id: 'sulide-taoli', townshipId: 'sulide', name: '陶利嘎查', kind: 'gacha', lat: 38.4927, lng: 108.6046 },
  { id: 'sulide-taoermiao', townshipId: 'sulide', name: '陶尔庙嘎查', kind: 'gacha', lat: 38.2541, lng: 108.3826 },
  { id: 'sulide-tailaiwusu', townshipId: 'sulide', name: '塔来乌素嘎查', kind: 'gacha', lat: 38.4213, lng: 108.3567 },
];

// ---------------------------------------------------------------------------------------------------------
// Service catalogue (事项清单): high-frequency items for elderly, disabled and rural residents
// ---------------------------------------------------------------------------------------------------------

export const serviceItems: SeedServiceItem[] = [
  {
    id: 'resident-pension-claim',
    name: '城乡居民养老保险待遇申领',
    department: '人社',
    timeLimitDays: 15,
    fee: '免费',
    promiseAllowed: false,
    deferralAllowed: true,
    online: false,
    skill: '人社',
    guide:
      '参加城乡居民基本养老保险、年满60周岁、累计缴费满15年（或符合国家过渡政策）且未领取其他基本养老保障待遇的人员可以申领。到达领取年龄前后向户籍所在地苏木镇便民服务中心或嘎查村（社区）便民服务站提出申请，由旗社保经办机构审核。审核通过后按月将养老金发放到本人社会保障卡或银行账户，领取期间需按规定每年进行领取资格认证。',
    keywords: ['养老金', '退休', '居民养老', '城乡居保', '60岁', '领养老钱'],
    materials: [
      { name: '居民身份证', form: 'original', count: 1, deferrable: false },
      { name: '居民户口簿', form: 'original', count: 1, deferrable: true },
      { name: '社会保障卡或本人银行卡', form: 'original', count: 1, deferrable: false, note: '用于发放养老金' },
      {
        name: '《城乡居民基本养老保险待遇申领表》',
        form: 'original',
        count: 1,
        deferrable: false,
        note: '窗口或帮办员处领取，本人签字或按手印',
      },
      { name: '近期一寸免冠彩色照片', form: 'original', count: 2, deferrable: true },
    ],
  },
  {
    id: 'senior-allowance',
    name: '高龄津贴申领',
    department: '民政',
    timeLimitDays: 20,
    fee: '免费',
    promiseAllowed: false,
    deferralAllowed: true,
    online: false,
    skill: '民政',
    guide:
      '具有本旗户籍、达到自治区和鄂尔多斯市规定年龄（一般为80周岁及以上）的老年人可以申领，津贴按年龄段分档发放。由本人或家属向嘎查村（社区）提出申请，苏木镇初审后报旗民政局审批。审批通过后定期发放到本人账户，领取期间需配合做好生存认证。',
    keywords: ['高龄补贴', '老年津贴', '长寿补贴', '80岁', '老人补贴'],
    materials: [
      { name: '居民身份证', form: 'original_and_copy', count: 1, deferrable: false },
      { name: '居民户口簿', form: 'original_and_copy', count: 1, deferrable: true },
      { name: '社会保障卡或本人银行卡', form: 'copy', count: 1, deferrable: false, note: '用于发放津贴' },
      { name: '《高龄津贴申请审批表》', form: 'original', count: 1, deferrable: false },
      { name: '近期一寸免冠彩色照片', form: 'original', count: 2, deferrable: true },
    ],
  },
  {
    id: 'disability-cert-apply',
    name: '残疾人证申领',
    department: '残联',
    timeLimitDays: 20,
    fee: '免费',
    promiseAllowed: false,
    deferralAllowed: true,
    online: false,
    skill: '残联',
    guide:
      '视力、听力、言语、肢体、智力、精神及多重残疾人可以申领第二代残疾人证。向户籍所在地旗残联提出申请（苏木镇可代收），到指定医疗机构进行残疾评定，行动不便的可申请上门评残。评定符合残疾标准的，由旗残联审核后发证；办证不收费。',
    keywords: ['残疾证', '办残疾证', '评残', '残疾鉴定', '残疾人'],
    materials: [
      { name: '居民身份证', form: 'original_and_copy', count: 1, deferrable: false, note: '未满16周岁的可用户口簿' },
      { name: '居民户口簿', form: 'original_and_copy', count: 1, deferrable: true },
      { name: '近期二寸免冠白底彩色照片', form: 'original', count: 3, deferrable: false },
      { name: '《中华人民共和国残疾人证申请表》', form: 'original', count: 1, deferrable: false },
      {
        name: '监护人身份证及监护关系证明',
        form: 'original_and_copy',
        count: 1,
        deferrable: true,
        note: '智力、精神残疾人或未成年人申请时提供',
      },
      {
        name: '近期相关病历或检查资料',
        form: 'original_and_copy',
        count: 1,
        deferrable: true,
        note: '供评定医生参考',
      },
    ],
  },
  {
    id: 'disability-cert-renew',
    name: '残疾人证换领',
    department: '残联',
    timeLimitDays: 15,
    fee: '免费',
    promiseAllowed: false,
    deferralAllowed: true,
    online: false,
    skill: '残联',
    guide:
      '残疾人证有效期将满或已满、证件严重损毁，或残疾类别、等级发生变化的，可以申请换领。向户籍所在地旗残联提出申请，残疾情况可能发生变化的需重新进行残疾评定。换领时交回原证，新证制作完成后可本人领取或由帮办员代领送达。',
    keywords: ['残疾证到期', '换残疾证', '残疾证过期', '残疾证损坏', '残疾等级变化'],
    materials: [
      { name: '原残疾人证', form: 'original', count: 1, deferrable: false, note: '证件遗失的请办理补领' },
      { name: '居民身份证', form: 'original_and_copy', count: 1, deferrable: false },
      { name: '居民户口簿', form: 'original_and_copy', count: 1, deferrable: true },
      { name: '近期二寸免冠白底彩色照片', form: 'original', count: 2, deferrable: false },
      { name: '《残疾人证换领申请表》', form: 'original', count: 1, deferrable: false },
    ],
  },
  {
    id: 'disability-two-subsidies',
    name: '困难残疾人生活补贴和重度残疾人护理补贴申请',
    department: '民政',
    timeLimitDays: 20,
    fee: '免费',
    promiseAllowed: false,
    deferralAllowed: true,
    online: false,
    skill: '民政',
    guide:
      '持有第二代残疾人证、属于最低生活保障家庭的残疾人可以申请困难残疾人生活补贴；残疾等级为一级、二级且需要长期照护的重度残疾人可以申请重度残疾人护理补贴（自治区规定的扩大对象按规定执行）。由本人或家属向苏木镇便民服务中心提出申请，经旗残联审核、旗民政局审定后按月发放。符合条件的两项补贴可以同时享受。',
    keywords: ['两项补贴', '残疾人补贴', '护理补贴', '生活补贴', '重度残疾'],
    materials: [
      { name: '居民身份证', form: 'original_and_copy', count: 1, deferrable: false },
      { name: '居民户口簿', form: 'original_and_copy', count: 1, deferrable: true },
      { name: '第二代残疾人证', form: 'original_and_copy', count: 1, deferrable: false },
      {
        name: '《困难残疾人生活补贴和重度残疾人护理补贴申请审批表》',
        form: 'original',
        count: 1,
        deferrable: false,
      },
      { name: '社会保障卡或本人银行卡', form: 'copy', count: 1, deferrable: true, note: '用于发放补贴' },
    ],
  },
  {
    id: 'minimum-living-allowance',
    name: '最低生活保障申请',
    department: '民政',
    timeLimitDays: 30,
    fee: '免费',
    promiseAllowed: false,
    deferralAllowed: true,
    online: false,
    skill: '民政',
    guide:
      '共同生活的家庭成员人均收入低于当地最低生活保障标准、且家庭财产状况符合规定的家庭，可以以家庭为单位向户籍所在地苏木镇申请。苏木镇受理后进行入户调查和家庭经济状况信息核对，并在嘎查村（社区）公示，由旗民政局审核确认。一般自受理之日起30个工作日内办结，情况复杂的可延长至45个工作日。',
    keywords: ['低保', '低保户', '生活困难', '吃低保', '救助金'],
    materials: [
      { name: '申请人及共同生活家庭成员居民身份证', form: 'original_and_copy', count: 1, deferrable: false },
      { name: '居民户口簿', form: 'original_and_copy', count: 1, deferrable: false },
      { name: '《最低生活保障申请书》', form: 'original', count: 1, deferrable: false },
      {
        name: '《家庭经济状况核对授权书》',
        form: 'original',
        count: 1,
        deferrable: false,
        note: '共同生活的家庭成员均需签字',
      },
      { name: '家庭收入和财产状况申报表', form: 'original', count: 1, deferrable: false },
      { name: '婚姻状况证明（结婚证、离婚证等）', form: 'copy', count: 1, deferrable: true },
      {
        name: '残疾人证、疾病诊断证明等特殊困难证明',
        form: 'original_and_copy',
        count: 1,
        deferrable: true,
        note: '家庭成员有残疾、重病等情况时提供',
      },
      { name: '社会保障卡或本人银行卡', form: 'copy', count: 1, deferrable: true, note: '用于发放低保金' },
    ],
  },
  {
    id: 'medical-offsite-filing',
    name: '医保异地就医备案',
    department: '医保',
    timeLimitDays: 1,
    fee: '免费',
    promiseAllowed: true,
    deferralAllowed: false,
    online: true,
    skill: '医保',
    guide:
      '参加职工医保或城乡居民医保、需要到参保地以外（特别是自治区外）就医的人员，可在就医前办理异地就医备案。可以通过国家医保服务平台APP、国家异地就医备案微信小程序、“蒙速办”或旗医保服务窗口办理，一般即时办结。异地长期居住人员可用个人承诺书代替居住证明；备案后在就医地联网定点医疗机构可直接结算。',
    keywords: ['异地就医', '外地看病', '跨省就医', '备案', '异地结算', '转院'],
    materials: [
      {
        name: '居民身份证、社会保障卡或医保电子凭证',
        form: 'original',
        count: 1,
        deferrable: false,
      },
      { name: '《异地就医备案登记表》', form: 'original', count: 1, deferrable: false, note: '线上办理时在平台填报' },
      {
        name: '个人承诺书',
        form: 'original',
        count: 1,
        deferrable: false,
        note: '异地长期居住人员可用承诺书代替居住证明',
      },
      {
        name: '转诊转院证明',
        form: 'original',
        count: 1,
        deferrable: false,
        note: '转外就医人员提供，由参保地定点医疗机构出具',
      },
    ],
  },
  {
    id: 'chronic-disease-outpatient',
    name: '门诊慢特病待遇认定',
    department: '医保',
    timeLimitDays: 10,
    fee: '免费',
    promiseAllowed: false,
    deferralAllowed: true,
    online: false,
    skill: '医保',
    guide:
      '参加基本医疗保险、患有高血压、糖尿病等门诊慢性病或特殊疾病（病种以自治区医保目录为准）的人员可以申请认定。向旗医保服务窗口或具备认定资格的定点医疗机构提出申请，按病种认定标准审核。认定通过后，在门诊看病、购药的费用可按规定报销。',
    keywords: ['慢病', '慢性病', '特殊病', '门特', '门诊报销', '高血压', '糖尿病'],
    materials: [
      { name: '居民身份证、社会保障卡或医保电子凭证', form: 'original', count: 1, deferrable: false },
      { name: '《门诊慢特病待遇认定申请表》', form: 'original', count: 1, deferrable: false },
      { name: '二级及以上医疗机构出具的诊断证明', form: 'original', count: 1, deferrable: false },
      {
        name: '近期病历、出院记录及相关检查检验报告',
        form: 'original_and_copy',
        count: 1,
        deferrable: true,
      },
    ],
  },
  {
    id: 'resident-medical-enrollment',
    name: '城乡居民医保参保登记',
    department: '医保',
    timeLimitDays: 1,
    fee: '登记免费；个人缴费按当年城乡居民医保个人缴费标准另行缴纳',
    promiseAllowed: false,
    deferralAllowed: false,
    online: true,
    skill: '医保',
    guide:
      '未参加职工医保的本地户籍居民、持居住证的常住人员、新生儿和在校学生等可以参加城乡居民医保。一般在每年集中缴费期内登记并缴费，新生儿等特殊人群可按规定随时参保。可通过“蒙速办”等线上渠道办理，也可到苏木镇便民服务中心或嘎查村便民服务站办理，一般即时办结。',
    keywords: ['医保', '居民医保', '合作医疗', '新农合', '交医保', '参保'],
    materials: [
      { name: '居民身份证或居民户口簿', form: 'original', count: 1, deferrable: false },
      { name: '出生医学证明', form: 'original', count: 1, deferrable: false, note: '新生儿参保时提供' },
      { name: '居住证', form: 'original', count: 1, deferrable: false, note: '非本地户籍常住人员提供' },
    ],
  },
  {
    id: 'sole-proprietor-registration',
    name: '个体工商户设立登记',
    department: '市场监管',
    timeLimitDays: 3,
    fee: '免费',
    promiseAllowed: true,
    deferralAllowed: false,
    online: true,
    skill: '市场监管',
    guide:
      '有经营能力的公民可以申请登记为个体工商户，开办牧家乐、小卖部、农畜产品销售等都可以办理。可通过内蒙古市场主体登记网上平台或“蒙速办”全程网上办理，也可到旗政务服务中心或苏木镇便民服务中心办理，材料齐全的当场或3个工作日内登记并发放营业执照。经营场所可实行申报承诺；从事食品经营等许可项目的，领取执照后还需办理相应许可。',
    keywords: ['营业执照', '个体户', '开店', '办执照', '牧家乐', '做生意'],
    materials: [
      { name: '《个体工商户登记（备案）申请书》', form: 'original', count: 1, deferrable: false },
      { name: '经营者居民身份证', form: 'original', count: 1, deferrable: false },
      {
        name: '经营场所使用证明或住所（经营场所）申报承诺书',
        form: 'original',
        count: 1,
        deferrable: false,
        note: '自有房屋提供产权证明，租赁的提供租赁合同，或按规定填写申报承诺书',
      },
      {
        name: '委托代理人身份证及授权委托书',
        form: 'original',
        count: 1,
        deferrable: false,
        note: '委托他人办理时提供',
      },
    ],
  },
  {
    id: 'grassland-contract-certificate',
    name: '草原承包经营权相关证明开具',
    department: '农牧',
    timeLimitDays: 5,
    fee: '免费',
    promiseAllowed: true,
    deferralAllowed: true,
    online: false,
    skill: '农牧',
    guide:
      '承包集体草原的牧户在办理贷款、征占用补偿、草原流转、继承或分户等事项时，常需要出具草原承包经营权证明。由承包户向嘎查村民委员会提出申请，经苏木镇核实后，由旗农牧部门依据草原承包档案出具证明。需在证明上写明用途，证明只用于申请时说明的事项。',
    keywords: ['草场证', '草原证', '草牧场', '草场承包', '承包证明'],
    materials: [
      { name: '居民身份证', form: 'original_and_copy', count: 1, deferrable: false },
      { name: '居民户口簿', form: 'original_and_copy', count: 1, deferrable: true },
      {
        name: '草原承包经营权证',
        form: 'original_and_copy',
        count: 1,
        deferrable: false,
        note: '证书遗失的由嘎查村民委员会出具情况说明',
      },
      { name: '草原承包合同', form: 'copy', count: 1, deferrable: true },
      { name: '申请书（写明证明用途）', form: 'original', count: 1, deferrable: false },
    ],
  },
  {
    id: 'id-card-renewal',
    name: '居民身份证换领',
    department: '公安',
    // Legal limit: 60 calendar days from acceptance (居民身份证法), about 40 working days.
    timeLimitDays: 40,
    fee: '到期换领工本费20元/证；证件损坏换领、丢失补领40元/证；符合条件的困难群众可按规定减免',
    promiseAllowed: false,
    deferralAllowed: false,
    online: false,
    skill: '公安',
    guide:
      '居民身份证有效期将满（满前3个月内）、已过期、严重损坏或登记项目变更的，需要换领新证。可在户籍所在地派出所或全国任一公安户籍窗口办理，本人须到场采集照片和指纹，可提前预约；年老体弱、行动不便的可以预约上门办证。法定期限为受理之日起60日，新证制作完成后可本人领取，也可选择邮寄送达。',
    keywords: ['身份证', '身份证到期', '换身份证', '身份证过期', '办身份证', '上门办证'],
    materials: [
      {
        name: '原居民身份证',
        form: 'original',
        count: 1,
        deferrable: false,
        note: '换领时交回旧证；证件丢失的按补领办理',
      },
      { name: '居民户口簿', form: 'original', count: 1, deferrable: false, note: '在户籍地办理时交验' },
    ],
  },
  {
    id: 'property-transfer-registration',
    name: '不动产转移登记',
    department: '不动产',
    // Legal limit under 不动产登记暂行条例 is 30 working days; general registrations are now usually done within 5.
    timeLimitDays: 30,
    fee: '住宅类80元/件（含一本证书），每增加一本证书加收工本费10元；非住宅类550元/件；小微企业等按规定减免',
    promiseAllowed: false,
    deferralAllowed: true,
    online: false,
    skill: '不动产',
    guide:
      '因买卖、继承、赠与、分割等原因，房屋和土地的权利人发生变化的，需要办理不动产转移登记。权利人双方（或继承人等）到旗政务服务中心不动产登记窗口申请，先缴纳相关税费再登记，审核通过后发放新的不动产权证书。法定时限为30个工作日，目前一般登记多在5个工作日内办结。',
    keywords: ['过户', '房产证', '买房', '卖房', '继承房产', '不动产证'],
    materials: [
      { name: '不动产登记申请书', form: 'original', count: 1, deferrable: false },
      {
        name: '申请人身份证明（居民身份证、户口簿）',
        form: 'original_and_copy',
        count: 1,
        deferrable: false,
      },
      {
        name: '不动产权属证书（原房产证、土地证或不动产权证书）',
        form: 'original',
        count: 1,
        deferrable: false,
      },
      {
        name: '转移原因证明材料',
        form: 'original',
        count: 1,
        deferrable: false,
        note: '买卖合同、继承权公证书、赠与合同或生效法律文书等',
      },
      { name: '完税（减免税）凭证', form: 'original', count: 1, deferrable: false, note: '由税务部门出具' },
      {
        name: '婚姻状况证明',
        form: 'original_and_copy',
        count: 1,
        deferrable: true,
        note: '结婚证、离婚证或单身声明',
      },
    ],
  },
  {
    id: 'extreme-poverty-support',
    name: '特困人员救助供养申请',
    department: '民政',
    timeLimitDays: 30,
    fee: '免费',
    promiseAllowed: false,
    deferralAllowed: true,
    online: false,
    skill: '民政',
    guide:
      '无劳动能力、无生活来源，且无法定赡养、抚养、扶养义务人（或义务人无履行能力）的老年人、残疾人和未满16周岁的未成年人可以申请。本人或委托嘎查村（社区）向苏木镇提出申请，经调查核实、公示后由旗民政局确认。认定后可选择在家分散供养，或到敬老院等机构集中供养。',
    keywords: ['特困', '五保', '五保户', '孤寡老人', '敬老院', '供养'],
    materials: [
      { name: '居民身份证', form: 'original_and_copy', count: 1, deferrable: false },
      { name: '居民户口簿', form: 'original_and_copy', count: 1, deferrable: false },
      { name: '《特困人员救助供养申请书》', form: 'original', count: 1, deferrable: false },
      { name: '《家庭经济状况核对授权书》', form: 'original', count: 1, deferrable: false },
      {
        name: '残疾人证或医院诊断证明',
        form: 'original_and_copy',
        count: 1,
        deferrable: true,
        note: '因残疾、疾病丧失劳动能力的提供',
      },
      { name: '赡养（抚养、扶养）义务人情况说明', form: 'original', count: 1, deferrable: true },
    ],
  },
  {
    id: 'temporary-assistance',
    name: '临时救助申请',
    department: '民政',
    timeLimitDays: 15,
    fee: '免费',
    promiseAllowed: false,
    deferralAllowed: true,
    online: false,
    skill: '民政',
    guide:
      '因火灾、交通事故、突发重大疾病等意外事件，或因医疗、教育等必需支出突然增加，导致基本生活暂时出现严重困难的家庭或个人可以申请。向户籍所在地或经常居住地苏木镇提出申请，经审核、公示后由旗民政局审批发放救助金或实物。情况紧急的可以先行救助，事后补齐材料和手续。',
    keywords: ['临时救助', '急难救助', '突发困难', '救急', '大病救助'],
    materials: [
      { name: '居民身份证', form: 'original_and_copy', count: 1, deferrable: false },
      { name: '居民户口簿', form: 'original_and_copy', count: 1, deferrable: true },
      { name: '《临时救助申请书》', form: 'original', count: 1, deferrable: false },
      {
        name: '遭遇困难的证明材料',
        form: 'original_and_copy',
        count: 1,
        deferrable: true,
        note: '如医疗费用票据、诊断证明、火灾或事故证明等',
      },
      { name: '《家庭经济状况核对授权书》', form: 'original', count: 1, deferrable: false },
      { name: '社会保障卡或本人银行卡', form: 'copy', count: 1, deferrable: true, note: '用于发放救助金' },
    ],
  },
];

// ---------------------------------------------------------------------------------------------------------
// Traditional Mongolian (ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ): names, the catalogue's texts and its materials, so Mongolian readers meet no
// Chinese in the middle of a Mongolian screen. Standard Unicode: U+202F (NNBSP) before case suffixes, U+180E (MVS)
// before a final a/e, U+180B where a letter needs its variant. Machine-assisted: EVERY entry needs review by a native
// speaker before release; entries marked `?` are the least certain (names known only in their Chinese transcription,
// Chinese names written in Mongolian letters, terms whose official Mongolian form may differ). seed.ts loads them
// into the *_mn columns and the materials' nameMn / noteMn; a missing entry leaves the Chinese.
// ---------------------------------------------------------------------------------------------------------

export const townshipNamesMn: Readonly<Record<string, string>> = {
  'galutu': 'ᠭᠠᠯᠤᠲᠤ ᠪᠠᠯᠭᠠᠰᠤ',
  'wushenzhao': 'ᠦᠦᠰᠢᠨ ᠵᠣᠣ ᠪᠠᠯᠭᠠᠰᠤ',
  'tuke': 'ᠲᠦᠬᠡ ᠪᠠᠯᠭᠠᠰᠤ', // ? 图克: Tüke or Tög
  'wulantaolegai': 'ᠤᠯᠠᠭᠠᠨ ᠲᠣᠯᠣᠭᠠᠢ ᠪᠠᠯᠭᠠᠰᠤ',
  'wudinghe': 'ᠦ ᠳᠢᠩ ᠾᠧ ᠪᠠᠯᠭᠠᠰᠤ', // ? Chinese name in Mongolian letters; a Mongolian form (after ᠰᠢᠷ~ᠠ ᠤᠰᠤ, the river) may be official
  'sulide': 'ᠰᠦᠯᠳᠡ ᠰᠤᠮᠤ',
  'sulige': 'ᠰᠦᠯᠢᠭᠡ ᠡᠳ᠋ ᠦᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠨᠡᠭᠡᠭᠡᠨ ᠬᠥᠭᠵᠢᠭᠦᠯᠬᠦ ᠣᠷᠣᠨ', // ? 苏里格 spelling and the official term for 经济开发区
};

/** 嘎查 ᠭᠠᠴᠠᠭ᠎ᠠ, 村 ᠲᠣᠰᠬᠣᠨ (?), 社区 ᠬᠣᠷᠢᠶᠠᠯᠠᠩ (?) */
export const villageNamesMn: Readonly<Record<string, string>> = {
  'galutu-hurehu': 'ᠬᠦᠷᠡᠬᠦ ᠬᠣᠷᠢᠶᠠᠯᠠᠩ', // ? 呼热胡
  'galutu-sibukou': 'ᠰᠢᠪᠡᠭᠦ ᠭᠠᠴᠠᠭ᠎ᠠ', // ? 斯布扣
  'galutu-mudu': 'ᠮᠣᠳᠤ ᠴᠠᠢᠳᠠᠮ ᠲᠣᠰᠬᠣᠨ',
  'galutu-shashatan': 'ᠱᠠ ᠱᠠ ᠲᠠᠨ ᠲᠣᠰᠬᠣᠨ', // ? Chinese name in Mongolian letters
  'galutu-buzhai': 'ᠪᠦᠵᠠᠢ ᠭᠠᠴᠠᠭ᠎ᠠ', // ? 布寨
  'galutu-bayinchaidamu': 'ᠪᠠᠶᠠᠨ ᠴᠠᠢᠳᠠᠮ ᠲᠣᠰᠬᠣᠨ',
  'wushenzhao-wushenzhao': 'ᠦᠦᠰᠢᠨ ᠵᠣᠣ ᠭᠠᠴᠠᠭ᠎ᠠ',
  'wushenzhao-bayintaolegai': 'ᠪᠠᠶᠠᠨ ᠲᠣᠯᠣᠭᠠᠢ ᠭᠠᠴᠠᠭ᠎ᠠ',
  'wushenzhao-buridu': 'ᠪᠦᠷᠳᠦ ᠭᠠᠴᠠᠭ᠎ᠠ',
  'wushenzhao-haolebaoji': 'ᠬᠣᠣᠯ ᠪᠣᠭᠤᠵᠢ ᠲᠣᠰᠬᠣᠨ', // ? 浩勒报吉
  'wushenzhao-huize': 'ᠬᠦᠢ ᠽᠧ ᠬᠣᠷᠢᠶᠠᠯᠠᠩ', // ? Chinese name in Mongolian letters
  'wushenzhao-baganaoer': 'ᠪᠠᠭ᠎ᠠ ᠨᠠᠭᠤᠷ ᠲᠣᠰᠬᠣᠨ',
  'tuke-hujierte': 'ᠬᠤᠵᠢᠷᠲᠤ ᠭᠠᠴᠠᠭ᠎ᠠ',
  'tuke-hulusu': 'ᠬᠤᠯᠤᠰᠤ ᠭᠠᠴᠠᠭ᠎ᠠ',
  'tuke-menkeqing': 'ᠮᠥᠩᠬᠡᠴᠢᠩ ᠭᠠᠴᠠᠭ᠎ᠠ', // ? 门克庆
  'tuke-wulanshibatai': 'ᠤᠯᠠᠭᠠᠨ ᠰᠢᠪᠠᠭᠠᠲᠠᠢ ᠭᠠᠴᠠᠭ᠎ᠠ', // ? 什巴台: ᠰᠢᠪᠠᠭᠠᠲᠠᠢ or ᠰᠢᠪᠠᠲᠠᠢ
  'wulantaolegai-wulantaolegai': 'ᠤᠯᠠᠭᠠᠨ ᠲᠣᠯᠣᠭᠠᠢ ᠭᠠᠴᠠᠭ᠎ᠠ',
  'wulantaolegai-huangtaolegai': 'ᠬᠤᠸᠠᠩ ᠲᠣᠯᠣᠭᠠᠢ ᠭᠠᠴᠠᠭ᠎ᠠ', // ? 黄 written as heard; may be ᠰᠢᠷ~ᠠ ᠲᠣᠯᠣᠭᠠᠢ
  'wulantaolegai-bayinxili': 'ᠪᠠᠶᠠᠨ ᠰᠢᠯᠢ ᠭᠠᠴᠠᠭ᠎ᠠ',
  'wulantaolegai-chahanmiao': 'ᠴᠠᠭᠠᠨ ᠰᠦᠮ᠎ᠡ ᠭᠠᠴᠠᠭ᠎ᠠ',
  'wudinghe-henan': 'ᠾᠧ ᠨᠠᠨ ᠲᠣᠰᠬᠣᠨ', // ? Chinese name in Mongolian letters
  'wudinghe-paiziwan': 'ᠫᠠᠢ ᠽᠢ ᠸᠠᠨ ᠲᠣᠰᠬᠣᠨ', // ? Chinese name in Mongolian letters
  'wudinghe-batuwan': 'ᠪᠠᠲᠤ ᠸᠠᠨ ᠲᠣᠰᠬᠣᠨ', // ? 湾 in Mongolian letters
  'wudinghe-dagouwan': 'ᠳᠠ ᠭᠸᠧ ᠸᠠᠨ ᠲᠣᠰᠬᠣᠨ', // ? Chinese name in Mongolian letters
  'wudinghe-nalinhe': 'ᠨᠠᠷᠢᠨ ᠭᠣᠣᠯ ᠲᠣᠰᠬᠣᠨ',
  'sulide-shaerlige': 'ᠰᠢᠷᠠᠯᠢᠭ ᠭᠠᠴᠠᠭ᠎ᠠ', // ? 沙尔利格
  'sulide-taoli': 'ᠲᠣᠯᠢ ᠭᠠᠴᠠᠭ᠎ᠠ',
  'sulide-taoermiao': 'ᠲᠣᠣᠷ ᠰᠦᠮ᠎ᠡ ᠭᠠᠴᠠᠭ᠎ᠠ', // ? 陶尔
  'sulide-tailaiwusu': 'ᠲᠠᠯᠠᠢ ᠤᠰᠤ ᠭᠠᠴᠠᠭ᠎ᠠ', // ? 塔来
};

/** departments (the skill vocabulary), by their Chinese name */
export const departmentNamesMn: Readonly<Record<string, string>> = {
  '人社': 'ᠬᠦᠮᠦᠨ ᠬᠦᠴᠦ ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠪᠠᠲᠤᠯᠠᠭ᠎ᠠ',
  '民政': 'ᠢᠷᠭᠡᠨ ᠵᠠᠬᠢᠷᠭᠠᠨ',
  '残联': 'ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠦ ᠬᠣᠯᠪᠣᠭ᠎ᠠ',
  '医保': 'ᠡᠮᠨᠡᠯᠭᠡ ᠶᠢᠨ ᠳᠠᠭᠠᠳᠬᠠᠯ',
  '市场监管': 'ᠵᠠᠬ᠎ᠠ ᠵᠡᠭᠡᠯᠢ ᠶᠢᠨ ᠬᠢᠨᠠᠨ ᠬᠠᠮᠢᠶᠠᠷᠤᠯᠲᠠ',
  '农牧': 'ᠲᠠᠷᠢᠶ᠎ᠠ ᠮᠠᠯᠵᠢᠯ',
  '公安': 'ᠨᠡᠶᠢᠲᠡ ᠶᠢᠨ ᠠᠮᠤᠷ ᠲᠦᠪᠰᠢᠨ',
  '不动产': 'ᠦᠯᠦ ᠬᠥᠳᠡᠯᠬᠦ ᠥᠮᠴᠢ',
};

/** fees, by their Chinese text */
export const feesMn: Readonly<Record<string, string>> = {
  '免费': 'ᠲᠥᠯᠦᠪᠦᠷᠢ ᠦᠭᠡᠢ',
  '登记免费；个人缴费按当年城乡居民医保个人缴费标准另行缴纳': 'ᠪᠦᠷᠢᠳᠬᠡᠯ ᠳᠦ ᠲᠥᠯᠦᠪᠦᠷᠢ ᠦᠭᠡᠢ᠃ ᠳᠠᠭᠠᠳᠬᠠᠯ ᠤᠨ ᠬᠤᠷᠢᠮᠲᠠᠭ ᠢ ᠲᠤᠬᠠᠢ ᠵᠢᠯ ᠦᠨ ᠪᠠᠷᠢᠮᠵᠢᠶ᠎ᠠ ᠪᠠᠷ ᠲᠤᠰᠠᠳ ᠲᠥᠯᠥᠨ᠎ᠡ᠃',
  '到期换领工本费20元/证；证件损坏换领、丢失补领40元/证；符合条件的困难群众可按规定减免': 'ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠠᠭᠤᠰᠤᠭᠰᠠᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠢ ᠰᠣᠯᠢᠬᠤ ᠳᠤ 20 ᠶᠤᠸᠠᠨ᠂ ᠡᠪᠳᠡᠷᠡᠭᠰᠡᠨ ᠪᠤᠶᠤ ᠭᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠢ ᠨᠥᠬᠦᠵᠦ ᠠᠪᠬᠤ ᠳᠤ 40 ᠶᠤᠸᠠᠨ᠃ ᠠᠮᠢᠳᠤᠷᠠᠯ ᠬᠡᠴᠡᠶ ᠢᠷᠭᠡᠳ ᠲᠣᠭᠲᠠᠭᠠᠯ ᠤᠨ ᠳᠠᠭᠤᠤ ᠬᠥᠩᠭᠡᠯᠡᠯᠲᠡ ᠡᠳ᠋ᠯᠡᠨ᠎ᠡ᠃',
  '住宅类80元/件（含一本证书），每增加一本证书加收工本费10元；非住宅类550元/件；小微企业等按规定减免': 'ᠰᠠᠭᠤᠴᠠ ᠪᠠᠢᠰᠢᠩ 80 ᠶᠤᠸᠠᠨ (ᠨᠢᠭᠡ ᠦᠨᠡᠮᠯᠡᠯ ᠣᠷᠣᠯᠴᠠᠨ᠎ᠠ)᠂ ᠨᠡᠮᠡᠬᠦ ᠦᠨᠡᠮᠯᠡᠯ ᠪᠦᠷᠢ 10 ᠶᠤᠸᠠᠨ᠃ ᠰᠠᠭᠤᠴᠠ ᠪᠤᠰᠤ ᠪᠠᠢᠰᠢᠩ 550 ᠶᠤᠸᠠᠨ᠃ ᠵᠢᠵᠢᠭ ᠠᠵᠤ ᠠᠬᠤᠢ ᠵᠡᠷᠭᠡ ᠲᠣᠭᠲᠠᠭᠠᠯ ᠤᠨ ᠳᠠᠭᠤᠤ ᠬᠥᠩᠭᠡᠯᠡᠯᠲᠡ ᠡᠳ᠋ᠯᠡᠨ᠎ᠡ᠃',
};

/** material names, by the Chinese name (the material's identity in applications stays the Chinese) */
export const materialNamesMn: Readonly<Record<string, string>> = {
  '居民身份证': 'ᠢᠷᠭᠡᠨ ᠦ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ',
  '居民户口簿': 'ᠥᠷᠬᠡ ᠶᠢᠨ ᠳᠡᠪᠲᠡᠷ',
  '社会保障卡或本人银行卡': 'ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠪᠠᠲᠤᠯᠠᠭ᠎ᠠ ᠶᠢᠨ ᠺᠠᠷᠲ ᠪᠤᠶᠤ ᠥᠪᠡᠷ ᠦᠨ ᠪᠠᠩᠬᠢᠨ ᠤ ᠺᠠᠷᠲ',
  '《城乡居民基本养老保险待遇申领表》': '《ᠬᠣᠲᠠ ᠬᠥᠳᠡᠭᠡ ᠶᠢᠨ ᠢᠷᠭᠡᠳ ᠦᠨ ᠲᠡᠲᠡᠭᠦᠯᠢ ᠶᠢᠨ ᠳᠠᠭᠠᠳᠬᠠᠯ ᠤᠨ ᠲᠡᠲᠡᠭᠦᠯᠢ ᠠᠪᠬᠤ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠦᠨ ᠬᠦᠰᠦᠨᠦᠭᠲᠦ》',
  '近期一寸免冠彩色照片': 'ᠣᠢᠷ ᠠ ᠳᠤ ᠪᠠᠭᠤᠯᠭᠠᠭᠰᠠᠨ᠂ ᠮᠠᠯᠠᠭᠠᠢ ᠦᠭᠡᠢ ᠨᠢᠭᠡ ᠴᠦᠨ ᠥᠩᠭᠡᠲᠦ ᠵᠢᠷᠤᠭ',
  '《高龄津贴申请审批表》': '《ᠥᠨᠳᠥᠷ ᠨᠠᠰᠤᠲᠠᠨ ᠤ ᠲᠡᠳᠬᠦᠮᠵᠢ ᠠᠪᠬᠤ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠦᠨ ᠬᠦᠰᠦᠨᠦᠭᠲᠦ》',
  '近期二寸免冠白底彩色照片': 'ᠣᠢᠷ ᠠ ᠳᠤ ᠪᠠᠭᠤᠯᠭᠠᠭᠰᠠᠨ᠂ ᠮᠠᠯᠠᠭᠠᠢ ᠦᠭᠡᠢ᠂ ᠴᠠᠭᠠᠨ ᠳᠡᠪᠰᠢᠯᠲᠡᠢ ᠬᠣᠶᠠᠷ ᠴᠦᠨ ᠥᠩᠭᠡᠲᠦ ᠵᠢᠷᠤᠭ',
  '《中华人民共和国残疾人证申请表》': '《ᠳᠤᠮᠳᠠᠳᠤ ᠠᠷᠠᠳ ᠤᠯᠤᠰ ᠤᠨ ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠦ ᠦᠨᠡᠮᠯᠡᠯ ᠠᠪᠬᠤ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠦᠨ ᠬᠦᠰᠦᠨᠦᠭᠲᠦ》',
  '监护人身份证及监护关系证明': 'ᠠᠰᠠᠷᠠᠮᠵᠢᠯᠠᠭᠴᠢ ᠶᠢᠨ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠪᠣᠯᠤᠨ ᠠᠰᠠᠷᠠᠮᠵᠢᠯᠠᠯ ᠤᠨ ᠬᠠᠷᠢᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ',
  '近期相关病历或检查资料': 'ᠣᠢᠷ ᠠ ᠳᠤ ᠬᠢ ᠡᠮᠨᠡᠯᠭᠡ ᠶᠢᠨ ᠲᠡᠦᠬᠡ ᠪᠤᠶᠤ ᠪᠠᠶᠢᠴᠠᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠮᠡᠳᠡᠭᠡ',
  '原残疾人证': 'ᠬᠠᠭᠤᠴᠢᠨ ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠦ ᠦᠨᠡᠮᠯᠡᠯ',
  '《残疾人证换领申请表》': '《ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠦ ᠦᠨᠡᠮᠯᠡᠯ ᠰᠣᠯᠢᠬᠤ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠦᠨ ᠬᠦᠰᠦᠨᠦᠭᠲᠦ》',
  '第二代残疾人证': 'ᠬᠣᠶᠠᠳᠤᠭᠠᠷ ᠦᠶ᠎ᠡ ᠶᠢᠨ ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠦ ᠦᠨᠡᠮᠯᠡᠯ',
  '《困难残疾人生活补贴和重度残疾人护理补贴申请审批表》': '《ᠠᠮᠢᠳᠤᠷᠠᠯ ᠬᠡᠴᠡᠶ ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠦ ᠠᠮᠢᠳᠤᠷᠠᠯ ᠤᠨ ᠲᠡᠳᠬᠦᠮᠵᠢ ᠪᠠ ᠬᠦᠨᠳᠦ ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠦ ᠠᠰᠠᠷᠠᠮᠵᠢ ᠶᠢᠨ ᠲᠡᠳᠬᠦᠮᠵᠢ ᠠᠪᠬᠤ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠦᠨ ᠬᠦᠰᠦᠨᠦᠭᠲᠦ》',
  '申请人及共同生活家庭成员居民身份证': 'ᠥᠷᠭᠡᠳᠬᠡᠭᠴᠢ ᠪᠣᠯᠤᠨ ᠬᠠᠮᠲᠤ ᠠᠮᠢᠳᠤᠷᠠᠭᠴᠢ ᠭᠡᠷ ᠪᠦᠯᠢ ᠶᠢᠨ ᠭᠡᠰᠢᠭᠦᠳ ᠦᠨ ᠢᠷᠭᠡᠨ ᠦ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ',
  '《最低生活保障申请书》': '《ᠠᠮᠢᠳᠤᠷᠠᠯ ᠤᠨ ᠬᠠᠮᠤᠭ ᠳᠣᠣᠷ᠎ᠠ ᠶᠢᠨ ᠪᠠᠲᠤᠯᠠᠭ᠎ᠠ ᠠᠪᠬᠤ ᠥᠷᠭᠡᠳᠬᠡᠯ》',
  '《家庭经济状况核对授权书》': '《ᠭᠡᠷ ᠪᠦᠯᠢ ᠶᠢᠨ ᠠᠮᠢᠳᠤᠷᠠᠯ ᠤᠨ ᠪᠠᠢᠳᠠᠯ ᠢ ᠱᠠᠯᠭᠠᠬᠤ ᠢᠲᠡᠭᠡᠮᠵᠢᠯᠡᠯ》',
  '家庭收入和财产状况申报表': 'ᠭᠡᠷ ᠪᠦᠯᠢ ᠶᠢᠨ ᠣᠷᠣᠯᠭ᠎ᠠ ᠪᠠ ᠡᠳ᠋ ᠬᠥᠷᠥᠩᠭᠡ ᠶᠢᠨ ᠮᠡᠳᠡᠭᠦᠯᠬᠦ ᠬᠦᠰᠦᠨᠦᠭᠲᠦ',
  '婚姻状况证明（结婚证、离婚证等）': 'ᠭᠡᠷᠯᠡᠯᠲᠡ ᠶᠢᠨ ᠪᠠᠢᠳᠠᠯ ᠤᠨ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ (ᠭᠡᠷᠯᠡᠯᠲᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ᠂ ᠰᠠᠯᠤᠯᠲᠠ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠵᠡᠷᠭᠡ)',
  '残疾人证、疾病诊断证明等特殊困难证明': 'ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠦ ᠦᠨᠡᠮᠯᠡᠯ᠂ ᠥᠪᠴᠢᠨ ᠦ ᠣᠨᠤᠰᠢᠯᠠᠭᠠᠨ ᠤ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ ᠵᠡᠷᠭᠡ ᠣᠨᠴᠠᠭᠠᠢ ᠬᠡᠴᠡᠶ ᠪᠠᠢᠳᠠᠯ ᠤᠨ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ',
  '居民身份证、社会保障卡或医保电子凭证': 'ᠢᠷᠭᠡᠨ ᠦ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ᠂ ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠪᠠᠲᠤᠯᠠᠭ᠎ᠠ ᠶᠢᠨ ᠺᠠᠷᠲ ᠪᠤᠶᠤ ᠡᠮᠨᠡᠯᠭᠡ ᠶᠢᠨ ᠳᠠᠭᠠᠳᠬᠠᠯ ᠤᠨ ᠴᠠᠬᠢᠯᠭᠠᠨ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ',
  '《异地就医备案登记表》': '《ᠭᠠᠳᠠᠭᠰᠢ ᠡᠮᠨᠡᠯᠡᠭᠦᠯᠬᠦ ᠶᠢ ᠪᠦᠷᠢᠳᠬᠡᠬᠦ ᠬᠦᠰᠦᠨᠦᠭᠲᠦ》',
  '个人承诺书': 'ᠬᠤᠪᠢ ᠬᠦᠮᠦᠨ ᠦ ᠠᠮᠠᠯᠯᠠᠯᠭ᠎ᠠ ᠶᠢᠨ ᠪᠢᠴᠢᠭ',
  '转诊转院证明': 'ᠡᠮᠨᠡᠯᠭᠡ ᠰᠣᠯᠢᠬᠤ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ',
  '《门诊慢特病待遇认定申请表》': '《ᠦᠵᠡᠯᠭᠡ ᠶᠢᠨ ᠤᠳᠠᠭᠠᠨ ᠪᠠ ᠣᠨᠴᠠᠭᠠᠢ ᠥᠪᠴᠢᠨ ᠦ ᠲᠡᠳᠬᠦᠮᠵᠢ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠦᠨ ᠬᠦᠰᠦᠨᠦᠭᠲᠦ》',
  '二级及以上医疗机构出具的诊断证明': 'ᠬᠣᠶᠠᠳᠤᠭᠠᠷ ᠳᠡᠰ ᠪᠠ ᠲᠡᠭᠦᠨ ᠡᠴᠡ ᠳᠡᠭᠡᠭᠰᠢ ᠡᠮᠨᠡᠯᠭᠡ ᠶᠢᠨ ᠣᠨᠤᠰᠢᠯᠠᠭᠠᠨ ᠤ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ',
  '近期病历、出院记录及相关检查检验报告': 'ᠣᠢᠷ ᠠ ᠳᠤ ᠬᠢ ᠡᠮᠨᠡᠯᠭᠡ ᠶᠢᠨ ᠲᠡᠦᠬᠡ᠂ ᠡᠮᠨᠡᠯᠭᠡ ᠡᠴᠡ ᠭᠠᠷᠤᠭᠰᠠᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠪᠠ ᠪᠠᠶᠢᠴᠠᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠳᠦᠩ',
  '居民身份证或居民户口簿': 'ᠢᠷᠭᠡᠨ ᠦ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠪᠤᠶᠤ ᠥᠷᠬᠡ ᠶᠢᠨ ᠳᠡᠪᠲᠡᠷ',
  '出生医学证明': 'ᠲᠥᠷᠥᠯᠲᠡ ᠶᠢᠨ ᠡᠮᠨᠡᠯᠭᠡ ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ',
  '居住证': 'ᠣᠷᠣᠰᠢᠨ ᠰᠠᠭᠤᠬᠤ ᠦᠨᠡᠮᠯᠡᠯ',
  '《个体工商户登记（备案）申请书》': '《ᠬᠤᠪᠢ ᠠᠵᠤ ᠠᠬᠤᠢ ᠪᠦᠷᠢᠳᠬᠡᠬᠦ ᠥᠷᠭᠡᠳᠬᠡᠯ》',
  '经营者居民身份证': 'ᠠᠵᠤ ᠠᠬᠤᠢ ᠡᠷᠬᠢᠯᠡᠭᠴᠢ ᠶᠢᠨ ᠢᠷᠭᠡᠨ ᠦ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ',
  '经营场所使用证明或住所（经营场所）申报承诺书': 'ᠠᠵᠤ ᠠᠬᠤᠢ ᠡᠷᠬᠢᠯᠡᠬᠦ ᠭᠠᠵᠠᠷ ᠤᠨ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ ᠪᠤᠶᠤ ᠠᠮᠠᠯᠯᠠᠯᠭ᠎ᠠ ᠶᠢᠨ ᠪᠢᠴᠢᠭ',
  '委托代理人身份证及授权委托书': 'ᠲᠥᠯᠦᠭᠡᠯᠡᠭᠴᠢ ᠶᠢᠨ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠪᠠ ᠢᠲᠡᠭᠡᠮᠵᠢᠯᠡᠯ',
  '草原承包经营权证': 'ᠪᠡᠯᠴᠢᠭᠡᠷ ᠦᠨ ᠭᠡᠷ᠎ᠡ ᠶᠢᠨ ᠡᠷᠬᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ',
  '草原承包合同': 'ᠪᠡᠯᠴᠢᠭᠡᠷ ᠦᠨ ᠭᠡᠷ᠎ᠡ',
  '申请书（写明证明用途）': 'ᠥᠷᠭᠡᠳᠬᠡᠯ (ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ ᠶᠠᠮᠠᠷ ᠬᠡᠷᠡᠭ ᠲᠦ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠶᠢ ᠪᠢᠴᠢᠨ᠎ᠡ)',
  '原居民身份证': 'ᠬᠠᠭᠤᠴᠢᠨ ᠢᠷᠭᠡᠨ ᠦ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ',
  '不动产登记申请书': 'ᠦᠯᠦ ᠬᠥᠳᠡᠯᠬᠦ ᠥᠮᠴᠢ ᠪᠦᠷᠢᠳᠬᠡᠬᠦ ᠥᠷᠭᠡᠳᠬᠡᠯ',
  '申请人身份证明（居民身份证、户口簿）': 'ᠥᠷᠭᠡᠳᠬᠡᠭᠴᠢ ᠶᠢᠨ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ (ᠢᠷᠭᠡᠨ ᠦ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ᠂ ᠥᠷᠬᠡ ᠶᠢᠨ ᠳᠡᠪᠲᠡᠷ)',
  '不动产权属证书（原房产证、土地证或不动产权证书）': 'ᠦᠯᠦ ᠬᠥᠳᠡᠯᠬᠦ ᠥᠮᠴᠢ ᠶᠢᠨ ᠡᠷᠬᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ (ᠪᠠᠢᠰᠢᠩ ᠤᠨ᠂ ᠭᠠᠵᠠᠷ ᠤᠨ ᠬᠠᠭᠤᠴᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ)',
  '转移原因证明材料': 'ᠡᠵᠡᠮᠰᠢᠯ ᠰᠢᠯᠵᠢᠬᠦ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠤ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ',
  '完税（减免税）凭证': 'ᠲᠠᠲᠠᠪᠤᠷᠢ ᠲᠥᠯᠥᠭᠰᠡᠨ (ᠬᠥᠩᠭᠡᠯᠡᠭᠰᠡᠨ) ᠪᠠᠷᠢᠮᠲᠠ',
  '婚姻状况证明': 'ᠭᠡᠷᠯᠡᠯᠲᠡ ᠶᠢᠨ ᠪᠠᠢᠳᠠᠯ ᠤᠨ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ',
  '《特困人员救助供养申请书》': '《ᠲᠤᠢᠯ ᠤᠨ ᠬᠡᠴᠡᠶ ᠬᠦᠮᠦᠨ ᠢ ᠲᠡᠵᠢᠭᠡᠬᠦ ᠬᠠᠯᠠᠮᠵᠢ ᠠᠪᠬᠤ ᠥᠷᠭᠡᠳᠬᠡᠯ》',
  '残疾人证或医院诊断证明': 'ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠦ ᠦᠨᠡᠮᠯᠡᠯ ᠪᠤᠶᠤ ᠡᠮᠨᠡᠯᠭᠡ ᠶᠢᠨ ᠣᠨᠤᠰᠢᠯᠠᠭᠠᠨ ᠤ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ',
  '赡养（抚养、扶养）义务人情况说明': 'ᠲᠡᠵᠢᠭᠡᠬᠦ ᠦᠦᠷᠭᠡ ᠲᠠᠢ ᠬᠦᠮᠦᠨ ᠦ ᠪᠠᠢᠳᠠᠯ ᠤᠨ ᠲᠠᠢᠯᠪᠤᠷᠢ',
  '《临时救助申请书》': '《ᠲᠦᠷ ᠴᠠᠭ ᠤᠨ ᠬᠠᠯᠠᠮᠵᠢ ᠠᠪᠬᠤ ᠥᠷᠭᠡᠳᠬᠡᠯ》',
  '遭遇困难的证明材料': 'ᠬᠡᠴᠡᠶ ᠪᠠᠢᠳᠠᠯ ᠳᠤ ᠣᠷᠣᠭᠰᠠᠨ ᠤ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ',
};

/** material notes, by the Chinese note */
export const materialNotesMn: Readonly<Record<string, string>> = {
  '用于发放养老金': 'ᠲᠡᠲᠡᠭᠦᠯᠢ ᠣᠯᠭᠣᠬᠤ ᠳᠤ ᠬᠡᠷᠡᠭᠯᠡᠨ᠎ᠡ',
  '窗口或帮办员处领取，本人签字或按手印': 'ᠴᠣᠩᠬᠣ ᠪᠤᠶᠤ ᠲᠤᠰᠠᠯᠠᠭᠴᠢ ᠡᠴᠡ ᠠᠪᠴᠤ᠂ ᠥᠪᠡᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠬᠤ ᠪᠤᠶᠤ ᠬᠤᠷᠤᠭᠤ ᠪᠠᠨ ᠳᠠᠷᠤᠨ᠎ᠠ',
  '用于发放津贴': 'ᠲᠡᠳᠬᠦᠮᠵᠢ ᠣᠯᠭᠣᠬᠤ ᠳᠤ ᠬᠡᠷᠡᠭᠯᠡᠨ᠎ᠡ',
  '未满16周岁的可用户口簿': '16 ᠨᠠᠰᠤ ᠬᠦᠷᠦᠭᠡ ᠦᠭᠡᠢ ᠪᠣᠯ ᠥᠷᠬᠡ ᠶᠢᠨ ᠳᠡᠪᠲᠡᠷ ᠪᠡᠷ ᠣᠷᠣᠯᠠᠭᠤᠯᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ',
  '智力、精神残疾人或未成年人申请时提供': 'ᠣᠶᠤᠨ ᠤᠬᠠᠭᠠᠨ᠂ ᠰᠡᠳᠬᠢᠯ ᠰᠡᠳᠬᠢᠬᠦᠢ ᠶᠢᠨ ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠪᠤᠶᠤ ᠨᠠᠰᠤ ᠪᠦᠷᠢᠳᠦᠭᠡ ᠦᠭᠡᠢ ᠬᠦᠮᠦᠨ ᠥᠷᠭᠡᠳᠬᠡᠬᠦ ᠳᠦ ᠥᠭᠭᠦᠨ᠎ᠡ',
  '供评定医生参考': 'ᠳᠦᠭᠨᠡᠬᠦ ᠡᠮᠴᠢ ᠳᠦ ᠯᠠᠪᠯᠠᠭᠤᠯᠬᠤ',
  '证件遗失的请办理补领': 'ᠦᠨᠡᠮᠯᠡᠯ ᠭᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠪᠣᠯ ᠨᠥᠬᠦᠵᠦ ᠠᠪᠬᠤ ᠶᠢ ᠪᠦᠲᠦᠭᠡᠨ᠎ᠡ',
  '用于发放补贴': 'ᠲᠡᠳᠬᠦᠮᠵᠢ ᠣᠯᠭᠣᠬᠤ ᠳᠤ ᠬᠡᠷᠡᠭᠯᠡᠨ᠎ᠡ',
  '共同生活的家庭成员均需签字': 'ᠬᠠᠮᠲᠤ ᠠᠮᠢᠳᠤᠷᠠᠭᠴᠢ ᠭᠡᠷ ᠪᠦᠯᠢ ᠶᠢᠨ ᠭᠡᠰᠢᠭᠦᠨ ᠪᠦᠷ ᠭᠠᠷ ᠤᠨ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠨ᠎ᠠ',
  '家庭成员有残疾、重病等情况时提供': 'ᠭᠡᠷ ᠪᠦᠯᠢ ᠳᠦ ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠪᠤᠶᠤ ᠬᠦᠨᠳᠦ ᠥᠪᠴᠢᠲᠡᠢ ᠬᠦᠮᠦᠨ ᠪᠠᠢᠪᠠᠯ ᠥᠭᠭᠦᠨ᠎ᠡ',
  '用于发放低保金': 'ᠠᠮᠢᠳᠤᠷᠠᠯ ᠤᠨ ᠪᠠᠲᠤᠯᠠᠭ᠎ᠠ ᠶᠢᠨ ᠮᠥᠩᠭᠥ ᠣᠯᠭᠣᠬᠤ ᠳᠤ ᠬᠡᠷᠡᠭᠯᠡᠨ᠎ᠡ',
  '线上办理时在平台填报': 'ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠪᠡᠷ ᠪᠦᠲᠦᠭᠡᠬᠦ ᠳᠦ ᠲᠠᠯᠠᠪᠤᠷ ᠲᠤ ᠳᠦᠭᠦᠷᠭᠡᠨ᠎ᠡ',
  '异地长期居住人员可用承诺书代替居住证明': 'ᠭᠠᠳᠠᠭᠰᠢ ᠤᠳᠠᠭᠠᠨ ᠰᠠᠭᠤᠭᠰᠠᠨ ᠬᠦᠮᠦᠨ ᠠᠮᠠᠯᠯᠠᠯᠭ᠎ᠠ ᠶᠢᠨ ᠪᠢᠴᠢᠭ ᠢᠶᠡᠷ ᠰᠠᠭᠤᠭᠰᠠᠨ ᠤ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠣᠷᠣᠯᠠᠭᠤᠯᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ',
  '转外就医人员提供，由参保地定点医疗机构出具': 'ᠭᠠᠳᠠᠭᠰᠢ ᠡᠮᠨᠡᠯᠭᠡ ᠰᠣᠯᠢᠬᠤ ᠬᠦᠮᠦᠨ ᠥᠭᠭᠦᠨ᠎ᠡ᠂ ᠳᠠᠭᠠᠳᠬᠠᠯ ᠤᠨ ᠭᠠᠵᠠᠷ ᠤᠨ ᠲᠣᠭᠲᠠᠭᠰᠠᠨ ᠡᠮᠨᠡᠯᠭᠡ ᠭᠠᠷᠭᠠᠨ᠎ᠠ',
  '新生儿参保时提供': 'ᠰᠢᠨ᠎ᠡ ᠲᠥᠷᠥᠭᠰᠡᠨ ᠬᠦᠦᠬᠡᠳ ᠳᠠᠭᠠᠳᠬᠠᠯ ᠳᠤ ᠣᠷᠣᠬᠤ ᠳᠤ ᠥᠭᠭᠦᠨ᠎ᠡ',
  '非本地户籍常住人员提供': 'ᠡᠨᠳᠡ ᠥᠷᠬᠡ ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠭᠡᠢ ᠪᠠᠶᠢᠨᠭ᠎ᠠ ᠰᠠᠭᠤᠭᠴᠢ ᠥᠭᠭᠦᠨ᠎ᠡ',
  '自有房屋提供产权证明，租赁的提供租赁合同，或按规定填写申报承诺书': 'ᠥᠪᠡᠷ ᠦᠨ ᠪᠠᠢᠰᠢᠩ ᠪᠣᠯ ᠥᠮᠴᠢ ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ᠂ ᠲᠦᠷᠢᠰᠡᠯᠡᠭᠰᠡᠨ ᠪᠣᠯ ᠲᠦᠷᠢᠰᠡ ᠶᠢᠨ ᠭᠡᠷ᠎ᠡ ᠥᠭᠭᠦᠨ᠎ᠡ᠂ ᠡᠰᠡᠪᠡᠯ ᠠᠮᠠᠯᠯᠠᠯᠭ᠎ᠠ ᠶᠢᠨ ᠪᠢᠴᠢᠭ ᠳᠦᠭᠦᠷᠭᠡᠨ᠎ᠡ',
  '委托他人办理时提供': 'ᠪᠤᠰᠤᠳ ᠬᠦᠮᠦᠨ ᠳᠦ ᠳᠠᠯᠠᠯᠠᠵᠤ ᠪᠦᠲᠦᠭᠡᠬᠦ ᠳᠦ ᠥᠭᠭᠦᠨ᠎ᠡ',
  '证书遗失的由嘎查村民委员会出具情况说明': 'ᠦᠨᠡᠮᠯᠡᠯ ᠭᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠪᠣᠯ ᠭᠠᠴᠠᠭ᠎ᠠ ᠲᠣᠰᠬᠣᠨ ᠪᠠᠢᠳᠠᠯ ᠤᠨ ᠲᠠᠢᠯᠪᠤᠷᠢ ᠭᠠᠷᠭᠠᠨ᠎ᠠ',
  '换领时交回旧证；证件丢失的按补领办理': 'ᠰᠣᠯᠢᠬᠤ ᠳᠤ ᠬᠠᠭᠤᠴᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠢ ᠬᠤᠷᠢᠶᠠᠨ᠎ᠠ᠃ ᠭᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠪᠣᠯ ᠨᠥᠬᠦᠵᠦ ᠠᠪᠬᠤ ᠶᠢ ᠪᠦᠲᠦᠭᠡᠨ᠎ᠡ',
  '在户籍地办理时交验': 'ᠥᠷᠬᠡ ᠪᠦᠷᠢᠳᠬᠡᠯᠲᠡᠢ ᠭᠠᠵᠠᠷ ᠲᠤ ᠪᠦᠲᠦᠭᠡᠬᠦ ᠳᠦ ᠦᠵᠡᠭᠦᠯᠦᠨ᠎ᠡ',
  '买卖合同、继承权公证书、赠与合同或生效法律文书等': 'ᠬᠤᠳᠠᠯᠳᠤᠬᠤ ᠬᠤᠳᠠᠯᠳᠤᠨ ᠠᠪᠬᠤ ᠭᠡᠷ᠎ᠡ᠂ ᠥᠪ ᠵᠠᠯᠭᠠᠮᠵᠢᠯᠠᠬᠤ ᠡᠷᠬᠡ ᠶᠢᠨ ᠨᠣᠲᠠᠷᠢᠶᠠᠲ᠂ ᠪᠡᠯᠡᠭᠯᠡᠬᠦ ᠭᠡᠷ᠎ᠡ ᠪᠤᠶᠤ ᠬᠠᠤᠯᠢ ᠶᠢᠨ ᠪᠢᠴᠢᠭ ᠵᠡᠷᠭᠡ',
  '由税务部门出具': 'ᠲᠠᠲᠠᠪᠤᠷᠢ ᠶᠢᠨ ᠭᠠᠵᠠᠷ ᠭᠠᠷᠭᠠᠨ᠎ᠠ',
  '结婚证、离婚证或单身声明': 'ᠭᠡᠷᠯᠡᠯᠲᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ᠂ ᠰᠠᠯᠤᠯᠲᠠ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠪᠤᠶᠤ ᠭᠠᠭᠴᠠ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ',
  '因残疾、疾病丧失劳动能力的提供': 'ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠪᠤᠶᠤ ᠥᠪᠴᠢᠨ ᠦ ᠤᠴᠢᠷ ᠠᠴᠠ ᠬᠥᠳᠡᠯᠮᠦᠷᠢ ᠶᠢᠨ ᠴᠢᠳᠠᠪᠤᠷᠢ ᠪᠠᠨ ᠠᠯᠳᠠᠭᠰᠠᠨ ᠪᠣᠯ ᠥᠭᠭᠦᠨ᠎ᠡ',
  '如医疗费用票据、诊断证明、火灾或事故证明等': 'ᠡᠮᠨᠡᠯᠭᠡ ᠶᠢᠨ ᠵᠠᠷᠤᠳᠠᠯ ᠤᠨ ᠪᠠᠷᠢᠮᠲᠠ᠂ ᠣᠨᠤᠰᠢᠯᠠᠭᠠᠨ ᠤ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ᠂ ᠭᠠᠯ ᠦᠯᠡᠳᠦᠯ ᠪᠤᠶᠤ ᠣᠳᠬᠠᠷ ᠶᠠᠪᠳᠠᠯ ᠤᠨ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ ᠵᠡᠷᠭᠡ',
  '用于发放救助金': 'ᠬᠠᠯᠠᠮᠵᠢ ᠶᠢᠨ ᠮᠥᠩᠭᠥ ᠣᠯᠭᠣᠬᠤ ᠳᠤ ᠬᠡᠷᠡᠭᠯᠡᠨ᠎ᠡ',
};

/** each item's name and guide (plain words for elderly herders; the guide is shortened, not word for word) */
export const serviceItemsMn: Readonly<Record<string, { name: string; guide: string }>> = {
  'resident-pension-claim': {
    name: 'ᠬᠣᠲᠠ ᠬᠥᠳᠡᠭᠡ ᠶᠢᠨ ᠢᠷᠭᠡᠳ ᠦᠨ ᠲᠡᠲᠡᠭᠦᠯᠢ ᠠᠪᠬᠤ',
    guide:
      'ᠢᠷᠭᠡᠳ ᠦᠨ ᠲᠡᠲᠡᠭᠦᠯᠢ ᠶᠢᠨ ᠳᠠᠭᠠᠳᠬᠠᠯ ᠳᠤ ᠣᠷᠣᠭᠰᠠᠨ᠂ 60 ᠨᠠᠰᠤ ᠬᠦᠷᠦᠭᠰᠡᠨ᠂ 15 ᠵᠢᠯ ᠬᠤᠷᠢᠮᠲᠠᠭ ᠲᠥᠯᠦᠭᠰᠡᠨ ᠬᠦᠮᠦᠨ ᠠᠪᠴᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠰᠤᠮᠤ ᠪᠠᠯᠭᠠᠰᠤ ᠪᠤᠶᠤ ᠭᠠᠴᠠᠭ᠎ᠠ ᠲᠣᠰᠬᠣᠨ ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ ᠲᠦ ᠥᠷᠭᠡᠳᠬᠡᠨ᠎ᠡ᠂ ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠪᠠᠲᠤᠯᠠᠭ᠎ᠠ ᠶᠢᠨ ᠭᠠᠵᠠᠷ ᠬᠢᠨᠠᠨ᠎ᠠ᠃ ᠲᠡᠲᠡᠭᠦᠯᠢ ᠶᠢ ᠰᠠᠷ᠎ᠠ ᠪᠦᠷᠢ ᠲᠠᠨ ᠤ ᠺᠠᠷᠲ ᠳᠤ ᠣᠷᠣᠭᠤᠯᠤᠨ᠎ᠠ᠃ ᠵᠢᠯ ᠪᠦᠷᠢ ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠠᠪᠬᠤ ᠡᠷᠬᠡ ᠪᠡᠨ ᠪᠠᠲᠤᠯᠠᠭᠤᠯᠤᠨ᠎ᠠ᠃',
  },
  'senior-allowance': {
    name: 'ᠥᠨᠳᠥᠷ ᠨᠠᠰᠤᠲᠠᠨ ᠤ ᠲᠡᠳᠬᠦᠮᠵᠢ ᠠᠪᠬᠤ',
    guide:
      'ᠡᠨᠡ ᠬᠣᠰᠢᠭᠤ ᠳᠤ ᠥᠷᠬᠡ ᠪᠦᠷᠢᠳᠬᠡᠯᠲᠡᠢ᠂ ᠶᠡᠷᠦ ᠶᠢᠨ 80 ᠨᠠᠰᠤ ᠪᠠ ᠲᠡᠭᠦᠨ ᠡᠴᠡ ᠳᠡᠭᠡᠭᠰᠢ ᠥᠨᠳᠥᠷ ᠨᠠᠰᠤᠲᠠᠨ ᠠᠪᠴᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠥᠪᠡᠷ ᠪᠤᠶᠤ ᠭᠡᠷ ᠪᠦᠯᠢ ᠨᠢ ᠭᠠᠴᠠᠭ᠎ᠠ ᠲᠣᠰᠬᠣᠨ ᠳᠤ ᠥᠷᠭᠡᠳᠬᠡᠨ᠎ᠡ᠂ ᠰᠤᠮᠤ ᠪᠠᠯᠭᠠᠰᠤ ᠬᠢᠨᠠᠭᠠᠳ ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠢᠷᠭᠡᠨ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠲᠣᠪᠴᠢᠶ᠎ᠠ ᠪᠠᠲᠤᠯᠠᠨ᠎ᠠ᠃ ᠲᠡᠳᠬᠦᠮᠵᠢ ᠶᠢ ᠲᠠᠨ ᠤ ᠳᠠᠩᠰᠠ ᠳᠤ ᠣᠷᠣᠭᠤᠯᠤᠨ᠎ᠠ᠃',
  },
  'disability-cert-apply': {
    name: 'ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠦ ᠦᠨᠡᠮᠯᠡᠯ ᠠᠪᠬᠤ',
    guide:
      'ᠬᠠᠷᠠᠭ᠎ᠠ᠂ ᠰᠣᠨᠣᠰᠬᠤ᠂ ᠶᠠᠷᠢᠬᠤ᠂ ᠭᠠᠷ ᠬᠥᠯ᠂ ᠣᠶᠤᠨ ᠤᠬᠠᠭᠠᠨ᠂ ᠰᠡᠳᠬᠢᠯ ᠰᠡᠳᠬᠢᠬᠦᠢ ᠶᠢᠨ ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠠᠪᠴᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠦ ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠳᠤ ᠥᠷᠭᠡᠳᠬᠡᠨ᠎ᠡ᠂ ᠡᠮᠨᠡᠯᠭᠡ ᠳᠦ ᠳᠦᠭᠨᠡᠯᠲᠡ ᠬᠢᠯᠭᠡᠨ᠎ᠡ᠃ ᠶᠠᠪᠤᠬᠤ ᠳᠤ ᠬᠡᠴᠡᠶ ᠪᠣᠯ ᠭᠡᠷ ᠲᠦ ᠢᠷᠡᠵᠦ ᠳᠦᠭᠨᠡᠬᠦ ᠶᠢ ᠭᠤᠶᠤᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠦᠨᠡᠮᠯᠡᠯ ᠲᠥᠯᠦᠪᠦᠷᠢ ᠦᠭᠡᠢ᠃',
  },
  'disability-cert-renew': {
    name: 'ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠦ ᠦᠨᠡᠮᠯᠡᠯ ᠰᠣᠯᠢᠬᠤ',
    guide:
      'ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠠᠭᠤᠰᠬᠤ ᠳᠥᠭᠥᠮ ᠪᠤᠶᠤ ᠳᠠᠭᠤᠰᠤᠭᠰᠠᠨ᠂ ᠡᠪᠳᠡᠷᠡᠭᠰᠡᠨ᠂ ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠶᠢᠨ ᠵᠡᠷᠭᠡ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠪᠣᠯ ᠰᠣᠯᠢᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠦ ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠳᠤ ᠥᠷᠭᠡᠳᠬᠡᠨ᠎ᠡ᠃ ᠬᠠᠭᠤᠴᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠢ ᠬᠤᠷᠢᠶᠠᠨ᠎ᠠ᠂ ᠰᠢᠨ᠎ᠡ ᠦᠨᠡᠮᠯᠡᠯ ᠢ ᠥᠪᠡᠷ ᠠᠪᠬᠤ ᠪᠤᠶᠤ ᠲᠤᠰᠠᠯᠠᠭᠴᠢ ᠠᠪᠴᠤ ᠬᠦᠷᠭᠡᠨ᠎ᠡ᠃',
  },
  'disability-two-subsidies': {
    name: 'ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠦ ᠠᠮᠢᠳᠤᠷᠠᠯ ᠤᠨ ᠪᠣᠯᠤᠨ ᠠᠰᠠᠷᠠᠮᠵᠢ ᠶᠢᠨ ᠲᠡᠳᠬᠦᠮᠵᠢ ᠠᠪᠬᠤ',
    guide:
      'ᠠᠮᠢᠳᠤᠷᠠᠯ ᠤᠨ ᠬᠠᠮᠤᠭ ᠳᠣᠣᠷ᠎ᠠ ᠶᠢᠨ ᠪᠠᠲᠤᠯᠠᠭ᠎ᠠ ᠠᠪᠳᠠᠭ ᠭᠡᠷ ᠪᠦᠯᠢ ᠶᠢᠨ ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠠᠮᠢᠳᠤᠷᠠᠯ ᠤᠨ ᠲᠡᠳᠬᠦᠮᠵᠢ᠂ ᠨᠢᠭᠡᠳᠦᠭᠡᠷ᠂ ᠬᠣᠶᠠᠳᠤᠭᠠᠷ ᠵᠡᠷᠭᠡ ᠶᠢᠨ ᠬᠦᠨᠳᠦ ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠠᠰᠠᠷᠠᠮᠵᠢ ᠶᠢᠨ ᠲᠡᠳᠬᠦᠮᠵᠢ ᠠᠪᠴᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠰᠤᠮᠤ ᠪᠠᠯᠭᠠᠰᠤ ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ ᠲᠦ ᠥᠷᠭᠡᠳᠬᠡᠨ᠎ᠡ᠂ ᠰᠠᠷ᠎ᠠ ᠪᠦᠷᠢ ᠣᠯᠭᠣᠨ᠎ᠠ᠃ ᠬᠣᠶᠠᠷ ᠲᠡᠳᠬᠦᠮᠵᠢ ᠶᠢ ᠬᠠᠮᠲᠤ ᠠᠪᠴᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃',
  },
  'minimum-living-allowance': {
    name: 'ᠠᠮᠢᠳᠤᠷᠠᠯ ᠤᠨ ᠬᠠᠮᠤᠭ ᠳᠣᠣᠷ᠎ᠠ ᠶᠢᠨ ᠪᠠᠲᠤᠯᠠᠭ᠎ᠠ ᠠᠪᠬᠤ',
    guide:
      'ᠭᠡᠷ ᠪᠦᠯᠢ ᠶᠢᠨ ᠨᠢᠭᠡ ᠬᠦᠮᠦᠨ ᠳᠦ ᠣᠩᠣᠯᠤᠬᠤ ᠣᠷᠣᠯᠭ᠎ᠠ ᠨᠢ ᠲᠣᠭᠲᠠᠭᠠᠯ ᠡᠴᠡ ᠳᠣᠣᠷ᠎ᠠ ᠭᠡᠷ ᠪᠦᠯᠢ ᠰᠤᠮᠤ ᠪᠠᠯᠭᠠᠰᠤ ᠳᠤ ᠥᠷᠭᠡᠳᠬᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠭᠡᠷ ᠲᠦ ᠢᠷᠡᠵᠦ ᠰᠢᠯᠭᠠᠭᠠᠳ᠂ ᠭᠠᠴᠠᠭ᠎ᠠ ᠲᠣᠰᠬᠣᠨ ᠳᠤ ᠣᠯᠠᠨ ᠳᠤ ᠵᠠᠷᠯᠠᠨ᠎ᠠ᠂ ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠢᠷᠭᠡᠨ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠲᠣᠪᠴᠢᠶ᠎ᠠ ᠪᠠᠲᠤᠯᠠᠨ᠎ᠠ᠃ ᠶᠡᠷᠦ ᠶᠢᠨ 30 ᠠᠵᠢᠯ ᠤᠨ ᠡᠳᠦᠷ ᠲᠦ ᠪᠦᠲᠦᠭᠡᠨ᠎ᠡ᠃',
  },
  'medical-offsite-filing': {
    name: 'ᠡᠮᠨᠡᠯᠭᠡ ᠶᠢᠨ ᠳᠠᠭᠠᠳᠬᠠᠯ ᠪᠡᠷ ᠭᠠᠳᠠᠭᠰᠢ ᠡᠮᠨᠡᠯᠡᠭᠦᠯᠬᠦ ᠶᠢ ᠪᠦᠷᠢᠳᠬᠡᠬᠦ',
    guide:
      'ᠭᠠᠳᠠᠭᠰᠢ (ᠣᠨᠴᠠᠭᠠᠢ ᠳᠤ ᠥᠪᠡᠷ ᠮᠣᠩᠭᠣᠯ ᠡᠴᠡ ᠭᠠᠳᠠᠭᠰᠢ) ᠡᠮᠨᠡᠯᠡᠭᠦᠯᠬᠦ ᠡᠴᠡ ᠡᠮᠦᠨ᠎ᠡ ᠪᠦᠷᠢᠳᠬᠡᠨ᠎ᠡ᠃ ᠭᠠᠷ ᠤᠳᠠᠰᠤ ᠪᠡᠷ «ᠮᠡᠩ ᠰᠦ ᠪᠠᠨ» ᠪᠤᠶᠤ ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠡᠮᠨᠡᠯᠭᠡ ᠶᠢᠨ ᠳᠠᠭᠠᠳᠬᠠᠯ ᠤᠨ ᠴᠣᠩᠬᠣ ᠳᠤ ᠪᠦᠲᠦᠭᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠂ ᠳᠣᠯᠣᠭᠠᠯ ᠳᠠᠷᠤᠢ ᠳᠠᠭᠤᠰᠤᠨ᠎ᠠ᠃ ᠪᠦᠷᠢᠳᠬᠡᠭᠰᠡᠨ ᠦ ᠳᠠᠷᠠᠭ᠎ᠠ ᠲᠡᠨᠳᠡᠬᠢ ᠡᠮᠨᠡᠯᠭᠡ ᠳᠦ ᠱᠤᠳᠠᠨ ᠲᠣᠭᠠᠴᠠᠨ᠎ᠠ᠃',
  },
  'chronic-disease-outpatient': {
    name: 'ᠦᠵᠡᠯᠭᠡ ᠶᠢᠨ ᠤᠳᠠᠭᠠᠨ ᠪᠠ ᠣᠨᠴᠠᠭᠠᠢ ᠥᠪᠴᠢᠨ ᠦ ᠲᠡᠳᠬᠦᠮᠵᠢ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ',
    guide:
      'ᠴᠢᠰᠤᠨ ᠤ ᠳᠠᠷᠤᠯᠲᠠ ᠥᠨᠳᠥᠷ᠂ ᠰᠢᠬᠢᠷ ᠰᠢᠵᠢᠩ ᠵᠡᠷᠭᠡ ᠤᠳᠠᠭᠠᠨ ᠪᠤᠶᠤ ᠣᠨᠴᠠᠭᠠᠢ ᠥᠪᠴᠢᠨ ᠲᠡᠢ᠂ ᠡᠮᠨᠡᠯᠭᠡ ᠶᠢᠨ ᠳᠠᠭᠠᠳᠬᠠᠯ ᠲᠠᠢ ᠬᠦᠮᠦᠨ ᠥᠷᠭᠡᠳᠬᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠡᠮᠨᠡᠯᠭᠡ ᠶᠢᠨ ᠳᠠᠭᠠᠳᠬᠠᠯ ᠤᠨ ᠴᠣᠩᠬᠣ ᠳᠤ ᠥᠷᠭᠡᠳᠬᠡᠨ᠎ᠡ᠃ ᠲᠣᠭᠲᠠᠭᠠᠭᠳᠠᠭᠰᠠᠨ ᠤ ᠳᠠᠷᠠᠭ᠎ᠠ ᠦᠵᠡᠯᠭᠡ ᠪᠠ ᠡᠮ ᠦᠨ ᠵᠠᠷᠤᠳᠠᠯ ᠢ ᠲᠣᠭᠲᠠᠭᠠᠯ ᠤᠨ ᠳᠠᠭᠤᠤ ᠨᠥᠬᠥᠨ ᠣᠯᠭᠣᠨ᠎ᠠ᠃',
  },
  'resident-medical-enrollment': {
    name: 'ᠬᠣᠲᠠ ᠬᠥᠳᠡᠭᠡ ᠶᠢᠨ ᠢᠷᠭᠡᠳ ᠦᠨ ᠡᠮᠨᠡᠯᠭᠡ ᠶᠢᠨ ᠳᠠᠭᠠᠳᠬᠠᠯ ᠳᠤ ᠪᠦᠷᠢᠳᠬᠡᠬᠦ',
    guide:
      'ᠠᠵᠢᠯᠴᠢᠳ ᠤᠨ ᠡᠮᠨᠡᠯᠭᠡ ᠶᠢᠨ ᠳᠠᠭᠠᠳᠬᠠᠯ ᠳᠤ ᠣᠷᠣᠭᠠᠳᠦᠭᠡᠢ ᠢᠷᠭᠡᠳ᠂ ᠰᠢᠨ᠎ᠡ ᠲᠥᠷᠥᠭᠰᠡᠨ ᠬᠦᠦᠬᠡᠳ᠂ ᠰᠤᠷᠤᠭᠴᠢᠳ ᠣᠷᠣᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠵᠢᠯ ᠪᠦᠷᠢ ᠶᠢᠨ ᠲᠥᠯᠥᠪᠦᠷᠢ ᠲᠥᠯᠥᠬᠦ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠤ ᠪᠦᠷᠢᠳᠬᠡᠨ᠎ᠡ᠃ «ᠮᠡᠩ ᠰᠦ ᠪᠠᠨ» ᠪᠤᠶᠤ ᠰᠤᠮᠤ ᠪᠠᠯᠭᠠᠰᠤ᠂ ᠭᠠᠴᠠᠭ᠎ᠠ ᠲᠣᠰᠬᠣᠨ ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ ᠲᠦ ᠪᠦᠲᠦᠭᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃',
  },
  'sole-proprietor-registration': {
    name: 'ᠬᠤᠪᠢ ᠠᠵᠤ ᠠᠬᠤᠢ ᠪᠦᠷᠢᠳᠬᠡᠬᠦ',
    guide:
      'ᠮᠠᠯᠴᠢᠨ ᠠᠶᠢᠯ ᠤᠨ ᠵᠣᠴᠢᠳ ᠤᠨ ᠪᠠᠭᠠᠵᠢ᠂ ᠵᠢᠵᠢᠭ ᠳᠡᠯᠭᠡᠭᠦᠷ᠂ ᠮᠠᠯ ᠠᠵᠤ ᠠᠬᠤᠢ ᠶᠢᠨ ᠪᠦᠲᠦᠭᠡᠭᠳᠡᠬᠦᠦᠨ ᠬᠤᠳᠠᠯᠳᠤᠬᠤ ᠵᠡᠷᠭᠡ ᠠᠵᠤ ᠠᠬᠤᠢ ᠡᠷᠬᠢᠯᠡᠬᠦ ᠳᠤ ᠪᠦᠷᠢᠳᠬᠡᠨ᠎ᠡ᠃ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠪᠡᠷ ᠪᠤᠶᠤ ᠬᠣᠰᠢᠭᠤ᠂ ᠰᠤᠮᠤ ᠪᠠᠯᠭᠠᠰᠤ ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ ᠲᠦ ᠪᠦᠲᠦᠭᠡᠨ᠎ᠡ᠂ ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ ᠪᠦᠷᠢᠨ ᠪᠣᠯ 3 ᠠᠵᠢᠯ ᠤᠨ ᠡᠳᠦᠷ ᠲᠦ ᠦᠨᠡᠮᠯᠡᠯ ᠣᠯᠭᠣᠨ᠎ᠠ᠃ ᠬᠦᠨᠡᠰᠦ ᠬᠤᠳᠠᠯᠳᠤᠬᠤ ᠪᠣᠯ ᠲᠤᠰᠠᠳ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ ᠠᠪᠤᠨ᠎ᠠ᠃',
  },
  'grassland-contract-certificate': {
    name: 'ᠪᠡᠯᠴᠢᠭᠡᠷ ᠦᠨ ᠭᠡᠷ᠎ᠡ ᠶᠢᠨ ᠡᠷᠬᠡ ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ ᠭᠠᠷᠭᠠᠬᠤ',
    guide:
      'ᠵᠡᠭᠡᠯᠢ ᠠᠪᠬᠤ᠂ ᠪᠡᠯᠴᠢᠭᠡᠷ ᠰᠢᠯᠵᠢᠭᠦᠯᠬᠦ᠂ ᠥᠪ ᠵᠠᠯᠭᠠᠮᠵᠢᠯᠠᠬᠤ᠂ ᠠᠶᠢᠯ ᠬᠤᠪᠢᠶᠠᠬᠤ ᠵᠡᠷᠭᠡ ᠳᠦ ᠡᠨᠡ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ ᠬᠡᠷᠡᠭᠲᠡᠢ᠃ ᠭᠠᠴᠠᠭ᠎ᠠ ᠲᠣᠰᠬᠣᠨ ᠳᠤ ᠥᠷᠭᠡᠳᠬᠡᠨ᠎ᠡ᠂ ᠰᠤᠮᠤ ᠪᠠᠯᠭᠠᠰᠤ ᠬᠢᠨᠠᠭᠠᠳ᠂ ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠲᠠᠷᠢᠶ᠎ᠠ ᠮᠠᠯᠵᠢᠯ ᠤᠨ ᠭᠠᠵᠠᠷ ᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡ ᠭᠠᠷᠭᠠᠨ᠎ᠠ᠃ ᠶᠠᠮᠠᠷ ᠬᠡᠷᠡᠭ ᠲᠦ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠶᠢ ᠥᠷᠭᠡᠳᠬᠡᠯ ᠳᠦ ᠪᠢᠴᠢᠨ᠎ᠡ᠃',
  },
  'id-card-renewal': {
    name: 'ᠢᠷᠭᠡᠨ ᠦ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠰᠣᠯᠢᠬᠤ',
    guide:
      'ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠠᠭᠤᠰᠬᠤ ᠡᠴᠡ 3 ᠰᠠᠷ᠎ᠠ ᠡᠮᠦᠨ᠎ᠡ᠂ ᠳᠠᠭᠤᠰᠤᠭᠰᠠᠨ᠂ ᠡᠪᠳᠡᠷᠡᠭᠰᠡᠨ ᠪᠣᠯ ᠰᠣᠯᠢᠨ᠎ᠠ᠃ ᠹᠠᠴᠤ ᠰᠤᠤᠷᠢ ᠳᠤ ᠥᠪᠡᠷ ᠢᠷᠡᠵᠦ ᠵᠢᠷᠤᠭ ᠪᠠ ᠬᠤᠷᠤᠭᠤ ᠶᠢᠨ ᠮᠥᠷ ᠲᠠᠢᠯᠠᠭᠤᠯᠤᠨ᠎ᠠ᠃ ᠥᠨᠳᠥᠷ ᠨᠠᠰᠤᠲᠠᠨ᠂ ᠶᠠᠪᠤᠬᠤ ᠳᠤ ᠬᠡᠴᠡᠶ ᠬᠦᠮᠦᠨ ᠭᠡᠷ ᠲᠦ ᠢᠷᠡᠵᠦ ᠪᠦᠲᠦᠭᠡᠬᠦ ᠶᠢ ᠭᠤᠶᠤᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠰᠢᠨ᠎ᠡ ᠦᠨᠡᠮᠯᠡᠯ ᠢ ᠥᠪᠡᠷ ᠠᠪᠬᠤ ᠪᠤᠶᠤ ᠱᠤᠳᠠᠨ ᠢᠶᠠᠷ ᠢᠯᠡᠭᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃',
  },
  'property-transfer-registration': {
    name: 'ᠦᠯᠦ ᠬᠥᠳᠡᠯᠬᠦ ᠥᠮᠴᠢ ᠰᠢᠯᠵᠢᠭᠦᠯᠬᠦ ᠪᠦᠷᠢᠳᠬᠡᠯ',
    guide:
      'ᠬᠤᠳᠠᠯᠳᠤᠬᠤ᠂ ᠥᠪ ᠵᠠᠯᠭᠠᠮᠵᠢᠯᠠᠬᠤ᠂ ᠪᠡᠯᠡᠭᠯᠡᠬᠦ ᠵᠡᠷᠭᠡ ᠪᠡᠷ ᠪᠠᠢᠰᠢᠩ ᠭᠠᠵᠠᠷ ᠤᠨ ᠡᠵᠡᠨ ᠰᠣᠯᠢᠭᠳᠠᠬᠤ ᠳᠤ ᠪᠦᠷᠢᠳᠬᠡᠨ᠎ᠡ᠃ ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ ᠲᠦ ᠥᠷᠭᠡᠳᠬᠡᠨ᠎ᠡ᠂ ᠲᠠᠲᠠᠪᠤᠷᠢ ᠲᠥᠯᠥᠭᠡᠳ ᠪᠦᠷᠢᠳᠬᠡᠨ᠎ᠡ᠃ ᠶᠡᠷᠦ ᠶᠢᠨ 5 ᠠᠵᠢᠯ ᠤᠨ ᠡᠳᠦᠷ ᠲᠦ ᠰᠢᠨ᠎ᠡ ᠦᠨᠡᠮᠯᠡᠯ ᠣᠯᠭᠣᠨ᠎ᠠ᠃',
  },
  'extreme-poverty-support': {
    name: 'ᠲᠤᠢᠯ ᠤᠨ ᠬᠡᠴᠡᠶ ᠬᠦᠮᠦᠨ ᠢ ᠲᠡᠵᠢᠭᠡᠬᠦ ᠬᠠᠯᠠᠮᠵᠢ ᠠᠪᠬᠤ',
    guide:
      'ᠬᠥᠳᠡᠯᠮᠦᠷᠢ ᠶᠢᠨ ᠴᠢᠳᠠᠪᠤᠷᠢ ᠦᠭᠡᠢ᠂ ᠠᠮᠢᠳᠤᠷᠠᠯ ᠤᠨ ᠡᠬᠢ ᠦᠭᠡᠢ᠂ ᠲᠡᠵᠢᠭᠡᠬᠦ ᠬᠦᠮᠦᠨ ᠦᠭᠡᠢ ᠥᠨᠳᠥᠷ ᠨᠠᠰᠤᠲᠠᠨ᠂ ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ᠂ 16 ᠨᠠᠰᠤ ᠬᠦᠷᠦᠭᠡ ᠦᠭᠡᠢ ᠬᠦᠦᠬᠡᠳ ᠥᠷᠭᠡᠳᠬᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠰᠤᠮᠤ ᠪᠠᠯᠭᠠᠰᠤ ᠳᠤ ᠥᠷᠭᠡᠳᠬᠡᠨ᠎ᠡ᠂ ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠢᠷᠭᠡᠨ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠲᠣᠪᠴᠢᠶ᠎ᠠ ᠲᠣᠭᠲᠠᠭᠠᠨ᠎ᠠ᠃ ᠭᠡᠷ ᠲᠡᠭᠡᠨ ᠪᠤᠶᠤ ᠥᠨᠳᠥᠷ ᠨᠠᠰᠤᠲᠠᠨ ᠤ ᠰᠤᠤᠴᠠ ᠳᠤ ᠰᠠᠭᠤᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃',
  },
  'temporary-assistance': {
    name: 'ᠲᠦᠷ ᠴᠠᠭ ᠤᠨ ᠬᠠᠯᠠᠮᠵᠢ ᠠᠪᠬᠤ',
    guide:
      'ᠭᠠᠯ ᠦᠯᠡᠳᠦᠯ᠂ ᠣᠳᠬᠠᠷ ᠶᠠᠪᠳᠠᠯ᠂ ᠭᠡᠨᠡᠳᠲᠡ ᠬᠦᠨᠳᠦ ᠥᠪᠴᠢᠨ ᠵᠡᠷᠭᠡ ᠪᠡᠷ ᠠᠮᠢᠳᠤᠷᠠᠯ ᠲᠦᠷ ᠬᠡᠴᠡᠶ ᠪᠣᠯᠪᠠᠯ ᠥᠷᠭᠡᠳᠬᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠰᠤᠮᠤ ᠪᠠᠯᠭᠠᠰᠤ ᠳᠤ ᠥᠷᠭᠡᠳᠬᠡᠨ᠎ᠡ᠂ ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠢᠷᠭᠡᠨ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠲᠣᠪᠴᠢᠶ᠎ᠠ ᠮᠥᠩᠭᠥ ᠪᠤᠶᠤ ᠡᠳ᠋ ᠪᠠᠷᠢᠯᠭ᠎ᠠ ᠣᠯᠭᠣᠨ᠎ᠠ᠃ ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠪᠣᠯ ᠤᠷᠢᠳᠠᠴᠢᠯᠠᠨ ᠬᠠᠯᠠᠮᠵᠢᠯᠠᠭᠠᠳ᠂ ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢ ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠥᠬᠦᠨ᠎ᠡ᠃',
  },
};

// ---------------------------------------------------------------------------------------------------------
// Users and helpers
// ---------------------------------------------------------------------------------------------------------

// Demo accounts listed in the README. All phone numbers are reserved demo numbers.
const demoUsers: SeedUser[] = [
  // Elderly herder woman living in 乌审召嘎查.
  { id: 'u-qiqige', phone: '13800000001', name: '其其格', roles: ['resident'], villageId: 'wushenzhao-wushenzhao' },
  // Resident of a 嘎鲁图镇 community.
  { id: 'u-zhangguilan', phone: '13800000002', name: '张桂兰', roles: ['resident'], villageId: 'galutu-hurehu' },
  // 其其格's son, lives in 嘎鲁图镇 and files requests for his mother (亲属代办).
  { id: 'u-bateer', phone: '13800000003', name: '巴特尔', roles: ['resident'], villageId: 'galutu-hurehu' },
  // Blue-vest helper based in 乌审召镇.
  { id: 'u-wanghaijun', phone: '13900000001', name: '王海军', roles: ['helper'], villageId: null },
  // Grid worker of 乌审召嘎查 (其其格's gacha).
  { id: 'u-wurina', phone: '13900000002', name: '乌日娜', roles: ['grid_worker'], villageId: 'wushenzhao-wushenzhao' },
  // Dispatcher / supervisor at the banner's government service centre.
  { id: 'u-liumin', phone: '13700000001', name: '刘敏', roles: ['supervisor'], villageId: null },
];

// Further helpers spread over the townships. Each also has a SeedUser (built below).
interface HelperSeedRow {
  user: Omit<SeedUser, 'roles' | 'villageId'>;
  helper: Omit<SeedHelper, 'userId'>;
}

const helperRows: HelperSeedRow[] = [
  // 乌审召镇 demo helpers
  {
    user: { id: 'u-wanghaijun', phone: '13900000001', name: '王海军' },
    helper: {
      kind: 'blue_vest',
      skills: ['人社', '医保', '民政', '残联'],
      gridVillageIds: [],
      townshipId: 'wushenzhao',
      languages: ['zh'],
      onDuty: true,
      baseLat: 39.061,
      baseLng: 108.953,
      capacityPerDay: 6,
    },
  },
  {
    user: { id: 'u-wurina', phone: '13900000002', name: '乌日娜' },
    helper: {
      kind: 'grid_worker',
      skills: ['民政', '人社', '医保', '农牧'],
      gridVillageIds: ['wushenzhao-wushenzhao', 'wushenzhao-buridu'],
      townshipId: 'wushenzhao',
      languages: ['zh', 'mn'],
      onDuty: true,
      baseLat: 39.0342,
      baseLng: 108.9127,
      capacityPerDay: 5,
    },
  },
  // 乌审召镇
  {
    user: { id: 'u-naren', phone: '13900000006', name: '那仁' },
    helper: {
      kind: 'grid_worker',
      skills: ['农牧', '民政', '残联'],
      gridVillageIds: ['wushenzhao-bayintaolegai', 'wushenzhao-haolebaoji'],
      townshipId: 'wushenzhao',
      languages: ['mn', 'zh'],
      onDuty: true,
      baseLat: 39.1486,
      baseLng: 108.8614,
      capacityPerDay: 4,
    },
  },
  {
    user: { id: 'u-zhaoli', phone: '13900000007', name: '赵丽' },
    helper: {
      kind: 'grid_worker',
      skills: ['人社', '医保'],
      gridVillageIds: ['wushenzhao-huize'],
      townshipId: 'wushenzhao',
      languages: ['zh'],
      onDuty: false,
      baseLat: 39.0628,
      baseLng: 108.9561,
      capacityPerDay: 6,
    },
  },
  // 嘎鲁图镇
  {
    user: { id: 'u-gaozhiqiang', phone: '13900000003', name: '高志强' },
    helper: {
      kind: 'blue_vest',
      skills: ['市场监管', '不动产', '公安'],
      gridVillageIds: [],
      townshipId: 'galutu',
      languages: ['zh'],
      onDuty: true,
      baseLat: 38.598,
      baseLng: 108.842,
      capacityPerDay: 8,
    },
  },
  {
    user: { id: 'u-siqin', phone: '13900000004', name: '斯琴' },
    helper: {
      kind: 'grid_worker',
      skills: ['民政', '人社', '医保'],
      gridVillageIds: ['galutu-hurehu'],
      townshipId: 'galutu',
      languages: ['zh', 'mn'],
      onDuty: true,
      baseLat: 38.6031,
      baseLng: 108.8465,
      capacityPerDay: 7,
    },
  },
  {
    user: { id: 'u-erdun', phone: '13900000005', name: '额尔敦' },
    helper: {
      kind: 'grid_worker',
      skills: ['农牧', '民政', '残联'],
      gridVillageIds: ['galutu-sibukou', 'galutu-buzhai', 'galutu-mudu'],
      townshipId: 'galutu',
      languages: ['mn', 'zh'],
      onDuty: true,
      baseLat: 38.5214,
      baseLng: 108.9372,
      capacityPerDay: 5,
    },
  },
  // 图克镇
  {
    user: { id: 'u-liujianguo', phone: '13900000008', name: '刘建国' },
    helper: {
      kind: 'blue_vest',
      skills: ['市场监管', '人社', '医保'],
      gridVillageIds: [],
      townshipId: 'tuke',
      languages: ['zh'],
      onDuty: true,
      baseLat: 39.072,
      baseLng: 109.398,
      capacityPerDay: 7,
    },
  },
  {
    user: { id: 'u-aorigele', phone: '13900000009', name: '敖日格乐' },
    helper: {
      kind: 'grid_worker',
      skills: ['农牧', '民政'],
      gridVillageIds: ['tuke-hujierte', 'tuke-wulanshibatai'],
      townshipId: 'tuke',
      languages: ['mn', 'zh'],
      onDuty: true,
      baseLat: 39.1824,
      baseLng: 109.3046,
      capacityPerDay: 5,
    },
  },
  // 乌兰陶勒盖镇
  {
    user: { id: 'u-gaowa', phone: '13900000010', name: '高娃' },
    helper: {
      kind: 'grid_worker',
      skills: ['民政', '残联', '医保'],
      gridVillageIds: ['wulantaolegai-wulantaolegai', 'wulantaolegai-huangtaolegai'],
      townshipId: 'wulantaolegai',
      languages: ['mn', 'zh'],
      onDuty: true,
      baseLat: 38.7213,
      baseLng: 109.1536,
      capacityPerDay: 5,
    },
  },
  {
    user: { id: 'u-yangfan', phone: '13900000011', name: '杨帆' },
    helper: {
      kind: 'blue_vest',
      skills: ['人社', '公安', '不动产'],
      gridVillageIds: [],
      townshipId: 'wulantaolegai',
      languages: ['zh'],
      onDuty: false,
      baseLat: 38.705,
      baseLng: 109.176,
      capacityPerDay: 6,
    },
  },
  // 无定河镇
  {
    user: { id: 'u-wangxiuying', phone: '13900000012', name: '王秀英' },
    helper: {
      kind: 'grid_worker',
      skills: ['民政', '医保', '人社'],
      gridVillageIds: ['wudinghe-henan', 'wudinghe-paiziwan'],
      townshipId: 'wudinghe',
      languages: ['zh'],
      onDuty: true,
      baseLat: 37.9582,
      baseLng: 108.6934,
      capacityPerDay: 6,
    },
  },
  {
    user: { id: 'u-majun', phone: '13900000013', name: '马军' },
    helper: {
      kind: 'grid_worker',
      skills: ['农牧', '不动产', '民政'],
      gridVillageIds: ['wudinghe-batuwan', 'wudinghe-dagouwan', 'wudinghe-nalinhe'],
      townshipId: 'wudinghe',
      languages: ['zh'],
      onDuty: true,
      baseLat: 38.0168,
      baseLng: 108.7583,
      capacityPerDay: 5,
    },
  },
  {
    user: { id: 'u-chenjing', phone: '13900000014', name: '陈静' },
    helper: {
      kind: 'blue_vest',
      skills: ['医保', '残联', '公安'],
      gridVillageIds: [],
      townshipId: 'wudinghe',
      languages: ['zh'],
      onDuty: true,
      baseLat: 37.953,
      baseLng: 108.683,
      capacityPerDay: 8,
    },
  },
  // 苏力德苏木
  {
    user: { id: 'u-wuyun', phone: '13900000015', name: '乌云' },
    helper: {
      kind: 'grid_worker',
      skills: ['农牧', '民政', '残联'],
      gridVillageIds: ['sulide-shaerlige', 'sulide-taoermiao'],
      townshipId: 'sulide',
      languages: ['mn', 'zh'],
      onDuty: true,
      baseLat: 38.3386,
      baseLng: 108.4712,
      capacityPerDay: 3,
    },
  },
  {
    user: { id: 'u-menghe', phone: '13900000016', name: '孟和' },
    helper: {
      kind: 'blue_vest',
      skills: ['农牧', '不动产', '人社'],
      gridVillageIds: [],
      townshipId: 'sulide',
      languages: ['mn', 'zh'],
      onDuty: true,
      baseLat: 38.352,
      baseLng: 108.498,
      capacityPerDay: 4,
    },
  },
  // 苏里格经济开发区
  {
    user: { id: 'u-bayaer', phone: '13900000017', name: '巴雅尔' },
    helper: {
      kind: 'blue_vest',
      skills: ['市场监管', '人社', '医保'],
      gridVillageIds: [],
      townshipId: 'sulige',
      languages: ['zh', 'mn'],
      onDuty: true,
      baseLat: 39.003,
      baseLng: 109.302,
      capacityPerDay: 6,
    },
  },
];

export const helpers: SeedHelper[] = helperRows.map(({ user, helper }): SeedHelper => ({ userId: user.id, ...helper }));

// Helper accounts not already among the demo users: blue vests get ['helper'] and no village,
// grid workers get ['grid_worker'] and their first grid village.
const demoUserIds = new Set(demoUsers.map((u) => u.id));
const helperUsers: SeedUser[] = helperRows
  .filter(({ user }) => !demoUserIds.has(user.id))
  .map(
    ({ user, helper }): SeedUser => ({
      ...user,
      roles: helper.kind === 'blue_vest' ? ['helper'] : ['grid_worker'],
      villageId: helper.kind === 'blue_vest' ? null : (helper.gridVillageIds[0] ?? null),
    }),
  );

export const users: SeedUser[] = [...demoUsers, ...helperUsers];
