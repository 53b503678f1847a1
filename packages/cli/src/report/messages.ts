import type { Language } from '@losi/indicators/labels';
import type { IndicatorStatus } from '@losi/scoring';

/** The report's own words (headings, labels, notes) in one language. Indicator, level and criterion names come from `@losi/indicators`. */
export interface ReportMessages {
  /** `{city}`, `{edition}` */
  readonly documentTitle: string;
  /** `{edition}` */
  readonly eyebrow: string;
  readonly contents: string;
  readonly portal: string;
  /** `{date}` */
  readonly assessedOn: string;
  readonly resultHeading: string;
  readonly badgeHeading: string;
  readonly value: string;
  readonly level: string;
  readonly indicatorsMet: string;
  /** `{met}`, `{total}` */
  readonly metOf: string;
  readonly notApplicable: string;
  readonly notAnswered: string;
  readonly rank: string;
  /** `{rank}`, `{count}` */
  readonly rankOf: string;
  readonly officialMethod: string;
  readonly applicableOnlyMethod: string;
  /** `{points}` */
  readonly customPoints: string;
  /** `{count}` */
  readonly incomplete: string;
  /** `{answered}`, `{total}`: shown beside the value of an incomplete assessment. */
  readonly provisional: string;
  readonly criteriaHeading: string;
  readonly criteriaCaption: string;
  readonly criterion: string;
  /** Header of the criterion value column. */
  readonly criterionValue: string;
  readonly met: string;
  readonly indicators: string;
  readonly gapsHeading: string;
  /** `{count}` */
  readonly gapsIntroPeers: string;
  readonly gapsIntro: string;
  readonly noGaps: string;
  /** `{share}` */
  readonly adoptionPeers: string;
  /** `{share}`, `{cities}` */
  readonly adoptionPublished: string;
  readonly whatIsLookedFor: string;
  readonly steps: string;
  readonly byCriterionHeading: string;
  readonly number: string;
  readonly code: string;
  readonly indicator: string;
  readonly status: string;
  readonly statuses: Readonly<Record<IndicatorStatus, string>>;
  /** `{version}`, `{methodology}`, `{engine}`, `{date}` */
  readonly generated: string;
  readonly ownWording: string;
  /** `{veryHigh}`, `{high}`, `{middle}`: the cut-offs, from `@losi/scoring` `levels`. */
  readonly levelsNote: string;
  /** `{name}`, `{id}`, `{edition}`, `{denominator}`: how the value of a country's indicator set is made. */
  readonly setMethod: string;
  /** As `setMethod`, scored over the applicable indicators only. */
  readonly setMethodApplicableOnly: string;
  /** `{adapted}`: the footer of a set's report. */
  readonly setNotOfficial: string;
  /** The quick wins of a set's report without other cities of the same set to order them. */
  readonly setGapsIntro: string;
}

