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
  },
};
