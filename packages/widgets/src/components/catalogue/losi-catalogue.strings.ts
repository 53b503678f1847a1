import type { StringTable } from '../../internal/strings.js';

/** UI texts of `<losi-catalogue>`. Numbers arrive already formatted for the language. */
export interface CatalogueStrings {
  readonly loading: string;
  /** Accessible name of the search landmark. */
  readonly searchRegion: string;
  readonly search: string;
  readonly searchHint: string;
  readonly criterion: string;
  readonly allCriteria: string;
  readonly shown: (count: string, total: string) => string;
  readonly none: string;
  readonly code: string;
  readonly more: string;
  readonly why: string;
  readonly howTo: string;
  readonly cases: string;
  /** For an indicator of a country set: the official indicator it maps to (`ref` is its code, or its id). */
  readonly officialIndicator: (ref: string) => string;
  /** For an indicator a country set added, with no official counterpart. */
  readonly ownIndicator: string;
  /** Heading of the level bands of a scheme or set. */
  readonly levels: string;
  /** A band's range, from its lower to its upper bound (already formatted as percentages). */
  readonly band: (min: string, max: string) => string;
  /** Heading of the compendium of good practice. */
  readonly compendium: string;
  readonly compendiumHint: string;
  readonly country: string;
  readonly allCountries: string;
  readonly language: string;
  readonly allLanguages: string;
  readonly casesShown: (count: string, total: string) => string;
  readonly noCases: string;
  /** Status of a case: cited in a toolkit guide, or submitted by a city (not reviewed). */
  readonly cited: string;
  readonly submitted: string;
  /** The cases of one indicator, in its article: "Good practice: Montevideo (URY), Dublin (IRL)". */
  readonly casesOf: (list: string) => string;
}