const en: ReportMessages = {
  documentTitle: '{city}: LOSI {edition} report',
  eyebrow: 'Local Online Service Index (LOSI) {edition}',
  contents: 'Contents',
  portal: 'Portal assessed',
  assessedOn: 'Assessed on {date}',
  resultHeading: 'Result',
  badgeHeading: 'Badge',
  value: 'LOSI value',
  level: 'Level',
  indicatorsMet: 'Indicators met',
  metOf: '{met} of {total}',
  notApplicable: 'Not applicable',
  notAnswered: 'Not answered',
  rank: 'Rank',
  rankOf: '{rank} of {count} cities in the same assessment file',
  officialMethod:
    'Scored with the official LOSI method: each indicator met counts 1; indicators not met, not applicable or not answered count 0.',
  applicableOnlyMethod:
    'Self-assessment scored over the applicable indicators only. This value is not comparable with official LOSI values.',
  customPoints: 'The value is divided by {points} points instead of the number of indicators.',
  incomplete: '{count} indicators are not answered yet; the value can rise once they are.',
  provisional: 'Provisional: {answered} of {total} indicators answered',
  criteriaHeading: 'Criteria',
  criteriaCaption: 'Share of the indicators of each criterion that the portal meets',
  criterion: 'Criterion',
  criterionValue: 'Value',
  met: 'Met',
  indicators: 'Indicators',
  gapsHeading: 'What to improve: quick wins first',
  gapsIntroPeers:
    'Indicators the portal does not meet, those most common among the other {count} cities of the assessment file first: they are usually the quickest to add.',
  gapsIntro:
    'Indicators the portal does not meet, with steps to add each one: first those the UN published as common among city portals, then in questionnaire order.',
  noGaps: 'The portal meets every indicator.',
  adoptionPeers: 'Met by {share} of the other cities in the assessment file.',
  adoptionPublished: 'The UN found it on {share} of {cities} city portals.',
  whatIsLookedFor: 'What assessors look for',
  steps: 'Steps',
  byCriterionHeading: 'All indicators by criterion',
  number: 'No.',
  code: 'Code',
  indicator: 'Indicator',
  status: 'Status',
  statuses: { met: 'Met', unmet: 'Not met', na: 'Not applicable', unanswered: 'Not answered' },
  generated: 'Made with LOSI Kit {version} ({methodology}, scoring engine {engine}) on {date}.',
  ownWording: 'Indicator titles, descriptions and steps are LOSI Kit’s own wording, not official United Nations text.',
  levelsNote:
    'Very High means more than {veryHigh}, as the United Nations states. The High, Middle and Low cut-offs ({high} and {middle}) follow the E-Government Survey convention and are not confirmed for LOSI.',
  setMethod:
    'Scored with the indicator set "{name}" ({id}), adapted from LOSI {edition}: each of its indicators met counts 1, out of {denominator}. This is not an official LOSI value and is not comparable with official LOSI values.',
  setMethodApplicableOnly:
    'Scored with the indicator set "{name}" ({id}), adapted from LOSI {edition}: each of its indicators met counts 1, over the applicable indicators only, out of {denominator}. This is not an official LOSI value and is not comparable with official LOSI values.',
  setNotOfficial:
    '{adapted}: not an official LOSI value. The set’s names and titles are its authors’ own.',
  setGapsIntro:
    'Indicators the portal does not meet, in the set’s order, with steps where the indicator comes from the LOSI edition.',
};

