import { CRITERION_LABELS, LEVEL_NAMES } from '../i18n/labels.js';
import { LANGUAGE_DIRECTION, LANGUAGE_NAMES } from '../i18n/languages.js';
import type { Locale } from '../locale-types.js';

/**
 * Chinese (Simplified) texts of the LOSI 2024 indicators.
 * Terminology follows United Nations Chinese usage (电子政务, 电子参与, 开放政府数据, 可持续发展目标,
 * 地方自愿审查, 残疾人, 土著人民, 民间社会组织); proper names such as W3C, WCAG 2.1, TAW and StatCounter stay in Latin script.
 */
export const locale: Locale = {
  lang: 'zh',
  dir: LANGUAGE_DIRECTION.zh,
  name: LANGUAGE_NAMES.zh,
  criteria: CRITERION_LABELS.zh,
  levels: LEVEL_NAMES.zh,
  indicators: {
    // 制度框架
    'official-portal': {
      title: '市政府官方门户网站',
      description: '市政府拥有自己的官方网站，并可据此与有关该市的非官方网站或商业网站区分开来：其域名表明属于政府（如 gov 或 gob）并带有城市或国家标识，或页脚中有注明该市的版权声明，或两者兼有。',
    },
    'organizational-chart': {
      title: '市行政机构组织结构图',
      description: '门户网站展示市行政机构组织方式的结构图或示意图，包括各部门和单位及其上下级隶属关系。仅有部门名单而未体现组织结构的，不符合要求。',
    },
    'heads-of-departments-and-contacts': {
      title: '各部门负责人及其联系方式',
      description: '门户网站列出市政府各部门负责人的姓名和正式职务，并提供与其本人或其办公室联系的方式（电话号码或电子邮件地址）。这些信息可以是一个单独页面、一个栏目，或组织结构图的一部分。',
    },
    'right-of-access-to-information': {
      title: '获取公共信息的权利',
      description: '门户网站说明居民依法获取政府所持信息的权利，例如介绍或链接信息自由法或信息获取法，或提供一个说明如何向市政府申请信息的页面。',
    },
    'open-data-policy': {
      title: '开放政府数据政策',
      description: '门户网站表明该市已承诺公开发布其数据，例如发布或链接开放数据政策、战略、宪章或决定，规定数据将予以公布，供任何人自由获取、再利用和再分发。',
    },
    'links-to-other-government-agencies': {
      title: '其他政府机构的链接',
      description: '门户网站设有专门栏目（如机构名录或“政府链接”页面），提供其他地方、区域或国家政府机构官方网站的链接。散见于新闻条目中的链接不计在内。',
    },
    'privacy-policy': {
      title: '隐私政策',
      description: '门户网站有一份隐私声明（通常从页脚或首页链接），说明网站如何收集、使用、存储和保护用户的个人数据。',
    },
    'online-service-tutorials': {
      title: '在线服务使用教程',
      description: '门户网站提供指导，教人们如何使用其在线服务，例如分步指南、用户手册、视频教程或电子服务帮助链接。',
    },
    // 内容提供
    'foreign-language-support': {
      title: '多语种内容',
      description: '门户网站以该国主要官方语言之外的至少一种语言提供信息或服务，例如通过语言切换功能或一组翻译页面。托管在其他网站上的翻译页面，如门户网站明确链接至该页面，也计算在内。',
    },
    'municipality-information': {
      title: '城市概况信息',
      description: '门户网站有介绍城市本身的页面或栏目，涵盖历史、地理、人口、经济、文化、自然环境或名胜景点等主题。门户网站链接的旅游网站或城市简介网站也计算在内。',
    },
    'emergency-alert-subscription': {
      title: '紧急警报订阅',
      description: '门户网站说明人们如何通过推送通知、短信、电子邮件或应用程序订阅或接收有关恶劣天气、洪水、地震或空气污染事件等紧急情况的警报。如门户网站链接至该市所用的外部警报平台，有关该平台的信息也计算在内。',
    },
    'procurement-announcements': {
      title: '采购公告',
      description: '门户网站发布市政府的公开招标、征求建议书或其他合同机会，或链接至发布这些招标信息的外部采购平台。可使用采购、招标、投标或合同等任一用语。',
    },
    'procurement-results': {
      title: '采购结果',
      description: '门户网站公布市政府采购程序的结果，例如已授予的合同、中标供应商或合同金额，或链接至公布这些结果的外部采购平台。',
    },
    'information-about-services': {
      title: '附有每项服务详情的服务目录',
      description: '门户网站列出市政府提供的各项服务，并就每项服务提供实用详情，例如服务内容、申请方式、所需文件、办理时限和费用。仅列出服务名称的，不计在内。',
    },
    'initiatives-with-third-parties': {
      title: '与外部伙伴合作的举措',
      description: '门户网站介绍市政府与第三方共同开展的至少一项举措，第三方可以是民间社会组织、企业、大学，或通过众筹或众包贡献资金或想法的居民。',
    },
    'health-information': {
      title: '卫生信息',
      description: '门户网站提供与健康有关的信息，例如在何处获得卫生服务、疫苗接种或疾病预防建议，或该市如何为突发卫生事件做准备。如市政府门户网站链接至卫生门户网站或卫生主管部门网站，也计算在内。',
    },
    'environmental-information': {
      title: '环境信息',
      description: '门户网站提供有关环境事项的信息，例如气候行动、节能、绿地、噪声，或居民如何减少自身的温室气体排放。',
    },
    'education-information': {
      title: '教育信息',
      description: '门户网站提供教育信息，例如幼儿保育、学前教育和入学登记、学校名录或对家长的支持。',
    },
    'social-welfare-information': {
      title: '社会福利信息',
      description: '门户网站提供社会福利信息，例如社会福利待遇以及面向特定群体的方案或举措，其详细程度足以让人了解有哪些支持以及应与谁联系。',
    },
    'leisure-culture-sports-information': {
      title: '休闲、文化和体育信息',
      description: '门户网站提供休闲、文化和体育信息，例如体育设施和活动、公园、游乐场和开放空间、文化场馆、文化活动或旅游。',
    },
    'information-for-vulnerable-groups': {
      title: '面向弱势群体的信息',
      description: '门户网站提供面向弱势群体的信息，例如妇女、儿童、青年、残疾人、老年人、土著人民或贫困人口，内容涉及他们可获得的服务、享有的权利或可参加的方案。',
    },
    'justice-information': {
      title: '司法和申诉信息',
      description: '门户网站提供居民在地方层面处理的司法事项信息，例如如何对罚单或停车罚款提出异议、如何对市政税核定提出申诉或异议，或如何使用调解服务。',
    },
    'employment-information': {
      title: '就业和培训信息',
      description: '门户网站提供有关工作的信息，例如求职、培训和技能方案，或失业救济和支持。门户网站链接的就业机构网站也计算在内。',
    },
    'smart-city-initiatives': {
      title: '智慧城市举措',
      description: '门户网站展示至少一类智慧城市工作：智慧城市举措、项目或服务的公告；智慧城市战略或规划；或向居民提供的智慧服务。',
    },
    'use-of-emerging-technologies': {
      title: '新兴技术的使用',
      description: '门户网站提供证据，表明市政府在其服务或应用中使用了人工智能、区块链或物联网等新兴技术，例如用于废物管理、停车、交通或街道照明。',
    },
    'sdg-data': {
      title: '关于可持续发展目标进展的地方数据',
      description: '门户网站以任何形式公布该市在实现可持续发展目标方面进展的量化数据，例如统计数字、表格、图表、研究报告或地方自愿审查。仅提及可持续发展目标而无具体数字的，不计在内。',
    },
    'public-transport-information': {
      title: '公共交通信息',
      description: '门户网站提供公共交通信息，例如时刻表、线路图或票价和支付方式，或链接至专门的公共交通门户网站或运营商网站。',
    },
    'municipal-mobile-apps': {
      title: '市政移动应用程序',
      description: '至少有一款移动应用程序执行或支持某项市政职能，例如报告问题、缴纳账单、停车、交通或城市信息，并且门户网站对其进行了展示，通常附有说明或应用商店链接。',
    },
    'waste-reduction-and-recycling-information': {
      title: '减少废物和回收利用信息',
      description: '门户网站告诉居民如何以及在何处减少、回收或再利用废物，例如分类规则、收集时间表或回收中心的位置，通常位于“环境”或“城市生活”等栏目下。',
    },
    'road-information': {
      title: '道路和道路安全信息',
      description: '门户网站提供有关道路的信息，例如道路安全建议、交通事故统计、道路改善计划、道路施工、封闭和绕行，或如何报告道路安全问题。',
    },
    'portal-usage-statistics': {
      title: '门户网站使用统计',
      description: '门户网站公布有关自身使用情况的统计数据，例如访问次数或新访客数、页面浏览量或平均停留时间。',
    },
    'emergency-and-disaster-section': {
      title: '紧急情况和灾害专栏',
      description: '门户网站设有关于洪水、公共安全威胁或大流行病等紧急情况和灾害的专门栏目，或链接至单独的地方政府门户网站，提供备灾或应对信息。',
    },
    'air-pollution-policy-information': {
      title: '空气污染政策和措施',
      description: '门户网站介绍该市减少空气污染的政策、规划或措施，例如清洁空气计划、低排放区或污染高峰期间的限制措施。',
    },
    'air-pollution-measurements': {
      title: '空气质量监测数据',
      description: '门户网站展示该市实际的空气质量监测数据，例如污染物数值、空气质量指数、图表、地图或可下载的数据。门户网站链接的监测网站如显示该市数据，也计算在内。',
    },
    'user-satisfaction-measurement': {
      title: '用户满意度调查',
      description: '门户网站提供或说明市政府衡量用户满意度的方式，例如民意测验、问卷或对页面或服务的评分。',
    },
    'user-satisfaction-results': {
      title: '公布用户满意度结果',
      description: '门户网站公布百分比或其他统计数据，表明用户对门户网站或其在线服务的满意程度，例如涵盖这些内容的满意度调查结果。',
    },
    'upcoming-events': {
      title: '近期活动列表',
      description: '门户网站设有列出该市近期活动及其日期的栏目，例如活动日历或日程。门户网站链接的城市活动网站也计算在内。',
    },
    'news-section': {
      title: '市政新闻栏目',
      description: '门户网站设有关于该市时事的新闻栏目，例如新决定或政策变化、发展规划和方案，或城市生活报道，各条目均注明日期。',
    },
    'free-internet-access': {
      title: '免费公共互联网接入',
      description: '门户网站表明政府提供免费互联网接入，例如在特定公共区域提供免费 Wi-Fi，或与移动运营商达成协议，通常附有接入地点或连接方法。',
    },
    'assisted-access-points': {
      title: '在线服务协助点',
      description: '门户网站告知人们可在哪些实体场所获得使用在线政府服务的当面帮助，例如社区中心、图书馆、邮局或服务中心。',
    },
    // 服务提供
    'online-police-declaration': {
      title: '网上报警',
      description: '个人可以在网上向警方报案，例如报告盗窃，既可通过市政府门户网站上的表格，也可通过门户网站明确链接的警方网站或应用程序。报案本身必须在网上提交；仅提供紧急电话号码或派出所地址的，不符合本指标。',
    },
    'driver-licence-application': {
      title: '网上申请驾驶执照',
      description: '可以在网上申请驾驶执照，既可在市政府门户网站上申请，也可在门户网站明确链接的发证机关网站（通常为区域或国家一级）上申请。',
    },
    'building-permit-application': {
      title: '网上申请建筑许可证',
      description: '可以在网上填写并提交建筑许可证申请，既可在市政府门户网站上办理，也可在门户网站明确链接的外部电子许可平台上办理。',
    },
    'environment-related-permit-application': {
      title: '网上申请环境许可证',
      description: '至少有一种与环境有关的许可证（例如修剪或移除树木的许可，或影响空气、水、废物或噪声的活动许可证）可以在网上申请，既可在市政府门户网站上申请，也可在门户网站明确链接的外部网站上申请。',
    },
    'business-licence-application': {
      title: '网上申请营业执照',
      description: '可以在网上申请营业执照，既可在市政府门户网站上申请，也可在门户网站明确链接的外部执照办理网站上申请。',
    },
    'residence-permit-application': {
      title: '网上申请居留许可',
      description: '可以在网上申请停留或居留许可，既可在市政府门户网站上申请，也可在门户网站明确链接的移民或登记主管机关网站上申请。',
    },
    'birth-certificate-application': {
      title: '网上申请出生证明',
      description: '可以在网上申请出生证明（或经核证的副本），既可在市政府门户网站上申请，也可在门户网站明确链接的民事登记网站上申请。',
    },
    'death-certificate-application': {
      title: '网上申请死亡证明',
      description: '可以在网上申请死亡证明（或经核证的副本），既可在市政府门户网站上申请，也可在门户网站明确链接的民事登记网站上申请。',
    },
    'marriage-certificate-application': {
      title: '网上申请结婚证明',
      description: '可以在网上申请结婚证明（或经核证的副本），既可在市政府门户网站上申请，也可在门户网站明确链接的民事登记网站上申请。',
    },
    'change-of-address-notification': {
      title: '网上申报地址变更',
      description: '居民可以在网上向主管部门申报迁居或新地址，既可在市政府门户网站上申报，也可通过门户网站明确链接的人口登记服务申报。',
    },
    'land-title-registration': {
      title: '网上办理土地产权登记',
      description: '可以在网上登记土地或房产的所有权（契据或其他产权文件），既可在市政府门户网站上办理，也可在门户网站明确链接的土地登记网站上办理。',
    },
    'vehicle-registration': {
      title: '网上办理车辆登记',
      description: '可以在网上登记汽车、摩托车、卡车或其他车辆，既可在市政府门户网站上办理，也可在门户网站明确链接的车辆登记主管机关网站上办理。',
    },
    'e-procurement-platform': {
      title: '电子投标（电子采购）',
      description: '供应商可以通过电子方式投标市政合同：门户网站提供或明确链接至市政府所用的电子采购平台（自有平台或区域、国家平台），可在该平台上在线提交标书。',
    },
    'online-job-applications': {
      title: '网上申请市政府职位',
      description: '人们可以在网上申请市行政机构的空缺职位，可通过门户网站上的申请表或招聘系统，也可通过门户网站为其本身空缺职位明确链接的申请表或招聘系统。',
    },
    'online-tax-filing': {
      title: '网上申报地方税',
      description: '居民或企业可以在网上提交地方政府要求的纳税申报表及相关表格，既可在市政府门户网站上提交，也可在门户网站明确链接的税务服务上提交。',
    },
    'online-payment-for-services': {
      title: '网上缴纳市政服务费',
      description: '至少一项市政服务（例如许可证、证明或垃圾收集）的收费可以从门户网站在线缴纳；由门户网站将用户转至支付服务商或政府支付服务完成付款的，也符合要求。',
    },
    'online-payment-of-fines': {
      title: '网上缴纳罚款',
      description: '市政府或其他公共机构开具的罚款（例如停车罚款或交通罚款）可以从门户网站在线缴纳，既可在门户网站本身缴纳，也可在门户网站明确链接的支付服务上缴纳。',
    },
    'water-utility-payment': {
      title: '网上缴纳水费',
      description: '可以在网上缴纳水费，既可直接在市政府门户网站上缴纳，也可在门户网站以链接指明的供水商支付网站上缴纳。',
    },
    'energy-utility-payment': {
      title: '网上缴纳电费或燃气费',
      description: '可以在网上缴纳电费或燃气费，既可直接在市政府门户网站上缴纳，也可在门户网站以链接指明的能源供应商支付网站上缴纳。',
    },
    'services-for-homeless-people': {
      title: '对无家可归者的帮助',
      description: '门户网站提供或介绍面向无家可归者的服务，例如免费餐食、紧急庇护所、卫生设施、医疗护理或志愿服务项目，并提供足够的实用细节（地点、时间、联系人），使有需要的人能够利用这些服务。',
    },
    'online-lost-and-found': {
      title: '网上失物招领服务',
      description: '居民和访客可以在网上报告或查询遗失物品或拾获物品：可通过市政府门户网站上的表格或失物数据库，也可通过门户网站明确链接的警方或失物招领服务。',
    },
    'affordable-housing-search': {
      title: '网上查询可用或经济适用住房',
      description: '人们可以在网上查询可用住房或经济适用住房（社会住房或补贴住房），例如通过房源列表、住房登记册或申请服务，既可在市政府门户网站上查询，也可在门户网站明确链接的住房机构网站上查询。',
    },
    // 参与和互动
    'email-responsiveness': {
      title: '及时回复通过电子邮件或表格发送的问题',
      description: '评估员通过门户网站提供的电子邮件地址或网页表格向市政府发送一个既定问题。市政府在发送后 3 个工作日内作出答复的，即符合本指标。',
    },
    'email-response-quality': {
      title: '三天内对测试问题作出有用答复',
      description: '对评估员测试问题的答复在发送后三天内送达，并切实回答了问题：提供了所询问的信息，或准确告知发件人从何处获取该信息。逾期答复或未针对问题作答的，不符合本指标。',
    },
    'budget-information': {
      title: '市政预算信息',
      description: '门户网站以网页或可下载文件的形式公布有关市政预算的信息或文件，例如已通过的预算、预算报告或预算政策。',
    },
    'open-data-provision': {
      title: '开放格式的开放数据集',
      description: '可以从门户网站或其链接的数据门户网站，以 CSV 或纯文本等开放格式下载市政府的数据集。',
    },
    'discrimination-reporting': {
      title: '网上举报歧视行为',
      description: '门户网站允许个人在网上举报任何形式的歧视（例如基于族裔、年龄或性别的歧视），即就此提交关切、问题或投诉。',
    },
    'ai-chatbot': {
      title: '人工智能聊天机器人',
      description: '门户网站提供由人工智能驱动的支持聊天机器人，可以是对话式人工智能助手，也可以是生成式人工智能助手，用于回答用户的问题。',
    },
    'feedback-complaint-submission': {
      title: '在线提交反馈或投诉',
      description: '用户可以在网上向市政府提交投诉、疑问或意见，例如通过关于门户网站或其服务的“留下反馈”功能；“联系市长”功能也计算在内。',
    },
    'online-deliberation-tools': {
      title: '收集公众意见的在线工具',
      description: '门户网站提供收集居民意见、为政策审议提供参考的在线工具，例如讨论论坛、民意测验、请愿、投票工具、聊天、博客或社交媒体上的咨询。',
    },
    'reporting-of-incidents-in-public-spaces': {
      title: '报告公共空间中的问题',
      description: '用户可以通过市政府为此专门设立的设施（通常称为“我的街道”或“我的城市”），在门户网站上或其链接的应用程序中，在线报告公共空间中的问题，例如路面坑洞或路灯损坏。',
    },
    'participatory-budgeting': {
      title: '参与式预算编制',
      description: '门户网站显示居民有机会参与参与式预算编制，可以是过去五年内举行的进程，也可以是已宣布近期将举行的进程。',
    },
    'participatory-land-use-planning': {
      title: '公众参与土地利用规划',
      description: '门户网站显示居民在近期或不久的将来有机会参与修订城市国土空间的组织方式，例如修订土地利用规划或总体规划，或决定将某一区域改建为公园。',
    },
    'upcoming-e-participation-announcements': {
      title: '即将开展的电子参与活动公告',
      description: '门户网站通过公告或日历告知用户即将开展的电子参与活动，例如在线咨询、调查、民意测验或投票。',
    },
    'outcome-of-online-consultations': {
      title: '公布在线咨询结果',
      description: '门户网站表明至少有一次在线公众咨询促成了实际的政策、法规或服务决定，例如通过关于结果的总结报告、介绍材料或新闻更新。',
    },
    'e-voting': {
      title: '就地方决定进行电子投票',
      description: '门户网站提供在地方决策进程中实际使用的电子投票工具或程序，例如就提案或项目进行投票。',
    },
    'council-public-meetings-information': {
      title: '市议会公开会议',
      description: '门户网站提供有关市议会公开会议的信息：即将召开或已召开会议的公告或日程表，或已召开会议的记录。',
    },
    'open-data-metadata': {
      title: '开放数据集的元数据',
      description: '市政府发布的每个开放数据集都附有元数据，例如说明、发布日期或最近更新日期，以及作者或负责机构。',
    },
    'live-chat-with-staff': {
      title: '与市政府工作人员实时在线交谈',
      description: '门户网站提供与市政府工作人员的实时对话，例如通过点击聊天、网页聊天、WhatsApp、微信、短信或其他实时支持渠道。',
    },
    'social-networking-features': {
      title: '社交媒体渠道链接',
      description: '门户网站提供社交网络功能，例如链接至该市在 Facebook、X（Twitter）、YouTube、Flickr 或类似网络上的官方账户，或嵌入这些账户的信息流。',
    },
    // 技术
    'contact-details': {
      title: '市政府联系方式',
      description: '门户网站提供联系市政府的方式，通常在“联系我们”页面上：至少包括电话号码、电子邮件地址、邮政地址或街道地址、在线联系表格中的一种。',
    },
    'browser-compatibility': {
      title: '在最常用的网络浏览器中正常运行',
      description: '门户网站在该国使用最多的三种网络浏览器中均能正确显示和运行：页面能够加载，菜单、链接、表格和搜索功能正常，版面没有错乱。',
    },
    'portal-findability': {
      title: '易于通过搜索引擎找到',
      description: '在该国使用最多的三个搜索引擎中，官方城市门户网站均出现在搜索结果的第一页。',
    },
    'mobile-device-accessibility': {
      title: '可在移动设备上使用',
      description: '门户网站在智能手机或平板电脑上显示良好，并可浏览和使用，可以是响应式网站，也可以通过门户网站的移动应用程序实现。',
    },
    'navigability': {
      title: '网站地图或页面索引',
      description: '门户网站设有网站地图或索引页面，列出其各个页面（通常按层级排列），访客可以打开（例如从页脚进入）。仅供搜索引擎使用的 XML 网站地图本身不计在内。',
    },
    'advanced-search': {
      title: '高级搜索选项',
      description: '门户网站的搜索功能除单一搜索框外还提供高级选项，例如精确短语、排除词、日期范围或语言，或允许用户筛选和细化结果（例如按栏目或文件类型）。',
    },
    'w3c-markup-validity': {
      title: '有效的 HTML 标记（W3C 检查）',
      description: '门户网站首页使用默认选项通过 W3C 标记验证服务检查，且无任何错误。出现任何错误或读取超时，即不符合本指标。',
    },
    'w3c-css-validity': {
      title: '有效的 CSS 样式表（W3C 检查）',
      description: '以首页地址使用默认选项运行 W3C CSS 验证服务时，门户网站的样式表通过检查。报告任何错误，即不符合本指标。',
    },
    'wcag-accessibility': {
      title: '在自动测试中符合 WCAG 2.1 AA 级',
      description: '使用自动无障碍测试工具（工具包使用 TAW）按照 WCAG 2.1 AA 级进行测试时，门户网站首页未显示任何问题。摘要中报告任何问题，即不符合本指标。',
    },
    'access-to-own-data': {
      title: '查看市政府持有的个人记录',
      description: '用户可以在门户网站或其链接的服务上查看地方政府持有的有关本人的数据，例如税务、社会福利或车辆登记记录，通常须先登录个人账户。',
    },
    'modification-of-own-data': {
      title: '在线更新个人记录',
      description: '个人可以在门户网站或其链接的服务上更改地方政府持有的有关本人的至少一部分数据，例如联系方式或地址。',
    },
    'helpdesk-phone-number': {
      title: '在线服务帮助热线',
      description: '门户网站显示一个服务台电话号码，人们在网上或通过其他数字渠道办理服务遇到困难时可以拨打。',
    },
    'internal-search': {
      title: '首页搜索栏',
      description: '门户网站首页设有能正常使用的搜索栏：搜索一个词即可返回门户网站的相关结果。',
    },
    'help-faq': {
      title: '帮助或常见问题栏目',
      description: '门户网站设有帮助功能或“常见问题”栏目，帮助用户熟悉网站，并解答人们通常提出的问题。',
    },
    'online-authentication': {
      title: '安全的用户登录（电子身份）',
      description: '门户网站允许用户通过账户、国家电子身份（e-ID）或多因素身份验证安全登录，以使用个性化的在线或移动服务。由链接的国家服务提供的登录也计算在内。',
    },
  },
};

export default locale;
