import type { StringTable } from '../../internal/strings.js';

export interface ReportStrings {
  /** Heading when the result names no city, for an edition such as `2024`. */
  readonly title: (edition: string) => string;
  readonly assessedOn: (date: string) => string;
  /** Accessible name of the score gauge. */
  readonly score: string;
  readonly criteria: string;
  readonly metOf: (met: string, total: string) => string;
  readonly answered: (answered: string, total: string) => string;
  /** Note under the heading for results of the official method. */
  readonly official: string;
  /** Note for results scored over applicable indicators only. */
  readonly applicableOnly: string;
  /** Note for results of a country project's indicator set: never an official value. */
  readonly adapted: string;
  readonly gapsTitle: string;
  readonly noGaps: string;
  readonly status: { readonly unmet: string; readonly na: string; readonly unanswered: string };
  readonly peerShare: (percent: string) => string;
  readonly steps: string;
  readonly showAll: (count: string) => string;
  readonly showFewer: string;
  readonly loading: string;
  /** Marks the value of an assessment not yet complete. */
  readonly provisional: string;
  readonly provisionalNote: (answered: string, total: string) => string;
  /** Shown while no result or assessment is set yet (the page sets it a moment later). */
  readonly waiting: string;
}

const NBSP = '\u00a0';

/** The report's texts. Level and criterion names come from `@losi/indicators/labels`; indicator texts from its locales. */
export const REPORT_STRINGS: StringTable<ReportStrings> = {
  en: {
    title: (edition) => `LOSI ${edition} report`,
    assessedOn: (date) => `Assessed on ${date}`,
    score: 'LOSI score',
    criteria: 'Criteria',
    metOf: (met, total) => `${met} of ${total} met`,
    answered: (answered, total) => `${answered} of ${total} indicators answered`,
    official: 'Official method: indicators not met, not applicable or not answered all count 0.',
    applicableOnly: 'Scored over applicable indicators only: not comparable with official LOSI values.',
    adapted: "Scored with a country project's adapted indicator set: not an official LOSI value and not comparable with one.",
    gapsTitle: 'What to improve, quick wins first',
    noGaps: 'Every indicator is met.',
    status: { unmet: 'Not met', na: 'Not applicable', unanswered: 'Not answered' },
    peerShare: (percent) => `Met by ${percent} of the compared cities`,
    steps: 'Steps',
    showAll: (count) => `Show all ${count}`,
    showFewer: 'Show fewer',
    loading: 'Loading the guidance…',
    provisional: 'Provisional',
    provisionalNote: (answered, total) => `Provisional: only ${answered} of ${total} indicators are answered, so the value will change as answers are added.`,
    waiting: 'No result to show yet.',
  },
  fr: {
    title: (edition) => `Rapport LOSI ${edition}`,
    assessedOn: (date) => `Évalué le ${date}`,
    score: 'Score LOSI',
    criteria: 'Critères',
    metOf: (met, total) => `${met} sur ${total} satisfaits`,
    answered: (answered, total) => `${answered} indicateurs renseignés sur ${total}`,
    official: `Méthode officielle${NBSP}: les indicateurs non satisfaits, sans objet ou sans réponse comptent tous 0.`,
    applicableOnly: `Calculé sur les seuls indicateurs applicables${NBSP}: non comparable aux valeurs LOSI officielles.`,
    adapted: `Calculé avec le jeu d’indicateurs adapté d’un projet national${NBSP}: ce n’est pas une valeur LOSI officielle, ni une valeur comparable.`,
    gapsTitle: 'Points à améliorer, gains rapides d’abord',
    noGaps: 'Tous les indicateurs sont satisfaits.',
    status: { unmet: 'Non satisfait', na: 'Sans objet', unanswered: 'Sans réponse' },
    peerShare: (percent) => `Satisfait par ${percent} des villes comparées`,
    steps: 'Étapes',
    showAll: (count) => `Tout afficher (${count})`,
    showFewer: 'Afficher moins',
    loading: 'Chargement des recommandations…',
    provisional: 'Provisoire',
    provisionalNote: (answered, total) => `Provisoire : seuls ${answered} indicateurs sur ${total} ont une réponse ; la valeur changera avec les réponses suivantes.`,
    waiting: 'Aucun résultat à afficher pour l’instant.',
  },
  es: {
    title: (edition) => `Informe LOSI ${edition}`,
    assessedOn: (date) => `Evaluado el ${date}`,
    score: 'Puntuación LOSI',
    criteria: 'Criterios',
    metOf: (met, total) => `${met} de ${total} cumplidos`,
    answered: (answered, total) => `${answered} de ${total} indicadores respondidos`,
    official: 'Método oficial: los indicadores no cumplidos, no aplicables o sin respuesta cuentan 0.',
    applicableOnly: 'Calculado solo sobre los indicadores aplicables: no comparable con los valores oficiales del LOSI.',
    adapted: 'Calculado con el conjunto de indicadores adaptado de un proyecto nacional: no es un valor oficial del LOSI ni comparable con uno.',
    gapsTitle: 'Qué mejorar, primero las mejoras rápidas',
    noGaps: 'Se cumplen todos los indicadores.',
    status: { unmet: 'No cumplido', na: 'No aplicable', unanswered: 'Sin respuesta' },
    peerShare: (percent) => `Cumplido por el ${percent} de las ciudades comparadas`,
    steps: 'Pasos',
    showAll: (count) => `Mostrar los ${count}`,
    showFewer: 'Mostrar menos',
    loading: 'Cargando las recomendaciones…',
    provisional: 'Provisional',
    provisionalNote: (answered, total) => `Provisional: solo ${answered} de ${total} indicadores tienen respuesta; el valor cambiará con las próximas respuestas.`,
    waiting: 'Todavía no hay resultados que mostrar.',
  },
  ar: {
    title: (edition) => `تقرير LOSI ${edition}`,
    assessedOn: (date) => `تاريخ التقييم: ${date}`,
    score: 'درجة LOSI',
    criteria: 'المعايير',
    metOf: (met, total) => `${met} من ${total} مستوفاة`,
    answered: (answered, total) => `تمت الإجابة عن ${answered} من ${total} مؤشرًا`,
    official: 'الطريقة الرسمية: تُحتسب المؤشرات غير المستوفاة وغير المنطبقة وغير المُجاب عنها صفرًا.',
    applicableOnly: 'محسوبة على المؤشرات المنطبقة فقط: غير قابلة للمقارنة بقيم LOSI الرسمية.',
    adapted: 'محسوبة بمجموعة مؤشرات مكيّفة لمشروع وطني: ليست قيمة LOSI رسمية ولا تقبل المقارنة بها.',
    gapsTitle: 'ما يجب تحسينه، بدءًا بالمكاسب السريعة',
    noGaps: 'جميع المؤشرات مستوفاة.',
    status: { unmet: 'غير مستوفى', na: 'غير منطبق', unanswered: 'بلا إجابة' },
    peerShare: (percent) => `مستوفى لدى ${percent} من المدن المقارنة`,
    steps: 'الخطوات',
    showAll: (count) => `عرض الكل (${count})`,
    showFewer: 'عرض أقل',
    loading: 'جارٍ تحميل الإرشادات…',
    provisional: 'مؤقت',
    provisionalNote: (answered, total) => `مؤقت: أُجيب عن ${answered} فقط من ${total} مؤشرًا، لذا ستتغير القيمة مع إضافة الإجابات.`,
    waiting: 'لا توجد نتيجة لعرضها بعد.',
  },
  ru: {
    title: (edition) => `Отчёт LOSI ${edition}`,
    assessedOn: (date) => `Дата оценки: ${date}`,
    score: 'Оценка LOSI',
    criteria: 'Критерии',
    metOf: (met, total) => `выполнено ${met} из ${total}`,
    answered: (answered, total) => `получены ответы по ${answered} из ${total} показателей`,
    official: 'Официальная методика: невыполненные, неприменимые и оставшиеся без ответа показатели засчитываются как 0.',
    applicableOnly: 'Рассчитано только по применимым показателям: несопоставимо с официальными значениями LOSI.',
    adapted: 'Рассчитано по адаптированному набору показателей национального проекта: это не официальное значение LOSI и оно с ним несопоставимо.',
    gapsTitle: 'Что улучшить: сначала быстрые шаги',
    noGaps: 'Все показатели выполнены.',
    status: { unmet: 'Не выполнено', na: 'Неприменимо', unanswered: 'Нет ответа' },
    peerShare: (percent) => `Выполнено у ${percent} сравниваемых городов`,
    steps: 'Шаги',
    showAll: (count) => `Показать все (${count})`,
    showFewer: 'Показать меньше',
    loading: 'Загрузка рекомендаций…',
    provisional: 'Предварительно',
    provisionalNote: (answered, total) => `Предварительно: отвечено лишь на ${answered} из ${total} показателей, значение изменится по мере добавления ответов.`,
    waiting: 'Результата пока нет.',
  },
  zh: {
    title: (edition) => `LOSI ${edition} 报告`,
    assessedOn: (date) => `评估日期：${date}`,
    score: 'LOSI 得分',
    criteria: '标准',
    metOf: (met, total) => `${total} 项中满足 ${met} 项`,
    answered: (answered, total) => `${total} 项指标中已回答 ${answered} 项`,
    official: '官方方法：未满足、不适用或未回答的指标均计为 0。',
    applicableOnly: '仅按适用指标计算：不可与官方 LOSI 数值比较。',
    adapted: '按国家项目改编的指标集计算：不是官方 LOSI 数值，也不可与之比较。',
    gapsTitle: '改进事项（速效项优先）',
    noGaps: '所有指标均已满足。',
    status: { unmet: '未满足', na: '不适用', unanswered: '未回答' },
    peerShare: (percent) => `${percent} 的对比城市已满足`,
    steps: '步骤',
    showAll: (count) => `显示全部（${count}）`,
    showFewer: '显示较少',
    loading: '正在加载指导…',
    provisional: '暂定',
    provisionalNote: (answered, total) => `暂定：${total} 项指标中仅回答了 ${answered} 项，随着答案增加，数值会变化。`,
    waiting: '暂无可显示的结果。',
  },
  pt: {
    title: (edition) => `Relatório LOSI ${edition}`,
    assessedOn: (date) => `Avaliado em ${date}`,
    score: 'Pontuação LOSI',
    criteria: 'Critérios',
    metOf: (met, total) => `${met} de ${total} atendidos`,
    answered: (answered, total) => `${answered} de ${total} indicadores respondidos`,
    official: 'Método oficial: indicadores não atendidos, não aplicáveis ou sem resposta contam 0.',
    applicableOnly: 'Calculado apenas sobre os indicadores aplicáveis: não comparável com os valores oficiais do LOSI.',
    adapted: 'Calculado com o conjunto de indicadores adaptado de um projeto nacional: não é um valor oficial do LOSI nem comparável com um.',
    gapsTitle: 'O que melhorar, ganhos rápidos primeiro',
    noGaps: 'Todos os indicadores são atendidos.',
    status: { unmet: 'Não atendido', na: 'Não aplicável', unanswered: 'Sem resposta' },
    peerShare: (percent) => `Atendido por ${percent} das cidades comparadas`,
    steps: 'Passos',
    showAll: (count) => `Mostrar todos (${count})`,
    showFewer: 'Mostrar menos',
    loading: 'Carregando as orientações…',
    provisional: 'Provisório',
    provisionalNote: (answered, total) => `Provisório: apenas ${answered} de ${total} indicadores têm resposta; o valor mudará à medida que as respostas forem adicionadas.`,
    waiting: 'Ainda não há resultado para mostrar.',
  },
};