const fr: ReportMessages = {
  documentTitle: '{city} : rapport LOSI {edition}',
  eyebrow: 'Indice des services locaux en ligne (LOSI) {edition}',
  contents: 'Sommaire',
  portal: 'Portail évalué',
  assessedOn: 'Évalué le {date}',
  resultHeading: 'Résultat',
  badgeHeading: 'Badge',
  value: 'Valeur LOSI',
  level: 'Niveau',
  indicatorsMet: 'Indicateurs remplis',
  metOf: '{met} sur {total}',
  notApplicable: 'Sans objet',
  notAnswered: 'Sans réponse',
  rank: 'Rang',
  rankOf: '{rank} sur {count} villes du même fichier d’évaluation',
  officialMethod:
    'Calculé selon la méthode officielle du LOSI : chaque indicateur rempli compte 1 ; les indicateurs non remplis, sans objet ou sans réponse comptent 0.',
  applicableOnlyMethod:
    'Auto-évaluation calculée sur les seuls indicateurs applicables. Cette valeur n’est pas comparable aux valeurs officielles du LOSI.',
  customPoints: 'La valeur est divisée par {points} points au lieu du nombre d’indicateurs.',
  incomplete: '{count} indicateurs sont encore sans réponse ; la valeur peut augmenter une fois qu’ils seront renseignés.',
  provisional: 'Provisoire : {answered} indicateurs sur {total} renseignés',
  criteriaHeading: 'Critères',
  criteriaCaption: 'Part des indicateurs de chaque critère que le portail remplit',
  criterion: 'Critère',
  criterionValue: 'Valeur',
  met: 'Remplis',
  indicators: 'Indicateurs',
  gapsHeading: 'À améliorer : les gains rapides d’abord',
  gapsIntroPeers:
    'Indicateurs que le portail ne remplit pas, en commençant par les plus répandus parmi les {count} autres villes du fichier d’évaluation : ce sont en général les plus rapides à ajouter.',
  gapsIntro:
    'Indicateurs que le portail ne remplit pas, avec les étapes pour ajouter chacun : d’abord ceux que l’ONU a publiés comme répandus parmi les portails municipaux, puis dans l’ordre du questionnaire.',
  noGaps: 'Le portail remplit tous les indicateurs.',
  adoptionPeers: 'Rempli par {share} des autres villes du fichier d’évaluation.',
  adoptionPublished: 'L’ONU l’a trouvé sur {share} de {cities} portails municipaux.',
  whatIsLookedFor: 'Ce que vérifient les évaluateurs',
  steps: 'Étapes',
  byCriterionHeading: 'Tous les indicateurs par critère',
  number: 'N°',
  code: 'Code',
  indicator: 'Indicateur',
  status: 'État',
  statuses: { met: 'Rempli', unmet: 'Non rempli', na: 'Sans objet', unanswered: 'Sans réponse' },
  generated: 'Produit avec LOSI Kit {version} ({methodology}, moteur de calcul {engine}) le {date}.',
  ownWording:
    'Les titres, descriptions et étapes des indicateurs sont rédigés par LOSI Kit ; ce ne sont pas des textes officiels des Nations Unies.',
  levelsNote:
    'Très élevé signifie plus de {veryHigh}, comme l’indiquent les Nations Unies. Les seuils Élevé, Moyen et Faible ({high} et {middle}) suivent la convention de l’Enquête sur l’administration en ligne et ne sont pas confirmés pour le LOSI.',
  setMethod:
    'Calculé avec le jeu d’indicateurs « {name} » ({id}), adapté du LOSI {edition} : chacun de ses indicateurs remplis compte 1, sur {denominator}. Ce n’est pas une valeur officielle du LOSI, et elle n’est pas comparable aux valeurs officielles du LOSI.',
  setMethodApplicableOnly:
    'Calculé avec le jeu d’indicateurs « {name} » ({id}), adapté du LOSI {edition} : chacun de ses indicateurs remplis compte 1, sur les seuls indicateurs applicables, soit {denominator}. Ce n’est pas une valeur officielle du LOSI, et elle n’est pas comparable aux valeurs officielles du LOSI.',
  setNotOfficial:
    '{adapted} : ce n’est pas une valeur officielle du LOSI. Les noms et titres du jeu sont ceux de ses auteurs.',
  setGapsIntro:
    'Indicateurs que le portail ne remplit pas, dans l’ordre du jeu, avec des étapes lorsque l’indicateur provient de l’édition du LOSI.',
};

