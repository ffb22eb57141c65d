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