/** The catalogue's texts. Criterion names come from `@losi/indicators/labels`. */
export const CATALOGUE_STRINGS: StringTable<CatalogueStrings> = {
  en: {
    loading: 'Loading the indicators…',
    searchRegion: 'Search the indicators',
    search: 'Search',
    searchHint: 'Words from the title, description or guidance of an indicator.',
    criterion: 'Criterion',
    allCriteria: 'All criteria',
    shown: (count, total) => `Indicators shown: ${count} of ${total}`,
    none: 'No indicator matches this search.',
    code: 'Code',
    more: 'Guidance and examples',
    why: 'Why it matters',
    howTo: 'Steps for a city that lacks it',
    cases: 'Good practice',
    officialIndicator: (ref) => `Official LOSI indicator: ${ref}`,
    ownIndicator: 'Added by the project: no official LOSI indicator',
    levels: 'Levels',
    band: (min, max) => `${min} to ${max}`,
    compendium: 'Compendium of good practice',
    compendiumHint: 'City portals that the toolkit\'s indicator guides cite as examples, and cases cities describe themselves.',
    country: 'Country',
    allCountries: 'All countries',
    language: 'Language',
    allLanguages: 'All languages',
    casesShown: (count, total) => `Cases shown: ${count} of ${total}`,
    noCases: 'No case matches these filters.',
    cited: 'Cited in the toolkit',
    submitted: 'Submitted by the city, not reviewed',
    casesOf: (list) => `Good practice: ${list}`,
  },
  fr: {
    loading: 'Chargement des indicateurs…',
    searchRegion: 'Rechercher dans les indicateurs',
    search: 'Rechercher',
    searchHint: 'Des mots du titre, de la description ou des conseils d’un indicateur.',
    criterion: 'Critère',
    allCriteria: 'Tous les critères',
    shown: (count, total) => `Indicateurs affichés : ${count} sur ${total}`,
    none: 'Aucun indicateur ne correspond à cette recherche.',
    code: 'Code',
    more: 'Conseils et exemples',
    why: 'Pourquoi c’est important',
    howTo: 'Étapes pour une ville qui ne l’a pas encore',
    cases: 'Bonnes pratiques',
    officialIndicator: (ref) => `Indicateur LOSI officiel\u00a0: ${ref}`,
    ownIndicator: 'Ajouté par le projet\u00a0: aucun indicateur LOSI officiel',
    levels: 'Niveaux',
    band: (min, max) => `de ${min} à ${max}`,
    compendium: 'Recueil de bonnes pratiques',
    compendiumHint: 'Portails de villes que les guides d’indicateurs de la boîte à outils citent en exemple, et cas décrits par les villes elles-mêmes.',
    country: 'Pays',
    allCountries: 'Tous les pays',
    language: 'Langue',
    allLanguages: 'Toutes les langues',
    casesShown: (count, total) => `Cas affichés\u00a0: ${count} sur ${total}`,
    noCases: 'Aucun cas ne correspond à ces filtres.',
    cited: 'Cité dans la boîte à outils',
    submitted: 'Soumis par la ville, non examiné',
    casesOf: (list) => `Bonnes pratiques\u00a0: ${list}`,
  },
  es: {
    loading: 'Cargando los indicadores…',
    searchRegion: 'Buscar en los indicadores',
    search: 'Buscar',
    searchHint: 'Palabras del título, la descripción o la orientación de un indicador.',
    criterion: 'Criterio',
    allCriteria: 'Todos los criterios',
    shown: (count, total) => `Indicadores mostrados: ${count} de ${total}`,
    none: 'Ningún indicador coincide con esta búsqueda.',
    code: 'Código',
    more: 'Orientación y ejemplos',
    why: 'Por qué es importante',
    howTo: 'Pasos para una ciudad que aún no lo tiene',
    cases: 'Buenas prácticas',
    officialIndicator: (ref) => `Indicador oficial del LOSI: ${ref}`,
    ownIndicator: 'Añadido por el proyecto: sin indicador oficial del LOSI',
    levels: 'Niveles',
    band: (min, max) => `de ${min} a ${max}`,
    compendium: 'Compendio de buenas prácticas',
    compendiumHint: 'Portales de ciudades que las guías de indicadores del kit citan como ejemplo, y casos que describen las propias ciudades.',
    country: 'País',
    allCountries: 'Todos los países',
    language: 'Idioma',
    allLanguages: 'Todos los idiomas',
    casesShown: (count, total) => `Casos mostrados: ${count} de ${total}`,
    noCases: 'Ningún caso coincide con estos filtros.',
    cited: 'Citado en el kit',
    submitted: 'Enviado por la ciudad, sin revisar',
    casesOf: (list) => `Buenas prácticas: ${list}`,
  },
  ar: {
    loading: 'جارٍ تحميل المؤشرات…',
    searchRegion: 'البحث في المؤشرات',
    search: 'بحث',
    searchHint: 'كلمات من عنوان المؤشر أو وصفه أو إرشاداته.',
    criterion: 'المعيار',
    allCriteria: 'جميع المعايير',
    shown: (count, total) => `المؤشرات المعروضة: ${count} من ${total}`,
    none: 'لا يوجد مؤشر يطابق هذا البحث.',
    code: 'الرمز',
    more: 'إرشادات وأمثلة',
    why: 'لماذا يهم ذلك',
    howTo: 'خطوات لمدينة لا تتوفر لديها هذه الميزة',
    cases: 'ممارسات جيدة',
    officialIndicator: (ref) => `مؤشر LOSI الرسمي: ${ref}`,
    ownIndicator: 'أضافه المشروع: لا يقابله مؤشر LOSI رسمي',
    levels: 'المستويات',
    band: (min, max) => `من ${min} إلى ${max}`,
    compendium: 'خلاصة الممارسات الجيدة',
    compendiumHint: 'بوابات مدن تستشهد بها أدلة المؤشرات في مجموعة الأدوات أمثلةً، وحالات تصفها المدن بنفسها.',
    country: 'البلد',
    allCountries: 'جميع البلدان',
    language: 'اللغة',
    allLanguages: 'جميع اللغات',
    casesShown: (count, total) => `الحالات المعروضة: ${count} من ${total}`,
    noCases: 'لا توجد حالة تطابق عوامل التصفية هذه.',
    cited: 'مذكورة في مجموعة الأدوات',
    submitted: 'قدّمتها المدينة، دون مراجعة',
    casesOf: (list) => `ممارسات جيدة: ${list}`,
  },
  ru: {
    loading: 'Загрузка показателей…',
    searchRegion: 'Поиск по показателям',
    search: 'Поиск',
    searchHint: 'Слова из названия, описания или рекомендаций показателя.',
    criterion: 'Критерий',
    allCriteria: 'Все критерии',
    shown: (count, total) => `Показано показателей: ${count} из ${total}`,
    none: 'Ни один показатель не соответствует запросу.',
    code: 'Код',
    more: 'Рекомендации и примеры',
    why: 'Почему это важно',
    howTo: 'Шаги для города, где этого пока нет',
    cases: 'Удачные примеры',
    officialIndicator: (ref) => `Официальный показатель LOSI: ${ref}`,
    ownIndicator: 'Добавлен проектом: официального показателя LOSI нет',
    levels: 'Уровни',
    band: (min, max) => `от ${min} до ${max}`,
    compendium: 'Сборник удачных практик',
    compendiumHint: 'Порталы городов, которые руководства по показателям из набора инструментов приводят в пример, и случаи, описанные самими городами.',
    country: 'Страна',
    allCountries: 'Все страны',
    language: 'Язык',
    allLanguages: 'Все языки',
    casesShown: (count, total) => `Показано случаев: ${count} из ${total}`,
    noCases: 'Ни один случай не подходит под эти фильтры.',
    cited: 'Приведён в наборе инструментов',
    submitted: 'Предложен городом, не проверен',
    casesOf: (list) => `Удачные примеры: ${list}`,
  },
  zh: {
    loading: '正在加载指标…',
    searchRegion: '搜索指标',
    search: '搜索',
    searchHint: '指标标题、说明或指导中的词语。',
    criterion: '标准',
    allCriteria: '所有标准',
    shown: (count, total) => `显示的指标：${count}/${total}`,
    none: '没有与此搜索匹配的指标。',
    code: '代码',
    more: '指导和示例',
    why: '为何重要',
    howTo: '尚未具备此功能的城市可采取的步骤',
    cases: '良好做法',
    officialIndicator: (ref) => `官方 LOSI 指标：${ref}`,
    ownIndicator: '由项目新增：无对应的官方 LOSI 指标',
    levels: '等级',
    band: (min, max) => `${min} 至 ${max}`,
    compendium: '良好做法汇编',
    compendiumHint: '工具包指标指南中作为示例引用的城市门户网站，以及各城市自行介绍的案例。',
    country: '国家',
    allCountries: '所有国家',
    language: '语言',
    allLanguages: '所有语言',
    casesShown: (count, total) => `显示的案例：${count}/${total}`,
    noCases: '没有符合这些筛选条件的案例。',
    cited: '工具包中引用',
    submitted: '城市提交，未经审核',
    casesOf: (list) => `良好做法：${list}`,
  },
  pt: {
    loading: 'Carregando os indicadores…',
    searchRegion: 'Pesquisar nos indicadores',
    search: 'Pesquisar',
    searchHint: 'Palavras do título, da descrição ou das orientações de um indicador.',
    criterion: 'Critério',
    allCriteria: 'Todos os critérios',
    shown: (count, total) => `Indicadores exibidos: ${count} de ${total}`,
    none: 'Nenhum indicador corresponde a esta pesquisa.',
    code: 'Código',
    more: 'Orientações e exemplos',
    why: 'Por que é importante',
    howTo: 'Etapas para uma cidade que ainda não o tem',
    cases: 'Boas práticas',
    officialIndicator: (ref) => `Indicador oficial do LOSI: ${ref}`,
    ownIndicator: 'Acrescentado pelo projeto: sem indicador oficial do LOSI',
    levels: 'Níveis',
    band: (min, max) => `de ${min} a ${max}`,
    compendium: 'Compêndio de boas práticas',
    compendiumHint: 'Portais de cidades que os guias de indicadores do kit citam como exemplo, e casos que as próprias cidades descrevem.',
    country: 'País',
    allCountries: 'Todos os países',
    language: 'Língua',
    allLanguages: 'Todas as línguas',
    casesShown: (count, total) => `Casos mostrados: ${count} de ${total}`,
    noCases: 'Nenhum caso corresponde a estes filtros.',
    cited: 'Citado no kit',
    submitted: 'Enviado pela cidade, não revisto',
    casesOf: (list) => `Boas práticas: ${list}`,
  },
};
