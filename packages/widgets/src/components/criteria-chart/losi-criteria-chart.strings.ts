import type { StringTable } from '../../internal/strings.js';

export interface CriteriaChartStrings {
  /** Caption of the figure and of the table; `names` is the list of series ("Tallinn and Lisbon"). */
  readonly caption: (names: string) => string;
  /** Accessible name of the chart drawing. */
  readonly chartLabel: (names: string) => string;
  /** Header of the table's first column. */
  readonly criterion: string;
  /** Name of the overall LOSI value, shown before the criteria. */
  readonly overall: string;
  readonly showTable: string;
  readonly hideTable: string;
  /** Counts in a table cell: "6 of 8". */
  readonly metOf: (met: string, total: string) => string;
  /** Shown while no result or assessment is set yet (the page sets them a moment later). */
  readonly waiting: string;
}

/** The chart's texts. Criterion names come from `@losi/indicators/labels`. */
export const CRITERIA_CHART_STRINGS: StringTable<CriteriaChartStrings> = {
  en: {
    caption: (names) => `LOSI per criterion: ${names}`,
    chartLabel: (names) => `Bar chart of LOSI values per criterion for ${names}. The data table has the same values.`,
    criterion: 'Criterion',
    overall: 'LOSI (all criteria)',
    showTable: 'Show the data table',
    hideTable: 'Hide the data table',
    metOf: (met, total) => `${met} of ${total}`,
    waiting: 'No result to show yet.',
  },
  fr: {
    caption: (names) => `LOSI par critère\u00a0: ${names}`,
    chartLabel: (names) => `Graphique à barres des valeurs LOSI par critère pour ${names}. Le tableau de données donne les mêmes valeurs.`,
    criterion: 'Critère',
    overall: 'LOSI (tous critères)',
    showTable: 'Afficher le tableau de données',
    hideTable: 'Masquer le tableau de données',
    metOf: (met, total) => `${met} sur ${total}`,
    waiting: 'Aucun résultat à afficher pour l’instant.',
  },
  es: {
    caption: (names) => `LOSI por criterio: ${names}`,
    chartLabel: (names) => `Gráfico de barras de los valores LOSI por criterio para ${names}. La tabla de datos ofrece los mismos valores.`,
    criterion: 'Criterio',
    overall: 'LOSI (todos los criterios)',
    showTable: 'Mostrar la tabla de datos',
    hideTable: 'Ocultar la tabla de datos',
    metOf: (met, total) => `${met} de ${total}`,
    waiting: 'Todavía no hay resultados que mostrar.',
  },
  ar: {
    caption: (names) => `LOSI حسب المعيار: ${names}`,
    chartLabel: (names) => `مخطط أعمدة لقيم LOSI حسب المعيار لـ ${names}. يعرض جدول البيانات القيم نفسها.`,
    criterion: 'المعيار',
    overall: 'LOSI (جميع المعايير)',
    showTable: 'عرض جدول البيانات',
    hideTable: 'إخفاء جدول البيانات',
    metOf: (met, total) => `${met} من ${total}`,
    waiting: 'لا توجد نتيجة لعرضها بعد.',
  },
  ru: {
    caption: (names) => `LOSI по критериям: ${names}`,
    chartLabel: (names) => `Столбчатая диаграмма значений LOSI по критериям: ${names}. Те же значения приведены в таблице данных.`,
    criterion: 'Критерий',
    overall: 'LOSI (все критерии)',
    showTable: 'Показать таблицу данных',
    hideTable: 'Скрыть таблицу данных',
    metOf: (met, total) => `${met} из ${total}`,
    waiting: 'Результатов пока нет.',
  },
  zh: {
    caption: (names) => `各标准的 LOSI：${names}`,
    chartLabel: (names) => `${names}各标准 LOSI 数值的条形图。数据表列出了相同的数值。`,
    criterion: '标准',
    overall: 'LOSI（全部标准）',
    showTable: '显示数据表',
    hideTable: '隐藏数据表',
    metOf: (met, total) => `${total} 项中 ${met} 项`,
    waiting: '暂无可显示的结果。',
  },
  pt: {
    caption: (names) => `LOSI por critério: ${names}`,
    chartLabel: (names) => `Gráfico de barras dos valores LOSI por critério para ${names}. A tabela de dados traz os mesmos valores.`,
    criterion: 'Critério',
    overall: 'LOSI (todos os critérios)',
    showTable: 'Mostrar a tabela de dados',
    hideTable: 'Ocultar a tabela de dados',
    metOf: (met, total) => `${met} de ${total}`,
    waiting: 'Ainda não há resultado para mostrar.',
  },
};