const es: ReportMessages = {
  documentTitle: '{city}: informe LOSI {edition}',
  eyebrow: 'Índice de Servicios Locales en Línea (LOSI) {edition}',
  contents: 'Contenido',
  portal: 'Portal evaluado',
  assessedOn: 'Evaluado el {date}',
  resultHeading: 'Resultado',
  badgeHeading: 'Distintivo',
  value: 'Valor LOSI',
  level: 'Nivel',
  indicatorsMet: 'Indicadores cumplidos',
  metOf: '{met} de {total}',
  notApplicable: 'No aplicable',
  notAnswered: 'Sin respuesta',
  rank: 'Posición',
  rankOf: '{rank} de {count} ciudades del mismo archivo de evaluación',
  officialMethod:
    'Calculado con el método oficial del LOSI: cada indicador cumplido cuenta 1; los no cumplidos, no aplicables o sin respuesta cuentan 0.',
  applicableOnlyMethod:
    'Autoevaluación calculada solo sobre los indicadores aplicables. Este valor no es comparable con los valores oficiales del LOSI.',
  customPoints: 'El valor se divide entre {points} puntos en lugar del número de indicadores.',
  incomplete: '{count} indicadores aún no tienen respuesta; el valor puede subir cuando se respondan.',
  provisional: 'Provisional: {answered} de {total} indicadores respondidos',
  criteriaHeading: 'Criterios',
  criteriaCaption: 'Proporción de los indicadores de cada criterio que cumple el portal',
  criterion: 'Criterio',
  criterionValue: 'Valor',
  met: 'Cumplidos',
  indicators: 'Indicadores',
  gapsHeading: 'Qué mejorar: primero los avances rápidos',
  gapsIntroPeers:
    'Indicadores que el portal no cumple, primero los más comunes entre las otras {count} ciudades del archivo de evaluación: suelen ser los más rápidos de incorporar.',
  gapsIntro:
    'Indicadores que el portal no cumple, con los pasos para incorporar cada uno: primero los que las Naciones Unidas publicaron como comunes entre los portales municipales, luego en el orden del cuestionario.',
  noGaps: 'El portal cumple todos los indicadores.',
  adoptionPeers: 'Lo cumple el {share} de las demás ciudades del archivo de evaluación.',
  adoptionPublished: 'Las Naciones Unidas lo encontraron en el {share} de {cities} portales municipales.',
  whatIsLookedFor: 'Qué comprueban los evaluadores',
  steps: 'Pasos',
  byCriterionHeading: 'Todos los indicadores por criterio',
  number: 'N.º',
  code: 'Código',
  indicator: 'Indicador',
  status: 'Estado',
  statuses: { met: 'Cumplido', unmet: 'No cumplido', na: 'No aplicable', unanswered: 'Sin respuesta' },
  generated: 'Elaborado con LOSI Kit {version} ({methodology}, motor de cálculo {engine}) el {date}.',
  ownWording:
    'Los títulos, descripciones y pasos de los indicadores son redacción propia de LOSI Kit, no textos oficiales de las Naciones Unidas.',
  levelsNote:
    'Muy alto significa más de {veryHigh}, según indican las Naciones Unidas. Los umbrales Alto, Medio y Bajo ({high} y {middle}) siguen la convención de la Encuesta de Gobierno Electrónico y no están confirmados para el LOSI.',
  setMethod:
    'Calculado con el conjunto de indicadores «{name}» ({id}), adaptado de LOSI {edition}: cada uno de sus indicadores cumplidos cuenta 1, sobre {denominator}. No es un valor oficial de LOSI y no es comparable con los valores oficiales de LOSI.',
  setMethodApplicableOnly:
    'Calculado con el conjunto de indicadores «{name}» ({id}), adaptado de LOSI {edition}: cada uno de sus indicadores cumplidos cuenta 1, solo sobre los indicadores aplicables, {denominator} en total. No es un valor oficial de LOSI y no es comparable con los valores oficiales de LOSI.',
  setNotOfficial:
    '{adapted}: no es un valor oficial de LOSI. Los nombres y títulos del conjunto son de sus autores.',
  setGapsIntro:
    'Indicadores que el portal no cumple, en el orden del conjunto, con pasos cuando el indicador procede de la edición de LOSI.',
};

