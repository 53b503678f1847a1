/**
 * The demo's own texts in English: the source for the static HTML (so pages read well before and without
 * JavaScript) and the shape every other language follows. `{name}` marks a value filled in at run time.
 * Indicator, level and criterion texts come from @losi/indicators, not from here.
 */
export const en = {
  skipLink: 'Skip to main content',
  brand: 'LOSI Kit demo',
  navLabel: 'Demo pages',
  'nav.home': 'Home',
  'nav.assessment': 'Self-assessment',
  'nav.report': 'Shared report',
  'nav.badge': 'Badge builder',
  'nav.dashboard': 'National dashboard',
  'nav.catalogue': 'Indicator catalogue',
  settingsLabel: 'Display settings',
  language: 'Language',
  darkMode: 'Dark mode',
  footer:
    'LOSI Kit is not an official United Nations product. This demo sends nothing anywhere: your answers stay in this browser.',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Copying did not work here: select the text and copy it yourself.',

  'home.title': 'LOSI Kit demo',
  'home.heading': 'The Local Online Service Index in your browser',
  'home.intro':
    'The UN Local Online Service Index (LOSI) rates how well a city portal serves its residents, on 95 indicators in five criteria. These pages show the LOSI Kit packages and web components working together.',
  'home.pagesHeading': 'What you can do here',
  'home.assessment': 'Check your city portal against the 95 indicators and see the score as you answer.',
  'home.report': 'Open a report someone shared with you as a link. The answers travel inside the link.',
  'home.badge': 'Make a LOSI badge for your portal and copy its code.',
  'home.dashboard': 'Import a spreadsheet of many municipalities: ranking, levels and adoption of each indicator.',
  'home.catalogue': 'Browse the indicators with what assessors look for and how to meet them.',

  'assessment.title': 'Self-assessment',
  'assessment.intro':
    'Answer each indicator for your city portal. The report updates as you go. Your answers are saved in this browser, so they are still here after a reload.',
  'assessment.cityName': 'City',
  'assessment.cityHint': 'Type your city’s name, or pick one of the fictional sample municipalities to see example answers.',
  'assessment.cityUse': 'Use this city',
  'assessment.cityEmpty': 'Type a city name first.',
  'assessment.cityRenamed': 'The questionnaire is now for {city}.',
  'assessment.exampleConfirm': 'Replace your answers with the example answers of {city}?',
  'assessment.exampleLoaded': 'Loaded the example answers of {city}, a fictional municipality.',
  'assessment.questionnaireHeading': 'Questionnaire',
  'assessment.reportHeading': 'Live report',
  'assessment.shareHeading': 'Share the report',
  'assessment.shareIntro':
    'The link holds your answers, compressed, after its # sign. Browsers never send that part to a server, so nothing leaves your device until you share the link.',
  'assessment.shareButton': 'Make a share link',
  'assessment.shareLinkLabel': 'Share link',
  'assessment.shareOpen': 'Open the shared report',
  'assessment.shareLength': 'The link is {length} characters long.',
  'assessment.shareTooLong':
    'These answers are too long for a link ({length} characters; the limit is {limit}). Shorten the notes, or export the answers as a file from the questionnaire.',
  'assessment.shareNeedsCity': 'Give the city a name first: a report needs one.',

  'report.title': 'Shared report',
  'report.intro':
    'This report was opened from a link. The answers are inside the link itself; nothing was fetched from a server.',
  'report.badgeHeading': 'Badge',
  'report.toBadgeBuilder': 'Make a badge from this report',
  'report.empty': 'This link holds no report. Make one on the self-assessment page: answer, then choose “Make a share link”.',
  'report.tooLong':
    'This link is too long to be a LOSI Kit report: its report part has {length} characters, and the limit is {limit}. Ask for a new link, or for the answers as a file.',
  'report.corrupt':
    'This link is damaged: its report part cannot be read. It may have been cut short when it was copied. Ask the sender for the link again.',
  'report.invalid': 'This link holds answers that are not a valid LOSI assessment:',
  'report.unknownVersion': 'This link was made by a newer version of LOSI Kit ({version}); this page reads version 1 only.',

  'badge.title': 'Badge builder',
  'badge.intro': 'Choose how the badge looks, check the preview, then copy the code for your portal.',
  'badge.sourceLegend': 'Result to show',
  'badge.fromAssessment': 'My self-assessment in this browser',
  'badge.fromAssessmentNone': 'My self-assessment in this browser (none saved yet)',
  'badge.manual': 'A value I enter',
  'badge.value': 'LOSI value (0 to 1)',
  'badge.valueInvalid': 'Enter a number from 0 to 1, such as 0.82.',
  'badge.city': 'City',
  'badge.edition': 'Edition',
  'badge.origin': 'Origin of the value',
  'badge.selfAssessed': 'Self-assessed',
  'badge.official': 'Official (published by the UN)',
  'badge.reportUrl': 'Link to the full report (optional)',
  'badge.reportUrlInvalid': 'Write an address starting with https:// or http://.',
  'badge.lookLegend': 'Appearance',
  'badge.variant': 'Variant',
  'badge.compact': 'Compact',
  'badge.full': 'Full, with the city',
  'badge.language': 'Badge language',
  'badge.theme': 'Theme',
  'badge.themeAuto': 'Follow the visitor’s setting',
  'badge.themeLight': 'Light',
  'badge.themeDark': 'Dark',
  'badge.previewHeading': 'Preview',
  'badge.snippetsHeading': 'Code for your portal',
  'badge.scriptHeading': 'Script tag',
  'badge.scriptHelp':
    'Loads the badge from the jsDelivr CDN. The integrity hash makes browsers refuse the file if it was changed. The link inside the badge is the fallback when scripts do not run.',
  'badge.svgHeading': 'Static SVG image',
  'badge.svgHelp': 'For portals that allow no scripts: one image file with the same texts, readable by screen readers.',
  'badge.svgDownload': 'Download the SVG',
  'badge.svgAlt': 'Static SVG badge as it will look',
  'badge.markdownHeading': 'Markdown',
  'badge.markdownHelp': 'For README files and wikis. Upload the SVG next to the page and keep the file name.',

  'dashboard.title': 'National dashboard',
  'dashboard.intro':
    'Score many municipalities at once from one CSV file, as national LOSI Network studies do. The file is read in this browser and is not uploaded.',
  'dashboard.fictional':
    'Fictional sample data: the samples below describe invented municipalities of an invented country, Norvalia. They are not real cities, and their answers are random.',
  'dashboard.importHeading': 'Import a CSV file',
  'dashboard.dropZone': 'Drop a CSV file here',
  'dashboard.or': 'or',
  'dashboard.choose': 'Choose a CSV file',
  'dashboard.samples': 'Or try a sample:',
  'dashboard.loadSample': 'Load the fictional sample',
  'dashboard.loadBroken': 'Load the sample with broken rows',
  'dashboard.downloadSample': 'Download the fictional sample CSV',
  'dashboard.format':
    'One row per municipality: city, country, portal_url, assessed_at, then one column per indicator id with yes, no, na, 1, 0 or an empty cell.',
  'dashboard.loading': 'Reading {file}…',
  'dashboard.loaded': '{file}: {valid} municipalities loaded.',
  'dashboard.loadedWithProblems': '{file}: {valid} municipalities loaded; {rows} rows left out because of problems.',
  'dashboard.notCsv': '{file} could not be read as text.',
  'dashboard.tooBig': '{file} is larger than {limit} MB; split it into smaller files.',
  'dashboard.noRows': '{file} holds no municipality that could be loaded.',
  'dashboard.otherEdition': 'This row follows LOSI {edition}; the dashboard compares the {used} rows of the file. Import each edition separately.',
  'dashboard.sampleFailed': 'The sample could not be loaded.',
  'dashboard.problemsHeading': 'Rows with problems',
  'dashboard.problemsIntro': 'These rows were left out. Fix them in the spreadsheet and import the file again.',
  'dashboard.row': 'Row',
  'dashboard.column': 'Column',
  'dashboard.problem': 'Problem',
  'dashboard.wholeRow': '(whole row)',
  'dashboard.rankingHeading': 'Ranking',
  'dashboard.adoptionHeading': 'Indicator adoption',
  'dashboard.adoptionIntro': 'Share of municipalities where each indicator is met, least adopted first.',
  'dashboard.indicator': 'Indicator',
  'dashboard.criterion': 'Criterion',
  'dashboard.adoption': 'Adoption',
  'dashboard.compareHeading': 'Compare municipalities',
  'dashboard.compareIntro': 'Choose up to six municipalities to compare their criteria.',
  'dashboard.compareLegend': 'Municipalities to compare',
  'dashboard.compareLimit': 'At most six municipalities can be compared at once.',
  'dashboard.empty': 'Import a file or load a sample to see the results.',

  'catalogue.title': 'Indicator catalogue',
  'catalogue.intro':
    'The 95 indicators of LOSI 2024 with what assessors look for on a portal, why it matters, and steps for a city that lacks it. Titles and texts are LOSI Kit’s own wording, not official UN names.',
} as const;

/** Every text key of the demo. */
export type StringKey = keyof typeof en;

/** The demo's texts in one language. */
export type Strings = Readonly<Record<StringKey, string>>;
