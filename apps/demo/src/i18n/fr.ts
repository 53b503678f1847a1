import type { Strings } from './en.js';

/** The demo's texts in French. */
const fr: Strings = {
  skipLink: 'Aller au contenu principal',
  brand: 'Démo LOSI Kit',
  navLabel: 'Pages de la démo',
  'nav.home': 'Accueil',
  'nav.assessment': 'Auto-évaluation',
  'nav.report': 'Rapport partagé',
  'nav.badge': 'Créateur de badge',
  'nav.dashboard': 'Tableau de bord national',
  'nav.catalogue': 'Catalogue des indicateurs',
  settingsLabel: 'Réglages d’affichage',
  language: 'Langue',
  darkMode: 'Mode sombre',
  footer:
    'LOSI Kit n’est pas un produit officiel des Nations Unies. Cette démo n’envoie rien nulle part : vos réponses restent dans ce navigateur.',
  copy: 'Copier',
  copied: 'Copié dans le presse-papiers.',
  copyFailed: 'La copie n’a pas fonctionné ici : sélectionnez le texte et copiez-le vous-même.',

  'home.title': 'Démo LOSI Kit',
  'home.heading': 'L’indice des services locaux en ligne dans votre navigateur',
  'home.intro':
    'L’indice des services locaux en ligne (LOSI) des Nations Unies mesure dans quelle mesure le portail d’une ville sert ses habitants, selon 95 indicateurs répartis en cinq critères. Ces pages montrent les paquets et composants web de LOSI Kit qui fonctionnent ensemble.',
  'home.pagesHeading': 'Ce que vous pouvez faire ici',
  'home.assessment': 'Évaluez le portail de votre ville selon les 95 indicateurs et voyez le score à mesure que vous répondez.',
  'home.report': 'Ouvrez un rapport que l’on vous a partagé sous forme de lien. Les réponses voyagent dans le lien lui-même.',
  'home.badge': 'Créez un badge LOSI pour votre portail et copiez son code.',
  'home.dashboard': 'Importez un tableur de nombreuses communes : classement, niveaux et adoption de chaque indicateur.',
  'home.catalogue': 'Parcourez les indicateurs, ce que les évaluateurs vérifient et comment les satisfaire.',

  'assessment.title': 'Auto-évaluation',
  'assessment.intro':
    'Répondez à chaque indicateur pour le portail de votre ville. Le rapport se met à jour au fil des réponses. Vos réponses sont enregistrées dans ce navigateur : elles sont toujours là après un rechargement.',
  'assessment.cityName': 'Ville',
  'assessment.cityHint':
    'Saisissez le nom de votre ville, ou choisissez l’une des communes fictives de l’exemple pour voir des réponses types.',
  'assessment.cityUse': 'Utiliser cette ville',
  'assessment.cityEmpty': 'Saisissez d’abord un nom de ville.',
  'assessment.cityRenamed': 'Le questionnaire porte désormais sur {city}.',
  'assessment.exampleConfirm': 'Remplacer vos réponses par les réponses types de {city} ?',
  'assessment.exampleLoaded': 'Réponses types de {city}, une commune fictive, chargées.',
  'assessment.questionnaireHeading': 'Questionnaire',
  'assessment.reportHeading': 'Rapport en direct',
  'assessment.shareHeading': 'Partager le rapport',
  'assessment.shareIntro':
    'Le lien contient vos réponses, compressées, après son signe #. Les navigateurs n’envoient jamais cette partie à un serveur : rien ne quitte votre appareil tant que vous ne partagez pas le lien.',
  'assessment.shareButton': 'Créer un lien de partage',
  'assessment.shareLinkLabel': 'Lien de partage',
  'assessment.shareOpen': 'Ouvrir le rapport partagé',
  'assessment.shareLength': 'Le lien compte {length} caractères.',
  'assessment.shareTooLong':
    'Ces réponses sont trop longues pour un lien ({length} caractères ; la limite est de {limit}). Raccourcissez les notes, ou exportez les réponses dans un fichier depuis le questionnaire.',
  'assessment.shareNeedsCity': 'Donnez d’abord un nom à la ville : un rapport en a besoin.',

  'report.title': 'Rapport partagé',
  'report.intro':
    'Ce rapport a été ouvert depuis un lien. Les réponses se trouvent dans le lien lui-même ; rien n’a été demandé à un serveur.',
  'report.badgeHeading': 'Badge',
  'report.toBadgeBuilder': 'Créer un badge à partir de ce rapport',
  'report.empty':
    'Ce lien ne contient aucun rapport. Créez-en un sur la page d’auto-évaluation : répondez, puis choisissez « Créer un lien de partage ».',
  'report.tooLong':
    'Ce lien est trop long pour être un rapport LOSI Kit : sa partie rapport compte {length} caractères, et la limite est de {limit}. Demandez un nouveau lien, ou les réponses dans un fichier.',
  'report.corrupt':
    'Ce lien est endommagé : sa partie rapport est illisible. Il a peut-être été tronqué lors de la copie. Demandez à nouveau le lien à son expéditeur.',
  'report.invalid': 'Ce lien contient des réponses qui ne forment pas une évaluation LOSI valide :',
  'report.unknownVersion':
    'Ce lien a été créé par une version plus récente de LOSI Kit ({version}) ; cette page ne lit que la version 1.',

  'badge.title': 'Créateur de badge',
  'badge.intro': 'Choisissez l’apparence du badge, vérifiez l’aperçu, puis copiez le code pour votre portail.',
  'badge.sourceLegend': 'Résultat à afficher',
  'badge.fromAssessment': 'Mon auto-évaluation dans ce navigateur',
  'badge.fromAssessmentNone': 'Mon auto-évaluation dans ce navigateur (aucune enregistrée pour l’instant)',
  'badge.manual': 'Une valeur que je saisis',
  'badge.value': 'Valeur LOSI (de 0 à 1)',
  'badge.valueInvalid': 'Saisissez un nombre de 0 à 1, par exemple 0,82.',
  'badge.city': 'Ville',
  'badge.edition': 'Édition',
  'badge.origin': 'Origine de la valeur',
  'badge.selfAssessed': 'Auto-évaluée',
  'badge.official': 'Officielle (publiée par l’ONU)',
  'badge.reportUrl': 'Lien vers le rapport complet (facultatif)',
  'badge.reportUrlInvalid': 'Saisissez une adresse commençant par https:// ou http://.',
  'badge.lookLegend': 'Apparence',
  'badge.variant': 'Variante',
  'badge.compact': 'Compacte',
  'badge.full': 'Complète, avec la ville',
  'badge.language': 'Langue du badge',
  'badge.theme': 'Thème',
  'badge.themeAuto': 'Suivre le réglage du visiteur',
  'badge.themeLight': 'Clair',
  'badge.themeDark': 'Sombre',
  'badge.previewHeading': 'Aperçu',
  'badge.snippetsHeading': 'Code pour votre portail',
  'badge.scriptHeading': 'Balise script',
  'badge.scriptHelp':
    'Charge le badge depuis le CDN jsDelivr. L’empreinte d’intégrité fait refuser le fichier par les navigateurs s’il a été modifié. Le lien placé dans le badge s’affiche quand les scripts ne s’exécutent pas.',
  'badge.svgHeading': 'Image SVG statique',
  'badge.svgHelp':
    'Pour les portails qui n’autorisent aucun script : un seul fichier image avec les mêmes textes, lisible par les lecteurs d’écran.',
  'badge.svgDownload': 'Télécharger le SVG',
  'badge.svgAlt': 'Badge SVG statique tel qu’il apparaîtra',
  'badge.markdownHeading': 'Markdown',
  'badge.markdownHelp': 'Pour les fichiers README et les wikis. Déposez le SVG à côté de la page et gardez le nom du fichier.',

  'dashboard.title': 'Tableau de bord national',
  'dashboard.intro':
    'Évaluez de nombreuses communes à la fois à partir d’un fichier CSV, comme le font les études nationales du réseau LOSI. Le fichier est lu dans ce navigateur et n’est pas envoyé.',
  'dashboard.fictional':
    'Données d’exemple fictives : les exemples ci-dessous décrivent des communes inventées d’un pays inventé, la Norvalie. Ce ne sont pas de vraies villes, et leurs réponses sont aléatoires.',
  'dashboard.importHeading': 'Importer un fichier CSV',
  'dashboard.dropZone': 'Déposez un fichier CSV ici',
  'dashboard.or': 'ou',
  'dashboard.choose': 'Choisir un fichier CSV',
  'dashboard.samples': 'Ou essayez un exemple :',
  'dashboard.loadSample': 'Charger l’exemple fictif',
  'dashboard.loadBroken': 'Charger l’exemple avec des lignes erronées',
  'dashboard.downloadSample': 'Télécharger le CSV de l’exemple fictif',
  'dashboard.format':
    'Une ligne par commune : city, country, portal_url, assessed_at, puis une colonne par identifiant d’indicateur avec yes, no, na, 1, 0 ou une cellule vide.',
  'dashboard.loading': 'Lecture de {file}…',
  'dashboard.loaded': '{file} : {valid} communes chargées.',
  'dashboard.loadedWithProblems': '{file} : {valid} communes chargées ; {rows} lignes écartées à cause de problèmes.',
  'dashboard.notCsv': '{file} n’a pas pu être lu comme du texte.',
  'dashboard.tooBig': '{file} dépasse {limit} Mo ; divisez-le en fichiers plus petits.',
  'dashboard.noRows': '{file} ne contient aucune commune qui puisse être chargée.',
  'dashboard.otherEdition':
    'Cette ligne suit le LOSI {edition} ; le tableau de bord compare les lignes {used} du fichier. Importez chaque édition séparément.',
  'dashboard.sampleFailed': 'L’exemple n’a pas pu être chargé.',
  'dashboard.problemsHeading': 'Lignes avec des problèmes',
  'dashboard.problemsIntro': 'Ces lignes ont été écartées. Corrigez-les dans le tableur et importez de nouveau le fichier.',
  'dashboard.row': 'Ligne',
  'dashboard.column': 'Colonne',
  'dashboard.problem': 'Problème',
  'dashboard.wholeRow': '(toute la ligne)',
  'dashboard.rankingHeading': 'Classement',
  'dashboard.adoptionHeading': 'Adoption des indicateurs',
  'dashboard.adoptionIntro': 'Part des communes qui satisfont chaque indicateur, du moins adopté au plus adopté.',
  'dashboard.indicator': 'Indicateur',
  'dashboard.criterion': 'Critère',
  'dashboard.adoption': 'Adoption',
  'dashboard.compareHeading': 'Comparer des communes',
  'dashboard.compareIntro': 'Choisissez jusqu’à six communes pour comparer leurs critères.',
  'dashboard.compareLegend': 'Communes à comparer',
  'dashboard.compareLimit': 'Six communes au plus peuvent être comparées à la fois.',
  'dashboard.empty': 'Importez un fichier ou chargez un exemple pour voir les résultats.',

  'catalogue.title': 'Catalogue des indicateurs',
  'catalogue.intro':
    'Les 95 indicateurs du LOSI 2024, avec ce que les évaluateurs recherchent sur un portail, pourquoi c’est important, et des étapes pour une ville qui ne l’a pas encore. Les titres et textes sont rédigés par LOSI Kit ; ce ne sont pas des noms officiels de l’ONU.',
};

export default fr;
