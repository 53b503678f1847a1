import type { StringTable } from '../../internal/strings.js';

/** UI texts of `<losi-ranking>`. Numbers arrive already formatted for the language. */
export interface RankingStrings {
  readonly caption: (edition: string) => string;
  readonly rank: string;
  readonly city: string;
  readonly value: string;
  readonly level: string;
  /** Shown next to a rank shared with another city. */
  readonly tied: string;
  readonly distribution: string;
  readonly filter: string;
  readonly allLevels: string;
  readonly shown: (count: string, total: string) => string;
  readonly empty: string;
  readonly noneAtLevel: string;
  readonly notRanked: string;
  readonly mean: string;
  readonly median: string;
  readonly applicableOnly: string;
  /** Beside the value of an assessment not yet complete. */
  readonly provisional: (answered: string, total: string) => string;
  /** Shown when the table is wider than its box. */
  readonly scrollHint: string;
}

/** The ranking's texts. Level and criterion names come from `@losi/indicators/labels`. */
export const RANKING_STRINGS: StringTable<RankingStrings> = {
  en: {
    caption: (edition) => `LOSI ${edition} ranking`,
    rank: 'Rank',
    city: 'City',
    value: 'LOSI value',
    level: 'Level',
    tied: 'tied',
    distribution: 'Cities per level',
    filter: 'Show level',
    allLevels: 'All levels',
    shown: (count, total) => `Cities shown: ${count} of ${total}`,
    empty: 'There are no results to rank.',
    noneAtLevel: 'No city is at this level.',
    notRanked: 'Not ranked, because the assessment could not be scored:',
    mean: 'Mean',
    median: 'Median',
    applicableOnly: 'Scored over applicable indicators only: not comparable with official LOSI values.',
    provisional: (answered, total) => `provisional: ${answered} of ${total} answered`,
    scrollHint: 'The table is wider than this space: scroll it sideways to see every column.',
  },
  fr: {
    caption: (edition) => `Classement LOSI ${edition}`,
    rank: 'Rang',
    city: 'Ville',
    value: 'Valeur LOSI',
    level: 'Niveau',
    tied: 'ex æquo',
    distribution: 'Villes par niveau',
    filter: 'Niveau affiché',
    allLevels: 'Tous les niveaux',
    shown: (count, total) => `Villes affichées : ${count} sur ${total}`,
    empty: 'Il n’y a aucun résultat à classer.',
    noneAtLevel: 'Aucune ville n’est à ce niveau.',
    notRanked: 'Non classées, car l’évaluation n’a pas pu être notée :',
    mean: 'Moyenne',
    median: 'Médiane',
    applicableOnly: 'Calculé sur les seuls indicateurs applicables : non comparable aux valeurs LOSI officielles.',
    provisional: (answered, total) => `provisoire : ${answered} réponses sur ${total}`,
    scrollHint: 'Le tableau est plus large que cet espace : faites-le défiler horizontalement pour voir toutes les colonnes.',
  },
  es: {
    caption: (edition) => `Clasificación LOSI ${edition}`,
    rank: 'Puesto',
    city: 'Ciudad',
    value: 'Valor LOSI',
    level: 'Nivel',
    tied: 'empate',
    distribution: 'Ciudades por nivel',
    filter: 'Nivel mostrado',
    allLevels: 'Todos los niveles',
    shown: (count, total) => `Ciudades mostradas: ${count} de ${total}`,
    empty: 'No hay resultados que clasificar.',
    noneAtLevel: 'Ninguna ciudad está en este nivel.',
    notRanked: 'Sin clasificar, porque la evaluación no se pudo puntuar:',
    mean: 'Media',
    median: 'Mediana',
    applicableOnly: 'Calculado solo sobre los indicadores aplicables: no comparable con los valores LOSI oficiales.',
    provisional: (answered, total) => `provisional: ${answered} de ${total} respondidos`,
    scrollHint: 'La tabla es más ancha que este espacio: desplácela horizontalmente para ver todas las columnas.',
  },
  ar: {
    caption: (edition) => `ترتيب LOSI ‏${edition}`,
    rank: 'المرتبة',
    city: 'المدينة',
    value: 'قيمة LOSI',
    level: 'المستوى',
    tied: 'مكرر',
    distribution: 'المدن حسب المستوى',
    filter: 'المستوى المعروض',
    allLevels: 'جميع المستويات',
    shown: (count, total) => `المدن المعروضة: ${count} من ${total}`,
    empty: 'لا توجد نتائج لترتيبها.',
    noneAtLevel: 'لا توجد مدينة في هذا المستوى.',
    notRanked: 'غير مرتبة، لتعذّر حساب درجة التقييم:',
    mean: 'المتوسط',
    median: 'الوسيط',
    applicableOnly: 'محسوبة على المؤشرات المنطبقة فقط: غير قابلة للمقارنة بقيم LOSI الرسمية.',
    provisional: (answered, total) => `مؤقت: أُجيب عن ${answered} من ${total}`,
    scrollHint: 'الجدول أعرض من هذه المساحة: مرّره أفقيًا لرؤية كل الأعمدة.',
  },
  ru: {
    caption: (edition) => `Рейтинг LOSI ${edition}`,
    rank: 'Место',
    city: 'Город',
    value: 'Значение LOSI',
    level: 'Уровень',
    tied: 'общее место',
    distribution: 'Города по уровням',
    filter: 'Показать уровень',
    allLevels: 'Все уровни',
    shown: (count, total) => `Показано городов: ${count} из ${total}`,
    empty: 'Нет результатов для рейтинга.',
    noneAtLevel: 'Ни один город не находится на этом уровне.',
    notRanked: 'Не включены в рейтинг, так как оценку не удалось рассчитать:',
    mean: 'Среднее',
    median: 'Медиана',
    applicableOnly: 'Рассчитано только по применимым показателям: несопоставимо с официальными значениями LOSI.',
    provisional: (answered, total) => `предварительно: отвечено ${answered} из ${total}`,
    scrollHint: 'Таблица шире этого места: прокрутите её по горизонтали, чтобы увидеть все столбцы.',
  },
  zh: {
    caption: (edition) => `LOSI ${edition} 排名`,
    rank: '排名',
    city: '城市',
    value: 'LOSI 值',
    level: '等级',
    tied: '并列',
    distribution: '各等级城市数',
    filter: '显示等级',
    allLevels: '所有等级',
    shown: (count, total) => `显示的城市：${count}/${total}`,
    empty: '没有可排名的结果。',
    noneAtLevel: '没有城市处于该等级。',
    notRanked: '未排名（评估无法计分）：',
    mean: '平均值',
    median: '中位数',
    applicableOnly: '仅按适用指标计算：不可与官方 LOSI 值比较。',
    provisional: (answered, total) => `暂定：已回答 ${answered}/${total}`,
    scrollHint: '表格比此区域宽：请横向滚动以查看所有列。',
  },
  pt: {
    caption: (edition) => `Classificação LOSI ${edition}`,
    rank: 'Posição',
    city: 'Cidade',
    value: 'Valor LOSI',
    level: 'Nível',
    tied: 'empate',
    distribution: 'Cidades por nível',
    filter: 'Nível exibido',
    allLevels: 'Todos os níveis',
    shown: (count, total) => `Cidades exibidas: ${count} de ${total}`,
    empty: 'Não há resultados para classificar.',
    noneAtLevel: 'Nenhuma cidade está neste nível.',
    notRanked: 'Sem classificação, porque não foi possível pontuar a avaliação:',
    mean: 'Média',
    median: 'Mediana',
    applicableOnly: 'Calculado apenas sobre os indicadores aplicáveis: não comparável com os valores LOSI oficiais.',
    provisional: (answered, total) => `provisório: ${answered} de ${total} respondidos`,
    scrollHint: 'A tabela é mais larga que este espaço: role-a na horizontal para ver todas as colunas.',
  },
};