const ar: ReportMessages = {
  documentTitle: '{city}: تقرير مؤشر LOSI {edition}',
  eyebrow: 'مؤشر الخدمات المحلية على الإنترنت (LOSI) {edition}',
  contents: 'المحتويات',
  portal: 'البوابة التي جرى تقييمها',
  assessedOn: 'تاريخ التقييم: {date}',
  resultHeading: 'النتيجة',
  badgeHeading: 'الشارة',
  value: 'قيمة مؤشر LOSI',
  level: 'المستوى',
  indicatorsMet: 'المؤشرات المستوفاة',
  metOf: '{met} من {total}',
  notApplicable: 'لا ينطبق',
  notAnswered: 'بلا إجابة',
  rank: 'الترتيب',
  rankOf: '{rank} من {count} مدينة في ملف التقييم نفسه',
  officialMethod:
    'حُسبت القيمة بالطريقة الرسمية لمؤشر LOSI: يُحتسب كل مؤشر مستوفى بواحد، وتُحتسب المؤشرات غير المستوفاة أو غير المنطبقة أو التي لا إجابة لها بصفر.',
  applicableOnlyMethod:
    'تقييم ذاتي محسوب على المؤشرات المنطبقة فقط. هذه القيمة غير قابلة للمقارنة بالقيم الرسمية لمؤشر LOSI.',
  customPoints: 'قُسمت القيمة على {points} نقطة بدلًا من عدد المؤشرات.',
  incomplete: 'ما زال {count} مؤشرًا بلا إجابة؛ وقد ترتفع القيمة بعد الإجابة عنها.',
  provisional: 'قيمة مؤقتة: تمت الإجابة عن {answered} من {total} مؤشرًا',
  criteriaHeading: 'المعايير',
  criteriaCaption: 'نسبة مؤشرات كل معيار التي تستوفيها البوابة',
  criterion: 'المعيار',
  criterionValue: 'القيمة',
  met: 'المستوفاة',
  indicators: 'المؤشرات',
  gapsHeading: 'ما يمكن تحسينه: المكاسب السريعة أولًا',
  gapsIntroPeers:
    'المؤشرات التي لا تستوفيها البوابة، بدءًا بالأكثر شيوعًا بين المدن الأخرى في ملف التقييم وعددها {count}: فهي عادةً الأسرع إضافةً.',
  gapsIntro:
    'المؤشرات التي لا تستوفيها البوابة، مع خطوات إضافة كل منها: أولًا تلك التي نشرت الأمم المتحدة أنها شائعة بين البوابات البلدية، ثم بترتيب الاستبيان.',
  noGaps: 'تستوفي البوابة جميع المؤشرات.',
  adoptionPeers: 'تستوفيه نسبة {share} من المدن الأخرى في ملف التقييم.',
  adoptionPublished: 'وجدته الأمم المتحدة في {share} من {cities} بوابة بلدية.',
  whatIsLookedFor: 'ما يتحقق منه المقيّمون',
  steps: 'الخطوات',
  byCriterionHeading: 'جميع المؤشرات حسب المعيار',
  number: 'الرقم',
  code: 'الرمز',
  indicator: 'المؤشر',
  status: 'الحالة',
  statuses: { met: 'مستوفى', unmet: 'غير مستوفى', na: 'لا ينطبق', unanswered: 'بلا إجابة' },
  generated: 'أُعدّ باستخدام LOSI Kit {version} ({methodology}، محرك الحساب {engine}) في {date}.',
  ownWording: 'عناوين المؤشرات وأوصافها وخطواتها من صياغة LOSI Kit، وليست نصوصًا رسمية للأمم المتحدة.',
  levelsNote:
    'يعني المستوى «مرتفع جدًا» قيمة تزيد على {veryHigh}، كما تذكر الأمم المتحدة. أما حدود المستويات «مرتفع» و«متوسط» و«منخفض» ({high} و{middle}) فتتبع عرف دراسة الأمم المتحدة الاستقصائية للحكومة الإلكترونية ولم تُؤكَّد لمؤشر LOSI.',
  setMethod:
    'حُسبت القيمة بمجموعة المؤشرات «{name}» ({id})، المقتبسة من LOSI {edition}: كل مؤشر مستوفى من مؤشراتها يُحتسب 1، من أصل {denominator}. هذه ليست قيمة رسمية لمؤشر LOSI ولا تُقارن بقيمه الرسمية.',
  setMethodApplicableOnly:
    'حُسبت القيمة بمجموعة المؤشرات «{name}» ({id})، المقتبسة من LOSI {edition}: كل مؤشر مستوفى من مؤشراتها يُحتسب 1، على المؤشرات المنطبقة وحدها، من أصل {denominator}. هذه ليست قيمة رسمية لمؤشر LOSI ولا تُقارن بقيمه الرسمية.',
  setNotOfficial:
    '{adapted}: ليست قيمة رسمية لمؤشر LOSI. أسماء المجموعة وعناوينها من وضع مؤلفيها.',
  setGapsIntro:
    'المؤشرات التي لا تستوفيها البوابة، بترتيب المجموعة، مع خطوات حين يكون المؤشر من إصدار LOSI.',
};

