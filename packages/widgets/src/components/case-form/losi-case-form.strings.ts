import type { StringTable } from '../../internal/strings.js';

/** UI texts of `<losi-case-form>`. Criterion names come from `@losi/indicators/labels`, language names from `LANGUAGE_NAMES`. */
export interface CaseFormStrings {
  readonly heading: string;
  readonly intro: string;
  readonly city: string;
  readonly country: string;
  readonly countryHint: string;
  readonly indicators: string;
  readonly indicatorsHint: string;
  readonly title: string;
  readonly link: string;
  readonly linkHint: string;
  readonly description: string;
  readonly language: string;
  readonly submittedAt: string;
  readonly optional: string;
  readonly export: string;
  readonly checking: string;
  /** Heading of the list of problems, with how many. */
  readonly problems: (count: string) => string;
  readonly exported: (fileName: string) => string;
  readonly loading: string;
}

export const CASE_FORM_STRINGS: StringTable<CaseFormStrings> = {
  en: {
    heading: 'Describe your good practice',
    intro: 'Describe a page of your city portal that shows an indicator done well. The form checks the description and saves it as a JSON file on this device; nothing is sent anywhere.',
    city: 'City',
    country: 'Country code',
    countryHint: 'Three letters (ISO 3166-1 alpha-3), for example EST.',
    indicators: 'Indicators it illustrates',
    indicatorsHint: 'Choose one or more (Ctrl or Cmd and click, or Shift and the arrow keys, for several).',
    title: 'Title',
    link: 'Address of the page',
    linkHint: 'An address starting with https:// or http://.',
    description: 'Description',
    language: 'Language of the title and description',
    submittedAt: 'Date',
    optional: '(optional)',
    export: 'Check and save as JSON',
    checking: 'Checking…',
    problems: (count) => `${count} to correct before saving:`,
    exported: (fileName) => `Saved as ${fileName}.`,
    loading: 'Loading the indicators…',
  },
  fr: {
    heading: 'Décrivez votre bonne pratique',
    intro: 'Décrivez une page du portail de votre ville qui illustre un indicateur bien mis en œuvre. Le formulaire vérifie la description et l’enregistre dans un fichier JSON sur cet appareil ; rien n’est envoyé.',
    city: 'Ville',
    country: 'Code du pays',
    countryHint: 'Trois lettres (ISO 3166-1 alpha-3), par exemple EST.',
    indicators: 'Indicateurs illustrés',
    indicatorsHint: 'Choisissez-en un ou plusieurs (Ctrl ou Cmd et clic, ou Maj et les flèches, pour plusieurs).',
    title: 'Titre',
    link: 'Adresse de la page',
    linkHint: 'Une adresse commençant par https:// ou http://.',
    description: 'Description',
    language: 'Langue du titre et de la description',
    submittedAt: 'Date',
    optional: '(facultatif)',
    export: 'Vérifier et enregistrer en JSON',
    checking: 'Vérification…',
    problems: (count) => `${count} à corriger avant d’enregistrer :`,
    exported: (fileName) => `Enregistré sous ${fileName}.`,
    loading: 'Chargement des indicateurs…',
  },
  es: {
    heading: 'Describa su buena práctica',
    intro: 'Describa una página del portal de su ciudad que muestre un indicador bien resuelto. El formulario comprueba la descripción y la guarda como archivo JSON en este dispositivo; no se envía nada.',
    city: 'Ciudad',
    country: 'Código del país',
    countryHint: 'Tres letras (ISO 3166-1 alfa-3), por ejemplo EST.',
    indicators: 'Indicadores que ilustra',
    indicatorsHint: 'Elija uno o varios (Ctrl o Cmd y clic, o Mayús y las flechas, para varios).',
    title: 'Título',
    link: 'Dirección de la página',
    linkHint: 'Una dirección que empiece por https:// o http://.',
    description: 'Descripción',
    language: 'Idioma del título y la descripción',
    submittedAt: 'Fecha',
    optional: '(opcional)',
    export: 'Comprobar y guardar como JSON',
    checking: 'Comprobando…',
    problems: (count) => `${count} por corregir antes de guardar:`,
    exported: (fileName) => `Guardado como ${fileName}.`,
    loading: 'Cargando los indicadores…',
  },
  ar: {
    heading: 'صِف ممارستك الجيدة',
    intro: 'صِف صفحة من بوابة مدينتك تُظهر مؤشرًا مُنفَّذًا تنفيذًا جيدًا. يتحقق النموذج من الوصف ويحفظه ملفَّ JSON على هذا الجهاز؛ ولا يُرسَل أي شيء.',
    city: 'المدينة',
    country: 'رمز البلد',
    countryHint: 'ثلاثة أحرف (ISO 3166-1 alpha-3)، مثل EST.',
    indicators: 'المؤشرات التي توضحها',
    indicatorsHint: 'اختر مؤشرًا أو أكثر (Ctrl أو Cmd مع النقر، أو Shift مع مفاتيح الأسهم، لاختيار عدة مؤشرات).',
    title: 'العنوان',
    link: 'عنوان الصفحة',
    linkHint: 'عنوان يبدأ بـ https:// أو http://.',
    description: 'الوصف',
    language: 'لغة العنوان والوصف',
    submittedAt: 'التاريخ',
    optional: '(اختياري)',
    export: 'تحقّق واحفظ بصيغة JSON',
    checking: 'جارٍ التحقق…',
    problems: (count) => `${count} يلزم تصحيحها قبل الحفظ:`,
    exported: (fileName) => `حُفظ باسم ${fileName}.`,
    loading: 'جارٍ تحميل المؤشرات…',
  },
  ru: {
    heading: 'Опишите вашу удачную практику',
    intro: 'Опишите страницу портала вашего города, где показатель реализован хорошо. Форма проверит описание и сохранит его в файл JSON на этом устройстве; ничего никуда не отправляется.',
    city: 'Город',
    country: 'Код страны',
    countryHint: 'Три буквы (ISO 3166-1 alpha-3), например EST.',
    indicators: 'Какие показатели она иллюстрирует',
    indicatorsHint: 'Выберите один или несколько (Ctrl или Cmd и щелчок либо Shift и стрелки — для нескольких).',
    title: 'Название',
    link: 'Адрес страницы',
    linkHint: 'Адрес, начинающийся с https:// или http://.',
    description: 'Описание',
    language: 'Язык названия и описания',
    submittedAt: 'Дата',
    optional: '(необязательно)',
    export: 'Проверить и сохранить в JSON',
    checking: 'Проверка…',
    problems: (count) => `Исправьте перед сохранением (${count}):`,
    exported: (fileName) => `Сохранено как ${fileName}.`,
    loading: 'Загрузка показателей…',
  },
  zh: {
    heading: '介绍您的良好做法',
    intro: '请介绍您所在城市门户网站中某个指标做得好的页面。表单会检查您的介绍，并将其保存为本设备上的 JSON 文件；不会发送任何内容。',
    city: '城市',
    country: '国家代码',
    countryHint: '三个字母（ISO 3166-1 alpha-3），例如 EST。',
    indicators: '所体现的指标',
    indicatorsHint: '选择一个或多个（多选时按住 Ctrl 或 Cmd 点击，或按住 Shift 使用方向键）。',
    title: '标题',
    link: '页面地址',
    linkHint: '以 https:// 或 http:// 开头的地址。',
    description: '说明',
    language: '标题和说明的语言',
    submittedAt: '日期',
    optional: '（可选）',
    export: '检查并保存为 JSON',
    checking: '正在检查…',
    problems: (count) => `保存前需更正 ${count} 处：`,
    exported: (fileName) => `已保存为 ${fileName}。`,
    loading: '正在加载指标…',
  },
  pt: {
    heading: 'Descreva a sua boa prática',
    intro: 'Descreva uma página do portal da sua cidade que mostre um indicador bem implementado. O formulário verifica a descrição e guarda-a num ficheiro JSON neste dispositivo; nada é enviado.',
    city: 'Cidade',
    country: 'Código do país',
    countryHint: 'Três letras (ISO 3166-1 alfa-3), por exemplo EST.',
    indicators: 'Indicadores que ilustra',
    indicatorsHint: 'Escolha um ou mais (Ctrl ou Cmd e clique, ou Shift e as setas, para vários).',
    title: 'Título',
    link: 'Endereço da página',
    linkHint: 'Um endereço que comece por https:// ou http://.',
    description: 'Descrição',
    language: 'Língua do título e da descrição',
    submittedAt: 'Data',
    optional: '(opcional)',
    export: 'Verificar e guardar em JSON',
    checking: 'A verificar…',
    problems: (count) => `${count} a corrigir antes de guardar:`,
    exported: (fileName) => `Guardado como ${fileName}.`,
    loading: 'A carregar os indicadores…',
  },
};