const ru: ReportMessages = {
  documentTitle: '{city}: отчёт LOSI {edition}',
  eyebrow: 'Индекс местных онлайн-услуг (LOSI) {edition}',
  contents: 'Содержание',
  portal: 'Оценённый портал',
  assessedOn: 'Дата оценки: {date}',
  resultHeading: 'Результат',
  badgeHeading: 'Значок',
  value: 'Значение LOSI',
  level: 'Уровень',
  indicatorsMet: 'Выполненные показатели',
  metOf: '{met} из {total}',
  notApplicable: 'Неприменимо',
  notAnswered: 'Нет ответа',
  rank: 'Место',
  rankOf: '{rank} из {count} городов в том же файле оценки',
  officialMethod:
    'Рассчитано по официальной методике LOSI: каждый выполненный показатель даёт 1; невыполненные, неприменимые и оставшиеся без ответа дают 0.',
  applicableOnlyMethod:
    'Самооценка, рассчитанная только по применимым показателям. Это значение нельзя сравнивать с официальными значениями LOSI.',
  customPoints: 'Значение разделено на {points} баллов вместо числа показателей.',
  incomplete: 'Показателей без ответа: {count}; после ответа на них значение может вырасти.',
  provisional: 'Предварительно: ответы по {answered} из {total} показателей',
  criteriaHeading: 'Критерии',
  criteriaCaption: 'Доля показателей каждого критерия, которые выполняет портал',
  criterion: 'Критерий',
  criterionValue: 'Значение',
  met: 'Выполнено',
  indicators: 'Показатели',
  gapsHeading: 'Что улучшить: сначала быстрые шаги',
  gapsIntroPeers:
    'Показатели, которые портал не выполняет; первыми идут самые распространённые среди остальных городов файла оценки (их {count}): обычно их добавить быстрее всего.',
  gapsIntro:
    'Показатели, которые портал не выполняет, с шагами для добавления каждого: сначала те, что по данным ООН распространены среди городских порталов, затем в порядке анкеты.',
  noGaps: 'Портал выполняет все показатели.',
  adoptionPeers: 'Выполняют {share} остальных городов файла оценки.',
  adoptionPublished: 'ООН обнаружила его на {share} из {cities} городских порталов.',
  whatIsLookedFor: 'Что проверяют эксперты',
  steps: 'Шаги',
  byCriterionHeading: 'Все показатели по критериям',
  number: '№',
  code: 'Код',
  indicator: 'Показатель',
  status: 'Статус',
  statuses: { met: 'Выполнен', unmet: 'Не выполнен', na: 'Неприменимо', unanswered: 'Нет ответа' },
  generated: 'Подготовлено с помощью LOSI Kit {version} ({methodology}, расчётный модуль {engine}) {date}.',
  ownWording: 'Названия, описания и шаги показателей сформулированы LOSI Kit и не являются официальными текстами ООН.',
  levelsNote:
    '«Очень высокий» означает значение выше {veryHigh}, как указывает ООН. Границы уровней «Высокий», «Средний» и «Низкий» ({high} и {middle}) взяты из практики Обзора электронного правительства и для LOSI не подтверждены.',
  setMethod:
    'Рассчитано по набору показателей «{name}» ({id}), адаптированному из LOSI {edition}: каждый выполненный показатель набора даёт 1 из {denominator}. Это не официальное значение LOSI, и его нельзя сравнивать с официальными значениями LOSI.',
  setMethodApplicableOnly:
    'Рассчитано по набору показателей «{name}» ({id}), адаптированному из LOSI {edition}: каждый выполненный показатель набора даёт 1, только по применимым показателям, из {denominator}. Это не официальное значение LOSI, и его нельзя сравнивать с официальными значениями LOSI.',
  setNotOfficial:
    '{adapted}: не официальное значение LOSI. Названия и заголовки набора принадлежат его авторам.',
  setGapsIntro:
    'Показатели, которые портал не выполняет, в порядке набора, с шагами там, где показатель взят из издания LOSI.',
};

const zh: ReportMessages = {
  documentTitle: '{city}：LOSI {edition} 报告',
  eyebrow: '地方在线服务指数（LOSI）{edition}',
  contents: '目录',
  portal: '评估的门户网站',
  assessedOn: '评估日期：{date}',
  resultHeading: '结果',
  badgeHeading: '徽章',
  value: 'LOSI 值',
  level: '等级',
  indicatorsMet: '达到的指标',
  metOf: '{total} 项中的 {met} 项',
  notApplicable: '不适用',
  notAnswered: '未作答',
  rank: '排名',
  rankOf: '同一评估文件 {count} 个城市中的第 {rank} 名',
  officialMethod: '按 LOSI 官方方法计算：每项达到的指标计 1 分；未达到、不适用或未作答的指标计 0 分。',
  applicableOnlyMethod: '仅按适用指标计算的自我评估。该值不能与 LOSI 官方值比较。',
  customPoints: '该值除以 {points} 分，而不是指标数量。',
  incomplete: '尚有 {count} 项指标未作答；作答后该值可能提高。',
  provisional: '暂定：已作答 {answered}/{total} 项指标',
  criteriaHeading: '标准',
  criteriaCaption: '门户网站达到的各标准指标比例',
  criterion: '标准',
  criterionValue: '值',
  met: '达到',
  indicators: '指标',
  gapsHeading: '改进方向：先做容易的',
  gapsIntroPeers: '门户网站未达到的指标，按评估文件中其他 {count} 个城市的普及程度从高到低排列：越普及的通常越容易补上。',
  gapsIntro: '门户网站未达到的指标，并附有补上每项指标的步骤：先列出联合国公布为城市门户网站中常见的指标，其余按问卷顺序排列。',
  noGaps: '门户网站达到了全部指标。',
  adoptionPeers: '评估文件中 {share} 的其他城市达到该指标。',
  adoptionPublished: '联合国在 {cities} 个城市门户网站中的 {share} 上发现了该功能。',
  whatIsLookedFor: '评估人员检查的内容',
  steps: '步骤',
  byCriterionHeading: '按标准列出的全部指标',
  number: '序号',
  code: '代码',
  indicator: '指标',
  status: '状态',
  statuses: { met: '达到', unmet: '未达到', na: '不适用', unanswered: '未作答' },
  generated: '由 LOSI Kit {version}（{methodology}，计分引擎 {engine}）于 {date} 生成。',
  ownWording: '指标的标题、说明和步骤由 LOSI Kit 自行撰写，并非联合国官方文本。',
  levelsNote: '按照联合国的说明，“非常高”指数值高于 {veryHigh}。“高”“中等”“低”的分界线（{high} 和 {middle}）沿用《电子政务调查》的惯例，尚未在 LOSI 中得到确认。',
  setMethod:
    '按指标集“{name}”（{id}）计分，该指标集改编自 LOSI {edition}：其每个达到的指标计 1 分，满分 {denominator}。这不是 LOSI 官方数值，不能与 LOSI 官方数值比较。',
  setMethodApplicableOnly:
    '按指标集“{name}”（{id}）计分，该指标集改编自 LOSI {edition}：只计适用的指标，其每个达到的指标计 1 分，满分 {denominator}。这不是 LOSI 官方数值，不能与 LOSI 官方数值比较。',
  setNotOfficial:
    '{adapted}：不是 LOSI 官方数值。指标集的名称和标题由其作者拟定。',
  setGapsIntro:
    '门户未达到的指标，按指标集的顺序排列；指标来自 LOSI 版本时附有改进步骤。',
};

const pt: ReportMessages = {
  documentTitle: '{city}: relatório LOSI {edition}',
  eyebrow: 'Índice de Serviços Locais Online (LOSI) {edition}',
  contents: 'Conteúdo',
  portal: 'Portal avaliado',
  assessedOn: 'Avaliado em {date}',
  resultHeading: 'Resultado',
  badgeHeading: 'Selo',
  value: 'Valor LOSI',
  level: 'Nível',
  indicatorsMet: 'Indicadores atendidos',
  metOf: '{met} de {total}',
  notApplicable: 'Não aplicável',
  notAnswered: 'Sem resposta',
  rank: 'Posição',
  rankOf: '{rank} de {count} cidades do mesmo arquivo de avaliação',
  officialMethod:
    'Calculado pelo método oficial do LOSI: cada indicador atendido conta 1; os não atendidos, não aplicáveis ou sem resposta contam 0.',
  applicableOnlyMethod:
    'Autoavaliação calculada apenas sobre os indicadores aplicáveis. Este valor não é comparável aos valores oficiais do LOSI.',
  customPoints: 'O valor é dividido por {points} pontos em vez do número de indicadores.',
  incomplete: '{count} indicadores ainda estão sem resposta; o valor pode subir quando forem respondidos.',
  provisional: 'Provisório: {answered} de {total} indicadores respondidos',
  criteriaHeading: 'Critérios',
  criteriaCaption: 'Parcela dos indicadores de cada critério que o portal atende',
  criterion: 'Critério',
  criterionValue: 'Valor',
  met: 'Atendidos',
  indicators: 'Indicadores',
  gapsHeading: 'O que melhorar: primeiro os ganhos rápidos',
  gapsIntroPeers:
    'Indicadores que o portal não atende, primeiro os mais comuns entre as outras {count} cidades do arquivo de avaliação: costumam ser os mais rápidos de incluir.',
  gapsIntro:
    'Indicadores que o portal não atende, com os passos para incluir cada um: primeiro os que a ONU publicou como comuns entre os portais municipais, depois na ordem do questionário.',
  noGaps: 'O portal atende a todos os indicadores.',
  adoptionPeers: 'Atendido por {share} das outras cidades do arquivo de avaliação.',
  adoptionPublished: 'A ONU o encontrou em {share} de {cities} portais municipais.',
  whatIsLookedFor: 'O que os avaliadores verificam',
  steps: 'Passos',
  byCriterionHeading: 'Todos os indicadores por critério',
  number: 'N.º',
  code: 'Código',
  indicator: 'Indicador',
  status: 'Situação',
  statuses: { met: 'Atendido', unmet: 'Não atendido', na: 'Não aplicável', unanswered: 'Sem resposta' },
  generated: 'Gerado com o LOSI Kit {version} ({methodology}, motor de cálculo {engine}) em {date}.',
  ownWording:
    'Os títulos, descrições e passos dos indicadores são redação própria do LOSI Kit, não textos oficiais das Nações Unidas.',
  levelsNote:
    'Muito alto significa mais de {veryHigh}, conforme indicam as Nações Unidas. Os limites de Alto, Médio e Baixo ({high} e {middle}) seguem a convenção da Pesquisa de Governo Eletrônico e não estão confirmados para o LOSI.',
  setMethod:
    'Calculado com o conjunto de indicadores «{name}» ({id}), adaptado do LOSI {edition}: cada indicador atendido do conjunto conta 1, de {denominator}. Não é um valor oficial do LOSI e não é comparável com os valores oficiais do LOSI.',
  setMethodApplicableOnly:
    'Calculado com o conjunto de indicadores «{name}» ({id}), adaptado do LOSI {edition}: cada indicador atendido do conjunto conta 1, apenas sobre os indicadores aplicáveis, de {denominator}. Não é um valor oficial do LOSI e não é comparável com os valores oficiais do LOSI.',
  setNotOfficial:
    '{adapted}: não é um valor oficial do LOSI. Os nomes e títulos do conjunto são dos seus autores.',
  setGapsIntro:
    'Indicadores que o portal não atende, pela ordem do conjunto, com passos quando o indicador vem da edição do LOSI.',
};

/** The report's words in each language LOSI Kit ships. */
export const REPORT_MESSAGES: Readonly<Record<Language, ReportMessages>> = { en, fr, es, ar, ru, zh, pt };

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
