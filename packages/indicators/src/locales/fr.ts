import { CRITERION_LABELS, LEVEL_NAMES } from '../i18n/labels.js';
import { LANGUAGE_DIRECTION, LANGUAGE_NAMES } from '../i18n/languages.js';
import type { Locale } from '../locale-types.js';

/**
 * French texts of the LOSI 2024 catalogue, in the register of United Nations French
 * (« administration en ligne », « participation en ligne », « données publiques ouvertes »).
 * Apostrophes are typographic (’) and French punctuation takes a no-break space, so that
 * a colon or a closing guillemet never starts a line.
 */
export const locale: Locale = {
  lang: 'fr',
  dir: LANGUAGE_DIRECTION.fr,
  name: LANGUAGE_NAMES.fr,
  criteria: CRITERION_LABELS.fr,
  levels: LEVEL_NAMES.fr,
  indicators: {
    // Institutional framework
    'official-portal': {
      title: 'Portail officiel de l’administration municipale',
      description:
        'L’administration municipale dispose de son propre site Web officiel, que l’on peut distinguer des sites non officiels ou commerciaux consacrés à la ville grâce à un nom de domaine signalant un site public (par exemple gov ou gob) associé au nom de la ville ou du pays, grâce à une mention de droit d’auteur au nom de la ville dans le pied de page, ou grâce aux deux.',
      rationale:
        'Les habitants ont besoin d’un point d’entrée unique et fiable vers les informations et les services de la ville ; c’est en outre sur ce portail que tous les autres indicateurs sont évalués.',
      guidance: [
        'Enregistrer un nom de domaine relevant de l’espace de noms public du pays (par exemple gov ou gob) et comprenant le nom de la ville.',
        'Choisir un hébergement fiable et un système de gestion de contenu maintenu, que le personnel municipal peut mettre à jour sans aide extérieure.',
        'Utiliser un thème graphique adaptatif et accessible, en suivant un système de design établi pour le secteur public lorsqu’il en existe un.',
        'Placer sur chaque page un pied de page comportant une mention de droit d’auteur au nom de l’administration municipale, ainsi que des liens vers les coordonnées et les mentions légales.',
        'Rediriger vers le portail officiel les sites Web municipaux anciens ou en double, afin qu’une seule adresse officielle circule.',
      ],
    },
    'organizational-chart': {
      title: 'Organigramme de l’administration municipale',
      description:
        'Le portail présente un organigramme ou un schéma de l’organisation de l’administration municipale : ses directions et ses services, et les liens hiérarchiques qui les unissent. Une simple liste des services, sans la structure, ne suffit pas.',
      rationale:
        'Un organigramme montre aux habitants quelle partie de l’administration est responsable de quoi et rend visibles les chaînes de responsabilité de la ville.',
      guidance: [
        'Établir un schéma clair des directions, des services et des liens hiérarchiques de l’administration, en partant du maire ou du conseil municipal.',
        'Le publier sur une page facile à trouver, telle que « L’administration municipale », sous la forme d’une page Web accessible ou dans un format courant comme PDF ou PNG accompagné d’une alternative textuelle.',
        'Ajouter une brève description des attributions et des prestations de chaque unité, avec ses coordonnées.',
        'Mettre l’organigramme à jour à chaque changement de directions, de postes de direction ou de liens hiérarchiques, et indiquer la date de la dernière mise à jour.',
      ],
    },
    'heads-of-departments-and-contacts': {
      title: 'Responsables des services et leurs coordonnées',
      description:
        'Le portail indique le nom des personnes qui dirigent les services municipaux, avec leur titre officiel et un moyen de les joindre, elles ou leur secrétariat (numéro de téléphone ou adresse électronique). Il peut s’agir d’une page, d’une rubrique ou d’une partie de l’organigramme.',
      rationale:
        'Les habitants et les entreprises peuvent s’adresser directement à la personne responsable, ce qui rend l’administration plus ouverte et l’oblige davantage à rendre des comptes.',
      guidance: [
        'Recueillir le nom, le titre officiel, le numéro de téléphone et l’adresse électronique de chaque responsable de service, en utilisant les coordonnées du bureau lorsque des coordonnées personnelles ne conviennent pas.',
        'Les publier sur une page dédiée ou les ajouter à l’organigramme.',
        'Rendre cette page accessible depuis le menu principal ou la rubrique « L’administration municipale ».',
        'Charger une personne de mettre la page à jour à chaque changement de responsable de service.',
      ],
    },
    'right-of-access-to-information': {
      title: 'Droit d’accès à l’information publique',
      description:
        'Le portail explique le droit que la loi reconnaît aux habitants d’obtenir les informations détenues par les pouvoirs publics, par exemple en présentant la loi sur la liberté d’information ou sur l’accès à l’information, en y renvoyant par un lien, ou au moyen d’une page expliquant comment demander des informations à la ville.',
      rationale:
        'Savoir qu’elles peuvent demander des informations permet aux personnes de voir comment sont prises les décisions qui les concernent et comment l’argent public est dépensé.',
      guidance: [
        'Déterminer quelle loi nationale ou locale sur l’accès à l’information s’applique à la ville et ce qu’elle exige de la municipalité.',
        'Créer une page dédiée expliquant en langage clair ce que l’on peut demander, comment et dans quels délais.',
        'Publier la loi applicable, les règles locales et les lignes directrices dans des formats accessibles, ou y renvoyer par un lien.',
        'Proposer un formulaire en ligne pour présenter les demandes d’information, avec un contact pour toute question.',
        'Expliquer comment les données personnelles des demandeurs sont protégées.',
      ],
    },
    'open-data-policy': {
      title: 'Politique de données publiques ouvertes',
      description:
        'Le portail montre que la ville s’est engagée à publier ses données en libre accès, par exemple au moyen d’une politique, d’une stratégie, d’une charte ou d’une décision publiée prévoyant que les données seront mises à la disposition de tous, qui pourront y accéder, les réutiliser et les redistribuer librement, ou au moyen d’un lien vers un tel document.',
      rationale:
        'Une politique affichée fait des données ouvertes une pratique durable plutôt qu’une initiative ponctuelle, ce qui favorise la transparence, la responsabilité et la réutilisation des données par les entreprises, les chercheurs et les habitants.',
      guidance: [
        'Recenser les jeux de données d’intérêt public que détient la ville.',
        'Adopter une politique de données ouvertes qui fixe les normes, les formats, les licences et les calendriers de mise à jour des données.',
        'Publier cette politique sur le portail et y renvoyer depuis la rubrique consacrée aux données ouvertes ou à la transparence.',
        'Choisir un logiciel de portail de données convivial et fournir des API afin que les données puissent être réutilisées automatiquement.',
        'Régler les questions de respect de la vie privée et de protection des données avant toute publication, et réexaminer régulièrement les jeux de données publiés au regard de la demande.',
      ],
    },
    'links-to-other-government-agencies': {
      title: 'Liens vers d’autres organismes publics',
      description:
        'Le portail comporte une rubrique dédiée, telle qu’un annuaire ou une page « Liens institutionnels », qui renvoie aux sites Web officiels d’autres organismes publics locaux, régionaux ou nationaux. Des liens épars dans des articles d’actualité ne comptent pas.',
      rationale:
        'Les habitants ont souvent besoin d’un service relevant d’un autre niveau d’administration ; des liens directs leur évitent de chercher et les protègent des sites non officiels qui imitent les sites officiels.',
      guidance: [
        'Dresser la liste des organismes publics locaux, régionaux et nationaux dont les habitants et les entreprises ont le plus souvent besoin.',
        'Ajouter au portail une rubrique clairement intitulée, telle que « Liens institutionnels » ou « Annuaire ».',
        'Créer un lien direct vers le site Web officiel de chaque organisme et regrouper les liens de façon qu’ils soient faciles à parcourir.',
        'Vérifier régulièrement les liens et corriger ou supprimer ceux qui ne fonctionnent plus.',
      ],
    },
    'privacy-policy': {
      title: 'Politique de confidentialité',
      description:
        'Le portail comporte une déclaration de confidentialité, généralement accessible depuis le pied de page ou la page d’accueil, qui explique comment le site recueille, utilise, conserve et protège les données personnelles de ses utilisateurs.',
      rationale:
        'Les personnes communiquent des données personnelles lorsqu’elles utilisent les services municipaux en ligne ; une politique claire renforce leur confiance et montre que la ville respecte la législation sur la protection des données.',
      guidance: [
        'Recenser les données personnelles que le portail recueille et la manière dont elles sont recueillies (formulaires, comptes, cookies, outils de tiers).',
        'Rédiger en langage clair une politique qui expose, pour chaque type de données, les finalités, les durées de conservation et les mesures de protection.',
        'Énoncer les droits des utilisateurs sur leurs données, notamment la manière de demander l’accès, la rectification ou l’effacement, et de refuser les cookies.',
        'Citer les lois sur la protection des données que la ville applique et indiquer un contact pour les questions de confidentialité.',
        'Rendre la politique accessible depuis le pied de chaque page et la réviser à chaque changement des pratiques en matière de données.',
      ],
    },
    'online-service-tutorials': {
      title: 'Tutoriels sur l’utilisation des services en ligne',
      description:
        'Le portail propose des aides qui apprennent à utiliser ses services en ligne, telles que des guides pas à pas, des manuels d’utilisation, des tutoriels vidéo ou un lien d’aide pour les services électroniques.',
      rationale:
        'Des instructions claires aident les habitants peu familiers du numérique à utiliser les services en ligne en toute confiance, et réduisent les appels et les déplacements aux guichets.',
      guidance: [
        'Repérer les difficultés que rencontrent les utilisateurs des services en ligne, à l’aide des appels à l’assistance, des commentaires reçus et des statistiques de fréquentation du site.',
        'Rédiger en langage clair de courts tutoriels pas à pas pour les services les plus utilisés.',
        'Ajouter une rubrique d’aide accessible depuis chaque service en ligne et depuis le menu principal.',
        'Ajouter des vidéos ou des guides illustrés lorsqu’une démarche comporte de nombreuses étapes.',
        'Réviser les tutoriels à chaque modification d’un service et utiliser les statistiques de fréquentation pour repérer les sujets qui nécessitent davantage d’aide.',
      ],
    },

    // Content provision
    'foreign-language-support': {
      title: 'Contenu en plusieurs langues',
      description:
        'Le portail propose des informations ou des services dans au moins une langue autre que la principale langue officielle du pays, par exemple au moyen d’un sélecteur de langue ou d’un ensemble de pages traduites. Les pages traduites hébergées ailleurs sont acceptées lorsque le portail y renvoie explicitement.',
      rationale:
        'Les habitants, les nouveaux arrivants et les visiteurs qui ne lisent pas la langue principale peuvent tout de même trouver les services et les avis importants, ce qui rend la présence en ligne de la ville plus inclusive.',
      guidance: [
        'Déterminer, à partir des données du recensement, des écoles ou des guichets, les langues les plus parlées dans la ville en dehors de la langue officielle.',
        'Choisir un système de gestion de contenu ou un circuit de traduction capable de gérer plusieurs versions linguistiques d’une même page.',
        'Traduire d’abord les contenus les plus consultés : informations sur les services, coordonnées et consignes en cas d’urgence.',
        'Ajouter sur chaque page un sélecteur de langue où chaque langue est désignée par son propre nom.',
        'Charger les responsables de chaque page de mettre à jour les traductions chaque fois que le texte original change.',
      ],
    },
    'municipality-information': {
      title: 'Informations sur la municipalité',
      description:
        'Le portail comporte une page ou une rubrique qui présente la ville elle-même, en abordant des thèmes tels que son histoire, sa géographie, sa population, son économie, sa culture, son patrimoine naturel ou ses attraits. Un site touristique ou un site de présentation de la ville est accepté lorsque le portail y renvoie.',
      rationale:
        'Une image claire de la ville aide les habitants, les nouveaux arrivants, les investisseurs et les visiteurs à comprendre le territoire, son patrimoine et les possibilités qu’il offre.',
      guidance: [
        'Rassembler des données fiables et à jour sur la ville auprès de l’office de statistique, des archives et des services municipaux.',
        'Classer les contenus sous des intitulés simples, tels que Histoire, Géographie, Population et Économie.',
        'Les publier dans une rubrique « À propos de la ville » accessible depuis le menu principal ou le pied de page.',
        'Désigner un responsable chargé de revoir les chiffres au moins une fois par an et après chaque recensement.',
      ],
    },
    'emergency-alert-subscription': {
      title: 'Inscription aux alertes d’urgence',
      description:
        'Le portail explique comment s’abonner à des alertes, ou recevoir des avertissements, concernant des situations d’urgence telles que les intempéries, les inondations, les séismes ou les épisodes de pollution atmosphérique, par notification, SMS, courriel ou application. Les informations sur la plateforme d’alerte externe utilisée par la ville sont acceptées lorsque le portail y renvoie.',
      rationale:
        'Des alertes données à temps permettent aux habitants de prendre des précautions avant et pendant une situation d’urgence, ce qui protège les vies et les biens.',
      guidance: [
        'Dresser la liste des situations d’urgence les plus susceptibles de toucher la ville, telles que les inondations, les tempêtes, les vagues de chaleur ou les pics de pollution.',
        'Choisir les canaux de diffusion des alertes, par exemple SMS, courriel, notifications ou application, ou adhérer à un service d’alerte régional ou national existant.',
        'Mettre en place un système d’alerte, ou s’y raccorder, qui permette à l’autorité compétente d’émettre rapidement des avertissements.',
        'Publier sur le portail une page expliquant comment s’inscrire et quels types d’alertes sont envoyés.',
        'Tester régulièrement la chaîne d’alerte et tenir à jour la page d’inscription.',
      ],
    },
    'procurement-announcements': {
      title: 'Avis de marchés publics',
      description:
        'Le portail publie les appels d’offres en cours de la municipalité, ses demandes de propositions ou d’autres possibilités de marchés, ou renvoie à la plateforme externe de marchés publics sur laquelle ces avis sont publiés. Le portail peut employer indifféremment les termes marchés publics, appel d’offres, soumission ou contrat.',
      rationale:
        'La publicité des marchés donne à toutes les entreprises une chance équitable de concourir et permet aux habitants de voir comment l’argent public va être dépensé.',
      guidance: [
        'Vérifier quelles règles locales et nationales de passation des marchés s’appliquent et ce qui doit être publié pour chaque appel.',
        'Créer sur le portail une rubrique consacrée aux marchés publics, ou renvoyer clairement à la plateforme externe qu’utilise la ville.',
        'Publier chaque appel avec ses documents, tels que le cahier des charges, les délais et les modalités de dépôt des offres.',
        'Ajouter les nouveaux appels, les modifications et les précisions dès qu’ils sont émis.',
      ],
    },
    'procurement-results': {
      title: 'Résultats des marchés publics',
      description:
        'Le portail publie les résultats des procédures de passation des marchés de la municipalité, tels que les marchés attribués, les fournisseurs retenus ou le montant des contrats, ou renvoie à la plateforme externe de marchés publics sur laquelle ces résultats sont publiés.',
      rationale:
        'Publier qui a remporté quel marché montre que les fonds publics sont dépensés de façon équitable et permet aux habitants et aux soumissionnaires de demander des comptes à la ville.',
      guidance: [
        'Déterminer les informations à publier pour chaque attribution, telles que l’attributaire, le montant, la date et le projet.',
        'Créer sur le portail une page consacrée aux résultats, ou renvoyer clairement à la plateforme qui publie les attributions de la ville.',
        'Classer les résultats par projet, par service ou par date afin qu’ils soient faciles à rechercher.',
        'Publier chaque résultat rapidement après la décision d’attribution et laisser les résultats antérieurs accessibles.',
      ],
    },
    'information-about-services': {
      title: 'Catalogue des services, avec le détail de chacun',
      description:
        'Le portail énumère les services de la municipalité et donne, pour chacun d’eux, des informations pratiques : en quoi il consiste, comment le demander, quels documents fournir, quel est le délai de traitement et combien il coûte. Une simple liste des noms de services ne suffit pas.',
      rationale:
        'Connaître à l’avance les étapes, les documents et les coûts évite aux habitants des déplacements et des appels inutiles, et rend les services de la ville transparents.',
      guidance: [
        'Dresser l’inventaire de tous les services qu’offre la municipalité, en précisant le service administratif responsable de chacun.',
        'Regrouper les services en catégories que les habitants reconnaissent, telles que logement, famille ou entreprises.',
        'Rédiger pour chaque service une page indiquant sa description, les étapes, les documents requis, le délai de traitement, le coût et un contact.',
        'Relier chaque page de service au formulaire en ligne ou à la page de paiement correspondants, lorsqu’ils existent.',
        'Demander aux services administratifs de réviser leurs pages régulièrement et à chaque changement de règle ou de tarif.',
      ],
    },
    'initiatives-with-third-parties': {
      title: 'Initiatives menées avec des partenaires extérieurs',
      description:
        'Le portail présente au moins une initiative que la municipalité mène avec des tiers, tels que des organisations de la société civile, des entreprises, des universités ou des habitants qui apportent des fonds ou des idées par le financement participatif ou la production participative.',
      rationale:
        'Présenter les initiatives conjointes rend les partenariats visibles, invite d’autres acteurs à y prendre part et montre comment la ville travaille avec sa population pour améliorer les services publics.',
      guidance: [
        'Recenser les programmes et services que la ville mène déjà avec des associations, des entreprises ou d’autres partenaires.',
        'Rassembler, pour chaque initiative, ses objectifs, ses partenaires, ses résultats et les moyens d’y participer.',
        'Publier sur le portail une rubrique présentant ces partenariats et la façon dont les habitants ou les organisations peuvent s’y associer.',
        'Tenir la rubrique à jour à mesure que des initiatives commencent, évoluent ou prennent fin.',
      ],
    },
    'health-information': {
      title: 'Informations sur la santé',
      description:
        'Le portail fournit des informations relatives à la santé, par exemple où trouver les services de santé, des conseils de vaccination ou de prévention, ou la façon dont la ville se prépare aux urgences sanitaires. Un portail de santé ou le site d’une autorité sanitaire est accepté lorsque le portail municipal y renvoie.',
      rationale:
        'Un accès facile aux services et aux conseils de santé locaux aide les habitants à prendre soin de leur santé et à savoir vers qui se tourner en cas d’urgence.',
      guidance: [
        'Rassembler des informations de santé fiables et utiles pour la ville, en collaboration avec l’autorité sanitaire locale ou nationale.',
        'Créer une rubrique consacrée à la santé sur le portail, ou renvoyer clairement au site de l’autorité sanitaire.',
        'Organiser les contenus par thèmes clairs, tels que les services de santé, la prévention, la santé mentale et les contacts d’urgence.',
        'Afficher en évidence les numéros d’urgence et les hôpitaux les plus proches.',
        'Réviser régulièrement les contenus, et sans délai en cas d’urgence sanitaire.',
      ],
    },
    'environmental-information': {
      title: 'Informations sur l’environnement',
      description:
        'Le portail fournit des informations sur des questions environnementales, telles que l’action climatique, les économies d’énergie, les espaces verts, le bruit ou la façon dont les habitants peuvent réduire leurs émissions de gaz à effet de serre.',
      rationale:
        'Des informations pratiques sur l’environnement aident les habitants à adopter des habitudes plus écologiques et montrent ce que fait la ville pour offrir un cadre de vie plus sain et plus durable.',
      guidance: [
        'Rassembler des informations à jour sur les programmes environnementaux de la ville et sur les gestes concrets à la portée des habitants.',
        'Créer une rubrique consacrée à l’environnement sur le portail.',
        'L’organiser par thèmes, tels que l’énergie, le climat, les transports, les espaces verts et les déchets.',
        'Ajouter des informations locales, telles que les aides, les programmes et les lieux à la disposition des habitants.',
        'Mettre à jour la rubrique à mesure que les politiques, les programmes et les résultats évoluent.',
      ],
    },
    'education-information': {
      title: 'Informations sur l’éducation',
      description:
        'Le portail fournit des informations sur l’éducation, par exemple sur l’accueil de la petite enfance, l’inscription à l’école maternelle et à l’école, un annuaire des établissements scolaires ou le soutien aux parents.',
      rationale:
        'Des informations claires sur l’éducation aident les familles à trouver une place pour leurs enfants et à bénéficier du soutien disponible, dès la petite enfance.',
      guidance: [
        'Rassembler auprès des organismes compétents des informations à jour sur l’accueil de la petite enfance, l’enseignement préscolaire et l’enseignement scolaire.',
        'Créer une rubrique consacrée à l’éducation sur le portail, ou renvoyer clairement au site de l’autorité chargée de l’éducation.',
        'L’organiser par niveau, tel que petite enfance, primaire et secondaire, en indiquant comment s’inscrire à chaque niveau.',
        'Ajouter un annuaire des écoles et des établissements préscolaires de la ville, ainsi que des ressources pour les parents.',
        'Mettre à jour les dates, les délais et les contacts à chaque année scolaire.',
      ],
    },
    'social-welfare-information': {
      title: 'Informations sur la protection sociale',
      description:
        'Le portail fournit des informations sur la protection sociale, telles que les prestations sociales et les programmes ou initiatives destinés à des groupes particuliers, avec suffisamment de détails pour savoir ce qui existe et à qui s’adresser.',
      rationale:
        'Les personnes en difficulté doivent pouvoir savoir rapidement à quelle aide elles ont droit et comment l’obtenir.',
      guidance: [
        'Rassembler des informations exactes sur les prestations sociales, les programmes d’aide sociale et les initiatives ciblées disponibles dans la ville.',
        'Créer une rubrique consacrée à la protection sociale sur le portail, ou renvoyer clairement à l’organisme qui gère ces programmes.',
        'L’organiser en catégories claires, telles que l’aide financière, l’aide au logement et les programmes destinés à des groupes particuliers.',
        'Indiquer, pour chaque programme, les conditions d’admissibilité, la façon de présenter une demande et à qui s’adresser.',
        'Mettre à jour la rubrique lorsque les règles, les montants ou les délais changent.',
      ],
    },
    'leisure-culture-sports-information': {
      title: 'Informations sur les loisirs, la culture et le sport',
      description:
        'Le portail fournit des informations sur les loisirs, la culture et le sport, telles que les équipements et activités sportives, les parcs, les aires de jeux et les espaces ouverts, les lieux culturels, les manifestations ou le tourisme.',
      rationale:
        'Faire connaître l’offre sportive, culturelle et récréative de la ville contribue au bien-être des habitants et aide à attirer des visiteurs.',
      guidance: [
        'Rassembler des informations sur les équipements sportifs, les parcs, les aires de jeux, les lieux culturels, les manifestations et les attraits de la ville.',
        'Créer une rubrique consacrée aux loisirs sur le portail, ou renvoyer clairement au site culturel ou touristique de la ville.',
        'L’organiser en catégories, telles que sport et remise en forme, parcs et espaces ouverts, culture et tourisme.',
        'Indiquer, le cas échéant, les horaires d’ouverture, les lieux, les tarifs et les modalités de réservation, et les tenir à jour.',
      ],
    },
    'information-for-vulnerable-groups': {
      title: 'Informations destinées aux groupes vulnérables',
      description:
        'Le portail fournit des informations destinées aux groupes vulnérables, tels que les femmes, les enfants, les jeunes, les personnes handicapées, les personnes âgées, les peuples autochtones ou les personnes vivant dans la pauvreté, par exemple sur les services, les droits ou les programmes qui leur sont ouverts.',
      rationale:
        'Des informations ciblées aident les personnes les plus exposées au risque d’être laissées pour compte à trouver le soutien qui leur est destiné.',
      guidance: [
        'Rassembler des informations sur les programmes et services destinés à chaque groupe vulnérable, auprès de la ville, d’autres organismes publics et d’organisations non gouvernementales.',
        'Créer une rubrique clairement intitulée, accessible depuis le menu principal.',
        'Organiser les contenus par groupe, par exemple les personnes âgées, les personnes handicapées ou les enfants et les jeunes.',
        'Donner des informations pratiques sur chaque offre : conditions d’admissibilité, façon de présenter une demande et personne à contacter.',
        'Tenir la rubrique à jour et vérifier que les pages elles-mêmes sont accessibles.',
      ],
    },
    'justice-information': {
      title: 'Informations sur la justice et les recours',
      description:
        'Le portail fournit des informations sur les questions de justice auxquelles les habitants ont affaire au niveau local, par exemple comment contester une contravention ou une amende de stationnement, former un recours contre un avis d’imposition municipal ou le contester, ou faire appel à des services de médiation.',
      rationale:
        'Savoir comment contester une décision ou régler un litige protège les droits des habitants et oblige davantage l’administration à rendre des comptes.',
      guidance: [
        'Recenser les procédures par lesquelles les habitants contestent les décisions municipales, telles que les amendes, les avis d’imposition ou les permis, ainsi que les services de médiation existants.',
        'Créer sur le portail une rubrique consacrée à ces questions, sous un intitulé clair tel que « Recours et litiges ».',
        'Expliquer chaque procédure étape par étape, avec les délais, les formulaires et le lieu où les déposer.',
        'Renvoyer aux organismes d’aide juridictionnelle et aux tribunaux ou services juridiques compétents.',
        'Réviser les pages chaque fois que les procédures ou les délais changent.',
      ],
    },
    'employment-information': {
      title: 'Informations sur l’emploi et la formation',
      description:
        'Le portail fournit des informations sur le travail, par exemple sur la recherche d’emploi, les programmes de formation et de développement des compétences, ou les allocations et l’accompagnement en cas de chômage. Le site d’un service de l’emploi vers lequel renvoie le portail est accepté.',
      rationale:
        'L’aide à l’emploi et au développement des compétences soutient les moyens de subsistance des habitants et l’économie locale.',
      guidance: [
        'Rassembler des informations sur les offres d’emploi locales, les programmes de formation et de développement des compétences et l’accompagnement des chômeurs, y compris ceux gérés par d’autres organismes.',
        'Créer sur le portail une rubrique consacrée au travail et à l’emploi.',
        'L’organiser par thèmes, tels que la recherche d’emploi, la formation et les compétences, et l’accompagnement en cas de perte d’emploi.',
        'Renvoyer aux services de l’emploi et aux organismes de formation compétents.',
        'Tenir à jour les programmes, les dates et les contacts.',
      ],
    },
    'smart-city-initiatives': {
      title: 'Initiatives de ville intelligente',
      description:
        'Le portail fait état d’au moins une forme d’action en matière de ville intelligente : annonces d’initiatives, de projets ou de services de ville intelligente, stratégie ou plan de ville intelligente, ou services intelligents proposés aux habitants.',
      rationale:
        'Les démarches de ville intelligente mettent la technologie et les données au service des infrastructures, de l’efficacité, de la durabilité et de la qualité de vie ; les publier indique aux habitants ce que fait la ville et pourquoi.',
      guidance: [
        'Expliquer sur le portail ce que recouvre la notion de « ville intelligente » pour la municipalité et quelles sont ses priorités.',
        'Créer une rubrique consacrée à la ville intelligente.',
        'Y annoncer les projets et services de ville intelligente en cours et prévus, et la mettre à jour à mesure qu’ils avancent.',
        'Publier la stratégie ou le plan de ville intelligente ainsi que les rapports d’avancement, en accès libre.',
      ],
    },
    'use-of-emerging-technologies': {
      title: 'Utilisation de technologies émergentes',
      description:
        'Le portail apporte la preuve que la municipalité utilise une technologie émergente, telle que l’intelligence artificielle, la chaîne de blocs ou l’Internet des objets, dans ses services ou applications, par exemple pour la gestion des déchets, le stationnement, les transports ou l’éclairage public.',
      rationale:
        'Montrer des utilisations concrètes des nouvelles technologies renforce la confiance dans la façon dont la ville les emploie et informe les habitants sur les services qu’elles améliorent.',
      guidance: [
        'Recenser les domaines municipaux dans lesquels les technologies émergentes pourraient être utiles, tels que les déchets, le stationnement, les transports, l’éclairage ou la sécurité publique.',
        'Associer les acteurs locaux afin de cerner les utilisations possibles et les préoccupations.',
        'Élaborer une feuille de route pour l’introduction de ces technologies dans les services municipaux, assortie de principes pour leur utilisation responsable.',
        'Commencer par de petits projets pilotes et publier ce qu’ils font et comment ils fonctionnent.',
        'Évaluer l’impact de chaque projet pilote, recueillir des commentaires et publier les résultats.',
      ],
    },
    'sdg-data': {
      title: 'Données locales sur les progrès vers les ODD',
      description:
        'Le portail publie des données chiffrées sur les progrès de la ville vers les objectifs de développement durable (ODD), sous quelque forme que ce soit : statistiques, tableaux, graphiques, études ou examen local volontaire. Les mentions des ODD sans chiffres ne comptent pas.',
      rationale:
        'La mesure des progrès accomplis vers les ODD rend visible le développement de la ville et permet aux habitants de lui demander des comptes sur ses engagements.',
      guidance: [
        'Choisir les objectifs et les cibles les plus pertinents pour la ville, ainsi que les indicateurs locaux qui permettent de les mesurer.',
        'Recueillir les données en indiquant la source et la date de chaque chiffre.',
        'Publier les chiffres dans une rubrique dédiée, organisée par objectif, sous forme de tableaux ou de graphiques.',
        'Envisager d’établir un examen local volontaire et de le publier sur le portail.',
        'Mettre à jour les données à intervalles réguliers afin que l’évolution dans le temps soit visible.',
      ],
    },
    'public-transport-information': {
      title: 'Informations sur les transports publics',
      description:
        'Le portail fournit des informations sur les transports publics, telles que les horaires, les plans de lignes ou les tarifs et moyens de paiement, ou renvoie à un portail dédié aux transports publics ou au site d’un exploitant.',
      rationale:
        'Un accès facile aux informations sur les transports aide les habitants et les visiteurs à se déplacer en ville et encourage des modes de déplacement moins polluants.',
      guidance: [
        'Créer une rubrique consacrée aux transports sur le portail, ou convenir avec l’exploitant d’un lien bien visible vers son site.',
        'Y faire figurer les horaires, les plans de lignes, les tarifs et les moyens de paiement, ou renvoyer à l’endroit où ils sont publiés.',
        'Ajouter si possible un calculateur d’itinéraire ou une carte interactive.',
        'Afficher des informations en temps réel sur les passages et les perturbations lorsque l’exploitant les fournit.',
      ],
    },
    'municipal-mobile-apps': {
      title: 'Applications mobiles municipales',
      description:
        'Il existe au moins une application mobile qui remplit ou facilite une fonction municipale, telle que le signalement de problèmes, le paiement de factures, le stationnement, les transports ou l’information sur la ville, et le portail la présente, généralement avec une description ou un lien vers une boutique d’applications.',
      rationale:
        'Les applications mettent les services et les informations de la ville dans la poche des habitants, à tout moment et en tout lieu.',
      guidance: [
        'Dresser l’inventaire des applications que proposent déjà la municipalité et ses organismes.',
        'S’il n’en existe aucune, choisir un service fréquemment utilisé par les habitants, tel que le signalement de problèmes ou le paiement de redevances, et le proposer sous forme d’application.',
        'Créer sur le portail une page consacrée aux applications, décrivant l’objet et les fonctionnalités de chacune.',
        'Fournir des liens de téléchargement directs vers les principales boutiques d’applications.',
        'Revoir régulièrement la liste et retirer les applications qui ne sont plus maintenues.',
      ],
    },
    'waste-reduction-and-recycling-information': {
      title: 'Informations sur la réduction et le recyclage des déchets',
      description:
        'Le portail indique aux habitants comment et où réduire, recycler ou réutiliser leurs déchets, par exemple au moyen des consignes de tri, des calendriers de collecte ou de l’emplacement des déchetteries, souvent dans une rubrique « Environnement » ou « Vivre en ville ».',
      rationale:
        'Des instructions claires facilitent le tri et le recyclage, ce qui rend la ville plus propre et réduit la quantité de déchets à éliminer.',
      guidance: [
        'Créer une rubrique consacrée aux déchets et au recyclage, par exemple sous « Environnement » ou « Vivre en ville ».',
        'Expliquer comment trier chaque type de déchets et publier les calendriers de collecte.',
        'Dresser la liste des déchetteries et des points de collecte, y compris ceux destinés aux déchets dangereux, avec leur adresse et leurs horaires d’ouverture.',
        'Faire connaître les initiatives locales de réemploi et de réduction des déchets, telles que les ateliers de réparation ou les opérations de nettoyage.',
      ],
    },
    'road-information': {
      title: 'Informations sur les routes et la sécurité routière',
      description:
        'Le portail fournit des informations sur les routes, telles que des conseils de sécurité routière, des statistiques sur les accidents de la circulation, des projets d’aménagement de la voirie, les travaux, fermetures et déviations, ou la manière de signaler un problème de sécurité routière.',
      rationale:
        'Les informations routières aident à planifier ses trajets, à éviter les perturbations et à se déplacer plus sûrement, ce qui réduit le nombre d’accidents.',
      guidance: [
        'Créer sur le portail une rubrique consacrée à la voirie.',
        'Publier les travaux, fermetures et déviations en cours, et les tenir à jour.',
        'Ajouter des conseils de sécurité routière à l’intention des automobilistes, des cyclistes, des piétons, des écoles et des parents.',
        'Publier les règles de circulation locales et les statistiques d’accidents, et expliquer comment signaler un problème de sécurité routière.',
        'Annoncer les projets d’aménagement de la voirie prévus et leur état d’avancement.',
      ],
    },
    'portal-usage-statistics': {
      title: 'Statistiques d’utilisation du portail',
      description:
        'Le portail publie des statistiques sur sa propre utilisation, telles que le nombre de visites ou de nouveaux visiteurs, le nombre de pages vues ou la durée moyenne de consultation du site.',
      rationale:
        'Publier les chiffres de fréquentation montre comment les habitants utilisent le portail et oblige la ville à rendre compte de l’amélioration de ses services en ligne.',
      guidance: [
        'Mettre en place un outil de mesure d’audience qui respecte les règles de protection de la vie privée applicables à la ville.',
        'Déterminer les indicateurs à suivre et à publier, tels que les visites, les pages vues et la durée de consultation.',
        'Publier les chiffres sur une page du portail, sous forme de tableaux ou de graphiques, ou sous forme de jeu de données ouvert.',
        'Mettre à jour la page à intervalles réguliers et tirer parti des enseignements pour améliorer le portail.',
      ],
    },
    'emergency-and-disaster-section': {
      title: 'Rubrique sur les urgences et les catastrophes',
      description:
        'Le portail comporte une rubrique dédiée aux urgences et aux catastrophes, telles que les inondations, les menaces pour la sécurité publique ou les pandémies, avec des informations sur la préparation ou l’intervention, ou renvoie à un portail distinct de l’administration locale consacré à ces questions.',
      rationale:
        'Un lieu unique et fiable regroupant des informations exactes sur les urgences aide les habitants à se préparer, à rester en sécurité et à se relever lors d’une crise.',
      guidance: [
        'Recueillir, avec les services d’urgence et les services municipaux concernés, des informations exactes sur la préparation et l’intervention.',
        'Créer une rubrique ou un sous-site dédié aux urgences, accessible depuis la page d’accueil.',
        'Y présenter les risques, les conseils de préparation, les numéros d’urgence, les abris et la conduite à tenir pendant et après un événement.',
        'Ajouter des flux en direct provenant des organismes compétents afin que la rubrique reste à jour pendant une crise.',
        'Faire connaître la rubrique afin que les habitants sachent où chercher avant qu’une urgence ne survienne.',
      ],
    },
    'air-pollution-policy-information': {
      title: 'Politiques et mesures contre la pollution de l’air',
      description:
        'Le portail présente les politiques, plans ou mesures de la ville visant à réduire la pollution atmosphérique, tels qu’un plan pour la qualité de l’air, des zones à faibles émissions ou des restrictions lors des pics de pollution.',
      rationale:
        'Expliquer ce que fait la ville contre la pollution atmosphérique sensibilise la population et suscite son adhésion en faveur d’un air plus pur et d’une meilleure santé.',
      guidance: [
        'Rassembler les politiques, les réglementations et les projets de la ville relatifs à la pollution atmosphérique.',
        'Créer sur le portail une rubrique consacrée à la qualité de l’air, contenant les plans et documents pertinents.',
        'Expliquer les mesures en langage clair, avec des infographies et des documents téléchargeables.',
        'Publier des rapports d’avancement et mettre à jour la rubrique à mesure que les mesures évoluent.',
      ],
    },
    'air-pollution-measurements': {
      title: 'Relevés de la qualité de l’air',
      description:
        'Le portail présente des mesures réelles de la qualité de l’air dans la ville, telles que les concentrations de polluants, un indice de qualité de l’air, des graphiques, des cartes ou des données téléchargeables. Le site d’un réseau de surveillance vers lequel renvoie le portail est accepté lorsqu’il présente des données pour la ville.',
      rationale:
        'Des données à jour sur la qualité de l’air permettent aux habitants de protéger leur santé, par exemple les jours de forte pollution, et montrent l’évolution de la qualité de l’air dans le temps.',
      guidance: [
        'Obtenir les données sur la qualité de l’air auprès des stations de mesure de la ville ou de l’agence de l’environnement.',
        'Les présenter sous forme d’indice, de carte ou de graphique compréhensible par les habitants.',
        'Les placer dans une rubrique du portail consacrée à l’environnement ou à la qualité de l’air, qui fonctionne sur tous les appareils courants.',
        'Mettre à jour les données automatiquement, en temps réel si possible, et expliquer ce que les valeurs signifient pour la santé.',
      ],
    },
    'user-satisfaction-measurement': {
      title: 'Enquêtes de satisfaction des usagers',
      description:
        'Le portail propose ou explique un moyen par lequel la municipalité mesure la satisfaction des usagers, tel qu’un sondage, un questionnaire ou une notation des pages ou des services.',
      rationale:
        'Demander aux usagers s’ils sont satisfaits révèle les lacunes du portail et des services et aide la ville à les améliorer.',
      guidance: [
        'Choisir un outil d’enquête ou de sondage facile à utiliser pour les habitants.',
        'Concevoir un court questionnaire ou un système de notation portant sur les aspects du portail et des services qui comptent le plus.',
        'Le placer en évidence sur le portail, en veillant à ce qu’il fonctionne sur tous les appareils courants.',
        'Faire connaître l’enquête par les autres canaux de communication de la ville.',
        'Analyser régulièrement les réponses et y donner suite.',
      ],
    },
    'user-satisfaction-results': {
      title: 'Publication des résultats de satisfaction des usagers',
      description:
        'Le portail publie un pourcentage ou une autre statistique indiquant dans quelle mesure les usagers sont satisfaits du portail ou de ses services en ligne, par exemple les résultats d’une enquête de satisfaction qui porte sur ceux-ci.',
      rationale:
        'Publier les résultats de satisfaction montre que la ville prend au sérieux la qualité de ses services et renforce la confiance des habitants.',
      guidance: [
        'Recueillir des données de satisfaction au moyen d’une enquête, d’un sondage ou d’une notation portant sur le portail et ses services.',
        'Calculer des indicateurs clairs, tels que la proportion d’usagers satisfaits.',
        'Publier les résultats sur le portail sous forme de graphiques ou de tableaux, en indiquant la date et la méthode de l’enquête.',
        'Mettre à jour les résultats après chaque vague d’enquête et conserver les vagues précédentes à des fins de comparaison.',
      ],
    },
    'upcoming-events': {
      title: 'Agenda des manifestations à venir',
      description:
        'Le portail comporte une rubrique qui énumère les manifestations à venir dans la ville, avec leurs dates, telle qu’un calendrier ou un agenda des événements. Un site d’événements de la ville vers lequel renvoie le portail est accepté.',
      rationale:
        'Un agenda des manifestations tient les habitants informés des activités culturelles, sociales et récréatives et les encourage à participer à la vie de la cité.',
      guidance: [
        'Recueillir des informations sur les manifestations à venir auprès des services municipaux, des organisateurs locaux et des associations de quartier.',
        'Créer sur le portail une rubrique consacrée aux manifestations, classées par date et par catégorie.',
        'Ajouter rapidement les nouvelles manifestations et retirer celles qui sont passées.',
        'Permettre aux organisateurs de proposer des manifestations en ligne, sous réserve de validation, et faire connaître la rubrique par les autres canaux de communication de la ville.',
      ],
    },
    'news-section': {
      title: 'Rubrique d’actualités municipales',
      description:
        'Le portail comporte une rubrique d’actualités sur la vie de la ville, présentant par exemple de nouvelles décisions ou des changements de politique, des plans et programmes de développement ou des récits de la vie locale, avec des articles datés.',
      rationale:
        'Des actualités régulières tiennent les habitants informés des décisions et des évolutions qui les concernent et rendent l’administration plus transparente.',
      guidance: [
        'Mettre en place une procédure permettant aux services municipaux de fournir des actualités sur les décisions, les changements de politique, les projets et la vie de la ville.',
        'Créer sur le portail une rubrique d’actualités, organisée par date et par thème.',
        'Rédiger les articles en langage clair, avec des images ou des vidéos lorsqu’elles sont utiles.',
        'Publier régulièrement de nouveaux articles, et rapidement après chaque décision ou événement.',
      ],
    },
    'free-internet-access': {
      title: 'Accès public gratuit à Internet',
      description:
        'Le portail montre que les pouvoirs publics offrent un accès gratuit à Internet, par exemple un réseau Wi-Fi gratuit dans certains espaces publics ou un accord avec des opérateurs de téléphonie mobile, généralement en indiquant les lieux concernés ou la manière de se connecter.',
      rationale:
        'L’accès gratuit réduit la fracture numérique : les habitants qui n’ont pas les moyens de s’abonner peuvent malgré tout utiliser les services et les informations en ligne.',
      guidance: [
        'Offrir un accès gratuit à Internet, par exemple un réseau Wi-Fi dans les bâtiments publics et sur les places publiques, ou dans le cadre d’un accord avec des opérateurs.',
        'Créer sur le portail une page qui énumère les lieux d’accès, de préférence sur une carte.',
        'Expliquer brièvement comment se connecter et quelles sont les éventuelles conditions d’utilisation.',
        'Faire connaître le service et tenir à jour la liste des lieux, en offrant aux utilisateurs un moyen de signaler les problèmes.',
      ],
    },
    'assisted-access-points': {
      title: 'Lieux d’accompagnement aux démarches en ligne',
      description:
        'Le portail informe le public des lieux physiques, tels que des centres communautaires, des bibliothèques, des bureaux de poste ou des centres de services, où il est possible d’obtenir une aide personnalisée pour utiliser les services publics en ligne.',
      rationale:
        'Tout le monde ne peut pas utiliser seul les services en ligne ; une aide en personne garantit que l’administration numérique profite à tous.',
      guidance: [
        'Établir des partenariats avec des centres communautaires, des bibliothèques, des bureaux de poste ou les centres de services de la ville pour accueillir des points d’aide.',
        'Équiper ces lieux d’ordinateurs et d’un accès à Internet.',
        'Former du personnel ou des bénévoles pour aider les habitants à utiliser les services en ligne.',
        'Présenter sur le portail la liste des points d’aide, avec leur adresse, leurs horaires d’ouverture et l’aide proposée.',
        'Recueillir les commentaires des usagers afin d’améliorer les points d’aide.',
      ],
    },

    // Services provision
    'online-police-declaration': {
      title: 'Déclaration en ligne auprès de la police',
      description:
        'Une personne peut faire une déclaration en ligne auprès de la police, par exemple pour signaler un vol, soit au moyen d’un formulaire sur le portail municipal, soit au moyen d’un site Web ou d’une application de la police vers lesquels le portail renvoie explicitement. La déclaration elle-même doit être transmise en ligne ; un numéro d’urgence ou l’adresse d’un commissariat ne suffisent pas à satisfaire l’indicateur.',
      rationale:
        'Signaler des infractions mineures sans se rendre au commissariat fait gagner du temps aux victimes et fournit à la police un signalement plus rapide et plus complet sur lequel agir.',
      guidance: [
        'Convenir avec la police municipale ou nationale des déclarations (vol, perte, dégradation, incidents mineurs) qui peuvent être reçues en ligne et du service chargé de les traiter.',
        'Si la police dispose déjà d’un service ou d’une application de signalement en ligne, ajouter un lien clairement intitulé vers celui-ci dans les pages du portail consacrées à la sécurité ou aux services, plutôt que d’en créer un second.',
        'À défaut, créer un formulaire de déclaration sécurisé, accompagné d’instructions simples sur les éléments à fournir et sur les cas qui doivent toujours être signalés en personne ou par le numéro d’urgence.',
        'Envoyer immédiatement à chaque déclarant un accusé de réception comportant un numéro de dossier généré automatiquement.',
        'Relier les déclarations reçues au système de gestion des dossiers de la police, afin qu’aucune déclaration n’ait à être ressaisie.',
      ],
    },
    'driver-licence-application': {
      title: 'Demande de permis de conduire en ligne',
      description:
        'Il est possible de demander un permis de conduire en ligne, soit sur le portail municipal, soit sur le site Web de l’autorité de délivrance (souvent régionale ou nationale) vers lequel le portail renvoie explicitement.',
      rationale:
        'La délivrance des permis est l’une des démarches administratives les plus fréquentes ; la traiter en ligne réduit les files d’attente, évite des déplacements au guichet et permet de vérifier les documents avant tout déplacement.',
      guidance: [
        'Déterminer quelle autorité délivre les permis de conduire dans le pays et si elle propose déjà des demandes en ligne.',
        'Lorsque le service relève d’une autre autorité, publier sur le portail une page qui explique les étapes et renvoie directement au service de demande en ligne de cette autorité.',
        'Lorsque la ville délivre elle-même les permis, proposer une demande en ligne sécurisée, avec téléversement des pièces justificatives, vérification de l’identité et paiement en ligne des frais.',
        'Indiquer les conditions à remplir, les documents requis et les étapes qui nécessitent encore une présence physique, telles que les examens ou les photographies.',
        'Permettre aux demandeurs de suivre l’état d’avancement de leur demande en ligne.',
      ],
    },
    'building-permit-application': {
      title: 'Demande de permis de construire en ligne',
      description:
        'Une demande de permis de construire peut être remplie et déposée en ligne, soit sur le portail municipal, soit sur une plateforme externe de dématérialisation des autorisations vers laquelle le portail renvoie explicitement.',
      rationale:
        'La dématérialisation des autorisations d’urbanisme accélère leur délivrance, allège les formalités pour les propriétaires et les constructeurs et rend les règles d’urbanisme plus faciles à respecter.',
      guidance: [
        'Créer une rubrique consacrée au permis de construire, accessible depuis la navigation principale du portail, qui explique quels travaux nécessitent un permis.',
        'Décider où les demandes seront reçues (un module du portail ou une plateforme externe, y compris régionale ou nationale) et y renvoyer clairement.',
        'Énumérer les plans, les documents et les frais requis pour chaque demande, et accepter le téléversement des documents.',
        'Ajouter un paiement en ligne sécurisé des frais de permis.',
        'Permettre aux demandeurs de suivre l’avancement de leur dossier et de recevoir en ligne les décisions et les demandes de pièces.',
      ],
    },
    'environment-related-permit-application': {
      title: 'Demande d’autorisation environnementale en ligne',
      description:
        'Il est possible de demander en ligne au moins une autorisation liée à l’environnement (par exemple l’autorisation d’élaguer ou d’abattre un arbre, ou une autorisation pour une activité ayant des effets sur l’air, l’eau, les déchets ou le bruit), sur le portail municipal ou sur un site externe vers lequel le portail renvoie explicitement.',
      rationale:
        'Des demandes en ligne simples aident les habitants et les entreprises à respecter les règles environnementales et permettent à la ville de suivre les activités qui ont une incidence sur les espaces verts et l’environnement.',
      guidance: [
        'Recenser les autorisations environnementales que délivrent la ville ou ses organismes partenaires, telles que les autorisations relatives aux arbres, aux déchets, aux rejets dans l’eau ou au bruit, et les règles sur lesquelles chacune repose.',
        'Préciser, pour chaque autorisation, les informations et les documents que le demandeur doit fournir.',
        'Créer un formulaire de demande en ligne sécurisé, ou renvoyer au service en ligne de l’autorité régionale ou nationale lorsque c’est elle qui délivre l’autorisation.',
        'Accepter le paiement des éventuels frais au moyen d’un paiement en ligne sécurisé.',
        'Permettre aux demandeurs de suivre l’avancement de leur demande en ligne.',
      ],
    },
    'business-licence-application': {
      title: 'Demande de licence commerciale en ligne',
      description:
        'Il est possible de demander une licence d’exploitation commerciale en ligne, soit sur le portail municipal, soit sur un site externe de délivrance des licences vers lequel le portail renvoie explicitement.',
      rationale:
        'Une délivrance rapide des licences en ligne réduit le coût de la création et de l’exploitation d’une entreprise et rend la ville plus attrayante pour les entrepreneurs.',
      guidance: [
        'Déterminer les types de licences qui peuvent être traités en ligne et ce que requiert chaque demande (compte du demandeur, documents, frais).',
        'Choisir une plateforme sécurisée pour les demandes, soit un module du portail, soit un système de délivrance des licences géré par une autre autorité, et y renvoyer depuis la rubrique du portail consacrée aux entreprises.',
        'Permettre le téléversement des pièces justificatives et le paiement en ligne des frais par les moyens de paiement courants.',
        'Attribuer à chaque demande un numéro de référence permettant au demandeur d’en suivre l’avancement.',
      ],
    },
    'residence-permit-application': {
      title: 'Demande de titre de séjour en ligne',
      description:
        'Il est possible de demander en ligne un titre de séjour ou de résidence, soit sur le portail municipal, soit sur le site de l’autorité chargée de l’immigration ou de l’enregistrement vers lequel le portail renvoie explicitement.',
      rationale:
        'Les nouveaux arrivants peuvent s’installer et maintenir leur situation en règle avec moins d’attente et de déplacements, et l’autorité reçoit des dossiers plus complets.',
      guidance: [
        'Déterminer quelle autorité délivre les titres de séjour et si elle accepte déjà les demandes en ligne.',
        'Publier à l’intention des nouveaux arrivants une page qui explique les types de titres, les conditions à remplir, les documents requis et les délais de traitement.',
        'Relier directement cette page au service de demande en ligne ou, lorsque la ville délivre elle-même le titre, proposer un formulaire sécurisé avec téléversement des pièces justificatives.',
        'Accepter le paiement des frais de dossier en ligne.',
        'Permettre aux demandeurs de suivre l’état d’avancement de leur demande.',
      ],
    },
    'birth-certificate-application': {
      title: 'Demande d’acte de naissance en ligne',
      description:
        'Il est possible de demander en ligne un acte de naissance (ou une copie certifiée conforme), soit sur le portail municipal, soit sur un site d’état civil vers lequel le portail renvoie explicitement.',
      rationale:
        'L’acte de naissance est exigé pour l’inscription scolaire, l’accès aux prestations et l’obtention de pièces d’identité ; une demande en ligne évite aux familles de se rendre au service de l’état civil.',
      guidance: [
        'Vérifier auprès du service de l’état civil ce que la loi autorise en matière de demande en ligne d’actes de naissance et quelle preuve d’identité est exigée.',
        'Si un registre régional ou national reçoit déjà ces demandes en ligne, renvoyer à son service depuis la page du portail consacrée à l’état civil.',
        'À défaut, proposer un formulaire de demande en ligne sécurisé qui vérifie l’identité du demandeur et accepte le téléversement des éventuelles pièces justificatives.',
        'Percevoir les éventuels frais au moyen d’un paiement en ligne sécurisé et indiquer le mode de délivrance de l’acte (par voie postale, par téléchargement ou au guichet).',
        'Permettre aux demandeurs de suivre l’état d’avancement de leur demande en ligne.',
      ],
    },
    'death-certificate-application': {
      title: 'Demande d’acte de décès en ligne',
      description:
        'Il est possible de demander en ligne un acte de décès (ou une copie certifiée conforme), soit sur le portail municipal, soit sur un site d’état civil vers lequel le portail renvoie explicitement.',
      rationale:
        'Les familles ont besoin de l’acte de décès pour régler une succession, des pensions et des comptes ; une demande en ligne leur épargne des déplacements supplémentaires dans un moment difficile.',
      guidance: [
        'Vérifier auprès du service de l’état civil ce que la loi autorise en matière de demande en ligne d’actes de décès et quelle preuve d’identité est exigée.',
        'Si un registre régional ou national reçoit déjà ces demandes en ligne, renvoyer à son service depuis la page du portail consacrée à l’état civil.',
        'À défaut, proposer un formulaire de demande en ligne sécurisé qui vérifie l’identité du demandeur et accepte le téléversement des éventuelles pièces justificatives.',
        'Percevoir les éventuels frais au moyen d’un paiement en ligne sécurisé et indiquer le mode de délivrance de l’acte (par voie postale, par téléchargement ou au guichet).',
        'Permettre aux demandeurs de suivre l’état d’avancement de leur demande en ligne.',
      ],
    },
    'marriage-certificate-application': {
      title: 'Demande d’acte de mariage en ligne',
      description:
        'Il est possible de demander en ligne un acte de mariage (ou une copie certifiée conforme), soit sur le portail municipal, soit sur un site d’état civil vers lequel le portail renvoie explicitement.',
      rationale:
        'L’acte de mariage est exigé pour les changements de nom et les demandes de titre de séjour ou de prestations ; une demande en ligne accélère ces démarches et contribue à l’exactitude des registres.',
      guidance: [
        'Vérifier auprès du service de l’état civil ce que la loi autorise en matière de demande en ligne d’actes de mariage et quelle preuve d’identité est exigée.',
        'Si un registre régional ou national reçoit déjà ces demandes en ligne, renvoyer à son service depuis la page du portail consacrée à l’état civil.',
        'À défaut, proposer un formulaire de demande en ligne sécurisé qui vérifie l’identité du demandeur et accepte le téléversement des éventuelles pièces justificatives.',
        'Percevoir les éventuels frais au moyen d’un paiement en ligne sécurisé et indiquer le mode de délivrance de l’acte (par voie postale, par téléchargement ou au guichet).',
        'Permettre aux demandeurs de suivre l’état d’avancement de leur demande en ligne.',
      ],
    },
    'change-of-address-notification': {
      title: 'Déclaration de changement d’adresse en ligne',
      description:
        'Un habitant peut déclarer en ligne un déménagement ou une nouvelle adresse aux autorités, soit sur le portail municipal, soit au moyen d’un service de registre de la population vers lequel le portail renvoie explicitement.',
      rationale:
        'Des adresses à jour garantissent l’exactitude des registres, des fichiers fiscaux, des listes électorales et du courrier officiel, et la déclaration en ligne supprime une raison courante de faire la queue au guichet.',
      guidance: [
        'Déterminer quel registre (municipal ou national) enregistre l’adresse des habitants et s’il accepte déjà les déclarations en ligne.',
        'Si c’est le cas, renvoyer à ce service depuis la page du portail consacrée au déménagement ou à la résidence.',
        'À défaut, créer un formulaire en ligne sécurisé, avec authentification de l’utilisateur et validation automatique de la nouvelle adresse.',
        'Permettre le téléversement d’un justificatif de la nouvelle adresse, tel qu’un bail ou une facture d’eau, d’électricité ou de gaz.',
        'Envoyer un accusé de réception de la déclaration et informer l’habitant lorsque le registre a été mis à jour.',
      ],
    },
    'land-title-registration': {
      title: 'Enregistrement des titres fonciers en ligne',
      description:
        'Il est possible d’enregistrer en ligne la propriété d’un terrain ou d’un bien immobilier (acte ou autre titre de propriété), soit sur le portail municipal, soit sur le site d’un registre foncier vers lequel le portail renvoie explicitement.',
      rationale:
        'L’enregistrement en ligne rend les transactions immobilières plus rapides et plus sûres et donne aux propriétaires une preuve claire et à jour de leurs droits.',
      guidance: [
        'Déterminer quel organisme tient le registre foncier et s’il permet déjà le dépôt en ligne.',
        'Lorsque le registre relève d’une autre autorité, renvoyer à son service de dépôt en ligne depuis les pages du portail consacrées à la propriété immobilière.',
        'À défaut, mettre en place une plateforme de dépôt sécurisée, avec une authentification forte des utilisateurs et le téléversement des actes et des pièces justificatives.',
        'Attribuer un numéro de référence à chaque dépôt et envoyer des informations sur son état d’avancement par courriel ou par SMS.',
        'Relier la plateforme au registre foncier et aux fichiers immobiliers municipaux afin que les inscriptions soient mises à jour sans ressaisie.',
      ],
    },
    'vehicle-registration': {
      title: 'Immatriculation des véhicules en ligne',
      description:
        'Il est possible d’immatriculer en ligne une voiture, une motocyclette, un camion ou un autre véhicule, soit sur le portail municipal, soit sur le site de l’autorité chargée de l’immatriculation des véhicules vers lequel le portail renvoie explicitement.',
      rationale:
        'L’immatriculation en ligne fait gagner du temps aux propriétaires et maintient à jour les fichiers des véhicules aux fins de la sécurité routière, de la fiscalité et du contrôle du respect des règles.',
      guidance: [
        'Déterminer quelle autorité immatricule les véhicules et quelles règles juridiques et de protection des données s’appliquent.',
        'Lorsqu’une autre autorité assure l’immatriculation en ligne, y renvoyer depuis les pages du portail consacrées aux transports ou aux véhicules.',
        'À défaut, proposer un service en ligne qui accepte le téléversement des titres de propriété, des attestations d’assurance et des pièces d’identité et qui perçoit les frais au moyen d’une passerelle de paiement sécurisée.',
        'Vérifier automatiquement les informations fournies au regard des fichiers des véhicules et des assurances.',
        'Informer les propriétaires par courriel ou par SMS de l’avancement de leur immatriculation.',
      ],
    },
    'e-procurement-platform': {
      title: 'Dépôt électronique des offres (marchés publics en ligne)',
      description:
        'Les fournisseurs peuvent soumissionner par voie électronique aux marchés municipaux : le portail propose la plateforme de marchés publics en ligne qu’utilise la municipalité (la sienne ou une plateforme régionale ou nationale), ou y renvoie explicitement, et les offres peuvent y être déposées en ligne.',
      rationale:
        'La passation électronique des marchés élargit la concurrence, rend les procédures plus équitables et plus transparentes et réduit les possibilités de corruption dans les achats publics.',
      guidance: [
        'Décider s’il convient d’exploiter une plateforme municipale ou de rejoindre un système régional ou national de marchés publics en ligne déjà utilisé par les acheteurs publics.',
        'Associer le personnel chargé des achats, des affaires juridiques et de l’informatique, ainsi que les fournisseurs potentiels, à la définition des besoins.',
        'Publier chaque appel d’offres sur la plateforme avec des exigences et des critères d’évaluation clairs, et recevoir les questions et les offres par voie électronique.',
        'Mettre en évidence un lien vers la plateforme dans la rubrique du portail consacrée aux marchés publics ou aux entreprises.',
        'Conserver un dossier complet de chaque procédure et publier les décisions d’attribution.',
      ],
    },
    'online-job-applications': {
      title: 'Candidature en ligne aux emplois municipaux',
      description:
        'Il est possible de postuler en ligne aux postes vacants de l’administration municipale, au moyen d’un formulaire de candidature ou d’un système de recrutement proposé sur le portail ou vers lequel le portail renvoie explicitement pour ses propres offres d’emploi.',
      rationale:
        'Le recrutement en ligne permet de trouver plus facilement les emplois publics et d’y postuler, ce qui élargit le vivier de candidats et rend les recrutements plus équitables et plus rapides.',
      guidance: [
        'Choisir un logiciel de suivi des candidatures ou un module de recrutement adapté aux règles de recrutement de la municipalité.',
        'Publier chaque poste vacant avec sa description, les qualifications requises, la date limite et les étapes de candidature.',
        'Permettre aux candidats de remplir un formulaire en ligne et de téléverser un curriculum vitae et des pièces justificatives.',
        'Relier le système à la base de données des ressources humaines afin que les candidatures n’aient pas à être saisies deux fois.',
        'Accuser réception automatiquement de chaque candidature et tenir les candidats informés par courriel.',
      ],
    },
    'online-tax-filing': {
      title: 'Déclaration en ligne des impôts locaux',
      description:
        'Les habitants ou les entreprises peuvent remplir en ligne les déclarations fiscales et les formulaires connexes exigés par l’autorité locale, soit sur le portail municipal, soit sur un service fiscal vers lequel le portail renvoie explicitement.',
      rationale:
        'La déclaration en ligne réduit la paperasserie et les erreurs, aide les contribuables à respecter les délais et réduit le coût du recouvrement des recettes locales.',
      guidance: [
        'Déterminer quels impôts et quelles déclarations relèvent de la ville et lesquels relèvent des administrations fiscales régionales ou nationales.',
        'Proposer des formulaires en ligne sécurisés et authentifiés pour les déclarations qui relèvent de la ville.',
        'Pour les impôts qui ne relèvent pas de la ville, travailler avec l’administration fiscale compétente et renvoyer à son service de déclaration en ligne depuis le portail.',
        'Permettre aux contribuables de payer en ligne le montant dû une fois la déclaration déposée.',
        'Confirmer chaque déclaration par courriel et conserver un historique des déclarations dans le compte du contribuable.',
      ],
    },
    'online-payment-for-services': {
      title: 'Paiement en ligne des redevances de services municipaux',
      description:
        'Les frais ou redevances d’au moins un service municipal (par exemple un permis, un certificat ou la collecte des déchets) peuvent être payés en ligne à partir du portail ; il est acceptable que le paiement s’effectue auprès d’un prestataire de paiement ou d’un service public de paiement vers lequel le portail redirige l’utilisateur.',
      rationale:
        'Le paiement en ligne est plus rapide pour les habitants, assure un encaissement dans les délais et réduit la manipulation d’espèces et le travail au guichet pour la ville.',
      guidance: [
        'Vérifier les règles de sécurité et les règles financières applicables à l’encaissement de paiements en ligne.',
        'Choisir une passerelle de paiement reconnue, ou le service de paiement mutualisé de l’administration lorsqu’il en existe un.',
        'L’intégrer au portail au moyen de connexions chiffrées afin que les utilisateurs puissent payer depuis la page du service concerné.',
        'Indiquer quels services peuvent être payés en ligne, avec le détail des montants et des éventuels frais supplémentaires.',
        'Confirmer immédiatement chaque paiement et envoyer un reçu électronique indiquant le montant et un numéro de référence.',
      ],
    },
    'online-payment-of-fines': {
      title: 'Paiement des amendes en ligne',
      description:
        'Les amendes infligées par la municipalité ou un autre organisme public, telles que les amendes de stationnement ou les contraventions routières, peuvent être payées en ligne à partir du portail, soit sur le portail lui-même, soit au moyen d’un service de paiement vers lequel le portail renvoie explicitement.',
      rationale:
        'Un paiement en ligne simple permet de régler les amendes plus tôt, avec moins de relances, de litiges et de déplacements au guichet.',
      guidance: [
        'Déterminer quelles amendes la ville inflige et lesquelles sont recouvrées par d’autres autorités.',
        'Relier au portail une passerelle de paiement sécurisée permettant de retrouver une amende par son numéro de référence et de la payer.',
        'Pour les amendes recouvrées par une autre autorité, renvoyer depuis le portail au service de paiement en ligne de celle-ci.',
        'Expliquer les montants, les délais, les éventuelles minorations en cas de paiement rapide et la manière de contester une amende.',
        'Délivrer une confirmation immédiate et un reçu électronique pour chaque paiement.',
      ],
    },
    'water-utility-payment': {
      title: 'Paiement des factures d’eau en ligne',
      description:
        'Les factures d’eau peuvent être payées en ligne, soit directement sur le portail municipal, soit sur le site de paiement du fournisseur d’eau que le portail indique au moyen d’un lien.',
      rationale:
        'Le paiement des factures en ligne est pratique pour les ménages, favorise le paiement dans les délais et réduit le coût du recouvrement.',
      guidance: [
        'Déterminer qui facture l’eau aux habitants : un service municipal, une entreprise municipale ou un exploitant privé ou régional.',
        'Si la ville facture directement, intégrer au portail une passerelle de paiement sécurisée et indiquer les moyens de paiement acceptés.',
        'Si un exploitant facture, ajouter sur le portail un lien clairement intitulé vers la page de paiement en ligne de l’exploitant.',
        'Envoyer un reçu électronique comportant un numéro de référence après chaque paiement.',
        'Conserver le moins de données possible sur les clients et respecter les règles de protection des données.',
      ],
    },
    'energy-utility-payment': {
      title: 'Paiement des factures d’électricité ou de gaz en ligne',
      description:
        'Les factures d’électricité ou de gaz peuvent être payées en ligne, soit directement sur le portail municipal, soit sur le site de paiement du fournisseur d’énergie que le portail indique au moyen d’un lien.',
      rationale:
        'Payer ses factures d’énergie en ligne fait gagner du temps et des déplacements aux ménages et les aide à éviter les pénalités de retard.',
      guidance: [
        'Déterminer qui facture l’électricité et le gaz aux habitants : un service municipal, une entreprise municipale ou un exploitant privé ou régional.',
        'Si la ville facture directement, intégrer au portail une passerelle de paiement sécurisée et indiquer les moyens de paiement acceptés.',
        'Si un exploitant facture, ajouter sur le portail un lien clairement intitulé vers la page de paiement en ligne de l’exploitant.',
        'Envoyer un reçu électronique comportant un numéro de référence après chaque paiement.',
        'Conserver le moins de données possible sur les clients et respecter les règles de protection des données.',
      ],
    },
    'services-for-homeless-people': {
      title: 'Aide aux personnes sans abri',
      description:
        'Le portail propose ou décrit des services destinés aux personnes sans abri, tels que des repas gratuits, un hébergement d’urgence, des installations sanitaires, des soins médicaux ou des projets de bénévolat, avec suffisamment d’informations pratiques (où, quand, qui contacter) pour que l’on puisse y recourir.',
      rationale:
        'Des informations claires aident les personnes en situation de crise à accéder rapidement à de la nourriture, à un abri et à des soins, et montrent aux habitants comment ils peuvent apporter leur aide.',
      guidance: [
        'Rassembler des informations à jour sur les services d’aide aux personnes sans abri gérés par la ville et ses partenaires : repas, hébergement d’urgence, hygiène, soins médicaux et bénévolat.',
        'Publier une rubrique dédiée, accessible depuis l’espace consacré aux services sociaux, avec une page ou un encadré pour chaque type d’aide.',
        'Indiquer en langage clair les adresses, les horaires d’ouverture, les numéros de contact et les conditions d’accès, et rendre les pages faciles à utiliser sur un téléphone mobile.',
        'Mettre régulièrement à jour les informations, en particulier les places disponibles en hébergement d’urgence lors d’épisodes climatiques extrêmes.',
        'Faire connaître ces pages par l’intermédiaire des équipes de rue, des organisations partenaires et des réseaux sociaux.',
      ],
    },
    'online-lost-and-found': {
      title: 'Service d’objets trouvés en ligne',
      description:
        'Les habitants et les visiteurs peuvent déclarer en ligne un objet perdu ou trouvé, ou se renseigner à son sujet, au moyen d’un formulaire ou d’une base de données des objets trouvés sur le portail municipal, ou au moyen d’un service de la police ou d’un service des objets trouvés vers lequel le portail renvoie explicitement.',
      rationale:
        'Un service en ligne permet aux personnes de récupérer plus vite leurs effets et leur évite des déplacements dans les bureaux et les commissariats.',
      guidance: [
        'Déterminer qui gère les objets trouvés (un service municipal, la police ou un exploitant de transport) et convenir d’une procédure commune.',
        'Choisir ou créer un service en ligne qui reçoit les déclarations et les demandes de renseignements relatives aux objets perdus et trouvés, de préférence avec une liste consultable des objets trouvés.',
        'Intégrer le service au portail, ou renvoyer au service de la police ou de l’exploitant qui le propose déjà.',
        'Rédiger de courtes instructions pas à pas sur l’utilisation du service et sur la suite donnée à une déclaration.',
      ],
    },
    'affordable-housing-search': {
      title: 'Recherche en ligne de logements disponibles ou abordables',
      description:
        'Il est possible de rechercher en ligne des logements disponibles ou abordables (sociaux ou subventionnés), par exemple au moyen d’annonces, d’un registre des demandeurs de logement ou d’un service de demande, sur le portail municipal ou sur le site d’un organisme de logement vers lequel le portail renvoie explicitement.',
      rationale:
        'Les logements abordables sont difficiles à trouver ; un point d’entrée unique en ligne aide les ménages à connaître les possibilités qui s’offrent à eux et à présenter une demande, et rend plus transparents les programmes de logement de la ville.',
      guidance: [
        'Rassembler les informations sur les programmes de logements disponibles et abordables : conditions d’admissibilité, modalités de demande et contacts.',
        'Choisir un outil permettant de consulter les offres en cours ou de s’inscrire et de présenter une demande en ligne, ou utiliser celui de l’organisme de logement.',
        'Intégrer l’outil au portail ou y renvoyer clairement depuis une rubrique consacrée au logement.',
        'Expliquer pas à pas comment rechercher un logement, présenter une demande et obtenir de l’aide pour constituer son dossier.',
      ],
    },

    // Participation and engagement
    'email-responsiveness': {
      title: 'Réponse rapide à une question envoyée par courriel ou formulaire',
      description:
        'L’évaluateur envoie une question type à la municipalité au moyen de l’adresse électronique ou du formulaire Web proposés sur le portail. L’indicateur est satisfait lorsque la municipalité y répond dans un délai de trois jours ouvrables à compter de l’envoi.',
      rationale:
        'Une réponse rapide montre aux habitants que les canaux de contact du portail sont suivis et que leurs questions sont prises au sérieux, ce qui renforce la confiance dans l’administration.',
      guidance: [
        'Fixer une règle interne sur le délai maximal de réponse à une demande reçue par courriel ou par formulaire Web, par exemple trois jours ouvrables, et la faire connaître à toutes les équipes qui reçoivent des demandes.',
        'Désigner l’agent ou le service responsable de chaque boîte aux lettres et de chaque formulaire publics, ainsi qu’un suppléant en cas d’absence.',
        'Regrouper toutes les adresses électroniques et tous les formulaires publics dans une file de traitement unique et suivie, afin qu’aucune demande ne se perde entre les services.',
        'Envoyer immédiatement un accusé de réception automatique indiquant le délai de réponse prévu.',
        'Préparer des modèles de réponse validés pour les questions fréquentes, et mesurer chaque mois les délais de réponse.',
      ],
    },
    'email-response-quality': {
      title: 'Réponse utile à une question test dans un délai de trois jours',
      description:
        'La réponse à la question test de l’évaluateur parvient dans les trois jours suivant l’envoi et répond réellement à la question : elle fournit l’information demandée ou indique précisément à l’expéditeur où l’obtenir. Une réponse plus tardive, ou qui ne traite pas la question posée, ne satisfait pas l’indicateur.',
      rationale:
        'La rapidité ne suffit pas à aider un habitant : la réponse doit régler la question, faute de quoi le canal de contact ne fait qu’ajouter du travail de part et d’autre.',
      guidance: [
        'Fournir au personnel qui répond aux demandes du public des informations à jour sur les services, les tarifs et les procédures.',
        'Rédiger et valider des réponses types aux questions que les habitants posent le plus souvent, et les tenir à jour.',
        'Lorsqu’une question relève d’un autre service ou d’un autre niveau d’administration, la transmettre et indiquer à l’expéditeur à qui elle a été adressée et qui lui répondra.',
        'Vérifier régulièrement l’exactitude et la clarté d’un échantillon de réponses envoyées, et demander aux expéditeurs si la réponse les a aidés.',
      ],
    },
    'budget-information': {
      title: 'Informations sur le budget municipal',
      description:
        'Le portail publie des informations ou des documents sur le budget municipal, tels que le budget adopté, des rapports budgétaires ou la politique budgétaire, sous forme de pages ou de fichiers téléchargeables.',
      rationale:
        'L’ouverture des informations budgétaires permet aux habitants de voir comment l’argent public est collecté et dépensé, condition de l’obligation de rendre des comptes et d’un débat public éclairé.',
      guidance: [
        'Créer sur le portail une rubrique unique consacrée au budget et la rendre accessible depuis la navigation principale.',
        'Publier le budget adopté, les rapports d’exécution en cours d’exercice et de fin d’exercice et les documents d’orientation connexes, classés par année et par type.',
        'Ajouter des résumés en langage clair et des graphiques simples montrant d’où vient l’argent et à quoi il sert.',
        'Mettre à jour la rubrique à chaque cycle budgétaire et indiquer un contact pour les questions relatives aux chiffres.',
      ],
    },
    'open-data-provision': {
      title: 'Jeux de données ouverts dans des formats ouverts',
      description:
        'Les jeux de données de la municipalité peuvent être téléchargés sur le portail, ou sur un portail de données vers lequel il renvoie, dans des formats ouverts tels que CSV ou texte brut.',
      rationale:
        'Les données ouvertes permettent aux habitants, aux entreprises et aux chercheurs de réutiliser l’information publique, ce qui favorise la transparence, le contrôle citoyen et la création de nouveaux services fondés sur ces données.',
      guidance: [
        'Recenser les données que détient la municipalité et sélectionner les jeux de données d’intérêt public qui peuvent être diffusés.',
        'Supprimer ou agréger les données personnelles et les autres informations sensibles avant la diffusion.',
        'Publier les jeux de données dans des formats ouverts et lisibles par machine, tels que CSV, sous une licence ouverte.',
        'Les proposer dans un catalogue consultable sur le portail, ou sur un portail de données accessible depuis celui-ci.',
        'Fixer un calendrier de mise à jour pour chaque jeu de données et le respecter.',
      ],
    },
    'discrimination-reporting': {
      title: 'Signalement en ligne des discriminations',
      description:
        'Le portail permet de signaler en ligne une discrimination de toute nature (par exemple fondée sur l’origine ethnique, l’âge ou le genre), en soumettant une préoccupation, une question ou une plainte à ce sujet.',
      rationale:
        'Un moyen sûr et simple de signaler les discriminations permet à la ville d’avoir connaissance des incidents et d’y donner suite, et montre que l’inégalité de traitement n’est pas tolérée.',
      guidance: [
        'Créer une page consacrée au signalement des discriminations, qui explique ce qui peut être signalé et quelle suite est donnée.',
        'Proposer un formulaire en ligne demandant le type de discrimination, la date, le lieu et une description, avec la possibilité d’effectuer un signalement anonyme.',
        'Protéger les signalements : les transmettre de façon sécurisée, en réserver l’accès au personnel habilité et publier les règles de confidentialité.',
        'Accuser réception de chaque signalement et tenir son auteur informé de la suite donnée lorsqu’il a laissé ses coordonnées.',
      ],
    },
    'ai-chatbot': {
      title: 'Agent conversationnel fondé sur l’intelligence artificielle',
      description:
        'Le portail propose un agent conversationnel d’assistance fondé sur l’intelligence artificielle, qu’il s’agisse d’un assistant conversationnel ou d’un assistant d’IA générative, qui répond aux questions des utilisateurs.',
      rationale:
        'Un assistant d’IA peut répondre à toute heure aux questions courantes et orienter les utilisateurs vers le bon service, ce qui allège la charge de travail du personnel.',
      guidance: [
        'Déterminer les questions et les services que l’assistant doit couvrir, et les cas dans lesquels il doit passer la main à une personne.',
        'Rassembler les foires aux questions et les informations à jour sur les services pour constituer la base de connaissances de l’assistant.',
        'Choisir et paramétrer la technologie en prévoyant des garanties en matière de protection des données et d’exactitude.',
        'Intégrer l’assistant au portail et le tester avec de véritables utilisateurs pour vérifier l’exactitude des réponses et l’accessibilité.',
        'Permettre aux utilisateurs de noter les réponses, et examiner ces notes pour corriger les erreurs.',
      ],
    },
    'feedback-complaint-submission': {
      title: 'Envoi en ligne d’avis ou de réclamations',
      description:
        'Les utilisateurs peuvent adresser en ligne à la municipalité une réclamation, une interrogation ou un commentaire, par exemple au moyen d’une fonction « Donner son avis » portant sur le portail ou ses services ; une fonction « Écrire au maire » est également acceptée.',
      rationale:
        'Un canal simple pour donner son avis permet aux habitants de signaler des problèmes et de demander des comptes à l’administration, et fournit à la ville des éléments pour améliorer ses services.',
      guidance: [
        'Placer un lien clairement intitulé vers les avis ou les réclamations sur la page d’accueil et sur les pages des services.',
        'Proposer un formulaire Web court et accessible qui ne demande que le strict nécessaire.',
        'Charger une équipe de traiter les envois, d’accuser réception de chacun et de fixer un délai de réponse.',
        'Classer et analyser à intervalles réguliers les avis reçus afin de repérer les problèmes récurrents.',
      ],
    },
    'online-deliberation-tools': {
      title: 'Outils en ligne de recueil de l’opinion publique',
      description:
        'Le portail fournit des outils en ligne qui recueillent l’opinion des habitants pour éclairer les délibérations sur les politiques publiques, tels que des forums de discussion, des sondages, des pétitions, des outils de vote, des discussions en ligne, des blogs ou des consultations sur les réseaux sociaux.',
      rationale:
        'Les outils de contribution du public élargissent l’éventail des voix entendues dans l’élaboration des politiques et rendent les décisions mieux éclairées et plus légitimes.',
      guidance: [
        'Choisir des outils adaptés aux décisions à prendre : sondages pour les questions rapides, forums pour la discussion, pétitions pour les propositions des habitants.',
        'Les héberger sur le portail ou sur une plateforme de participation accessible depuis celui-ci, et expliquer comment les contributions seront utilisées.',
        'Modérer les discussions selon des règles publiées.',
        'Rendre compte de ce que les participants ont exprimé et de la manière dont cela a influé sur la décision.',
      ],
    },
    'reporting-of-incidents-in-public-spaces': {
      title: 'Signalement de problèmes dans l’espace public',
      description:
        'Les utilisateurs peuvent signaler en ligne des problèmes dans l’espace public, tels qu’un nid-de-poule ou un lampadaire en panne, au moyen d’un dispositif créé à cet effet par la municipalité (souvent appelé « ma rue » ou « ma ville »), sur le portail ou dans une application accessible depuis celui-ci.',
      rationale:
        'Les habitants sont les premiers à remarquer les problèmes ; un moyen simple de les signaler aide la ville à effectuer les réparations plus vite et à garder l’espace public sûr et bien entretenu.',
      guidance: [
        'Créer une page ou une application de signalement et la rendre accessible depuis la page d’accueil du portail.',
        'Proposer des catégories telles que les dégradations de la chaussée, l’éclairage et les déchets sauvages, et permettre aux utilisateurs d’indiquer le lieu sur une carte et d’ajouter une photo.',
        'Accuser réception automatiquement de chaque signalement et en afficher l’état jusqu’à sa résolution.',
        'Transmettre les signalements à l’équipe responsable avec des délais de réparation cibles, et les analyser afin de repérer les problèmes récurrents.',
      ],
    },
    'participatory-budgeting': {
      title: 'Budget participatif',
      description:
        'Le portail fait état d’une possibilité pour les habitants de participer à un budget participatif, soit dans le cadre d’un processus tenu au cours des cinq dernières années, soit dans le cadre d’un processus annoncé pour un avenir proche.',
      rationale:
        'Le budget participatif donne aux habitants un droit de regard direct sur l’emploi d’une partie du budget public, ce qui renforce la confiance et oriente les dépenses vers les priorités locales.',
      guidance: [
        'Réserver une partie du budget et en fixer les règles : qui peut faire des propositions, comment les projets sont sélectionnés et comment les votes sont décomptés.',
        'Publier un calendrier couvrant les propositions, les débats, le vote et la réalisation.',
        'Fournir une plateforme en ligne pour déposer les propositions, en débattre et voter, ainsi que des solutions hors ligne.',
        'Faire connaître le processus sur le portail et sur les réseaux sociaux.',
        'Publier les résultats et l’état d’avancement des projets financés.',
      ],
    },
    'participatory-land-use-planning': {
      title: 'Participation du public à l’aménagement du territoire',
      description:
        'Le portail fait état d’une possibilité, récente ou prochaine, pour les habitants de participer à la révision de l’organisation du territoire de la ville, par exemple à la révision du plan d’occupation des sols ou du schéma directeur, ou à la décision de transformer un secteur en parc.',
      rationale:
        'Associer les habitants aux décisions d’aménagement fait correspondre le développement urbain aux besoins locaux et réduit les conflits ultérieurs autour des projets.',
      guidance: [
        'Publier des informations sur les révisions en cours et prévues du plan d’occupation des sols, avec des cartes et des calendriers.',
        'Proposer des cartes interactives sur lesquelles les habitants peuvent signaler des lieux et formuler des commentaires.',
        'Organiser des enquêtes en ligne et des réunions publiques, et publier les enregistrements des réunions sur le portail.',
        'Publier une synthèse des contributions reçues et de la manière dont le plan en tient compte.',
      ],
    },
    'upcoming-e-participation-announcements': {
      title: 'Annonce des activités de participation en ligne à venir',
      description:
        'Le portail informe les utilisateurs des prochaines activités de participation en ligne, telles que des consultations, des enquêtes, des sondages ou des votes en ligne, au moyen d’annonces ou d’un calendrier.',
      rationale:
        'Les habitants ne peuvent participer que s’ils savent à l’avance quand et comment le faire ; annoncer les activités élargit donc la participation.',
      guidance: [
        'Créer une rubrique consacrée à la participation qui énumère les activités ouvertes et à venir.',
        'Annoncer chaque activité à l’avance, en précisant son objet, ses dates et l’outil qui sera utilisé.',
        'Tenir un calendrier des activités de participation en ligne prévues et signaler comme closes celles qui sont passées.',
        'Relayer les annonces dans les lettres d’information et sur les réseaux sociaux, et proposer des alertes sur abonnement.',
      ],
    },
    'outcome-of-online-consultations': {
      title: 'Publication des résultats des consultations en ligne',
      description:
        'Le portail montre qu’au moins une consultation publique en ligne a débouché sur une décision concrète concernant une politique, une réglementation ou un service, par exemple au moyen d’un rapport de synthèse, d’une présentation ou d’un article d’actualité sur ses résultats.',
      rationale:
        'Montrer ce qu’il est advenu des contributions des habitants prouve que la participation change les choses, ce qui incite à participer de nouveau.',
      guidance: [
        'Publier rapidement un rapport sur les résultats à la clôture de chaque consultation.',
        'Expliquer ce qui a été décidé, quelles suggestions ont été retenues et pourquoi d’autres ne l’ont pas été.',
        'Renvoyer vers ces résultats depuis la page de la consultation initiale afin que les participants puissent les trouver.',
        'Utiliser des graphiques ou de courtes vidéos pour présenter clairement les résultats.',
      ],
    },
    'e-voting': {
      title: 'Vote électronique sur des décisions locales',
      description:
        'Le portail propose un outil ou un processus de vote électronique effectivement utilisé dans un processus décisionnel local, par exemple un vote sur des propositions ou des projets.',
      rationale:
        'Le vote en ligne réduit le coût de la participation et permet à davantage d’habitants de se prononcer directement sur les affaires locales.',
      guidance: [
        'Commencer par un vote de faible ampleur ou consultatif, par exemple sur les projets d’un budget participatif, afin de mettre le système à l’essai.',
        'Définir la base juridique, les personnes habilitées à voter et les règles de chaque vote.',
        'Choisir une plateforme sûre et accessible, dotée de mécanismes de vérification et d’audit.',
        'Expliquer aux habitants comment voter, et publier les résultats après chaque vote.',
      ],
    },
    'council-public-meetings-information': {
      title: 'Séances publiques du conseil municipal',
      description:
        'Le portail donne des informations sur les séances publiques du conseil municipal : annonces ou calendrier des séances à venir ou passées, ou procès-verbaux des séances passées.',
      rationale:
        'Savoir quand le conseil se réunit et ce qu’il a décidé permet aux habitants de suivre les décisions locales, d’assister aux séances et d’exercer un contrôle.',
      guidance: [
        'Créer une rubrique consacrée au conseil municipal, avec un calendrier indiquant la date, l’heure et le lieu de chaque séance.',
        'Publier l’ordre du jour avant chaque séance et le procès-verbal après celle-ci, archivés par date.',
        'Diffuser les séances en direct ou en publier les enregistrements lorsque c’est possible.',
        'Expliquer comment le public peut assister aux séances ou y prendre la parole, et proposer des alertes pour les nouvelles séances.',
      ],
    },
    'open-data-metadata': {
      title: 'Métadonnées des jeux de données ouverts',
      description:
        'Chaque jeu de données ouvert publié par la municipalité est accompagné de métadonnées, telles qu’une description, la date de publication ou de dernière mise à jour et l’auteur ou l’organisme responsable.',
      rationale:
        'Les métadonnées permettent aux utilisateurs de juger si un jeu de données est pertinent, à jour et fiable, et de l’utiliser correctement.',
      guidance: [
        'Adopter un schéma de métadonnées unique pour tous les jeux de données, par exemple le vocabulaire DCAT du W3C.',
        'Doter chaque jeu de données d’une description, de sa date de création ou de dernière mise à jour et de l’indication du service responsable, avec un contact.',
        'Ajouter des mots-clés, des catégories, le format de fichier, la taille et la licence.',
        'Vérifier que les métadonnées des nouveaux jeux de données sont complètes avant leur publication.',
      ],
    },
    'live-chat-with-staff': {
      title: 'Discussion en direct avec le personnel municipal',
      description:
        'Le portail permet de converser en temps réel avec des agents municipaux, par exemple au moyen d’un bouton de discussion, d’une messagerie instantanée sur le site, de WhatsApp, de WeChat, de SMS ou d’un autre canal d’assistance en direct.',
      rationale:
        'Une aide en temps réel règle les questions immédiatement et soutient les personnes pour qui les formulaires ou les demandes écrites sont difficiles.',
      guidance: [
        'Choisir un logiciel de discussion en direct capable de se connecter également aux messageries que les habitants utilisent déjà.',
        'Former le personnel à la conduite des discussions et fixer les heures de service.',
        'Ajouter au portail un bouton de discussion bien visible et indiquer quand le personnel est disponible.',
        'Suivre les temps d’attente et les transcriptions afin d’améliorer le service.',
      ],
    },
    'social-networking-features': {
      title: 'Liens vers les réseaux sociaux',
      description:
        'Le portail offre des fonctionnalités de réseaux sociaux, telles que des liens vers les comptes officiels de la ville sur Facebook, X (Twitter), YouTube, Flickr ou des réseaux similaires, ou l’intégration de leurs fils d’actualité.',
      rationale:
        'Les réseaux sociaux touchent les habitants là où ils se trouvent déjà, ce qui permet à la ville de diffuser rapidement des informations et de connaître les réactions du public.',
      guidance: [
        'Adopter une politique relative aux réseaux sociaux qui en définit l’objectif, le personnel responsable, les règles de contenu et les délais de réponse.',
        'Ouvrir des comptes officiels sur les réseaux les plus utilisés localement.',
        'Placer sur le portail des liens ou des fils intégrés, par exemple dans l’en-tête ou le pied de page.',
        'Publier régulièrement sur les services, les manifestations et les consultations, et répondre aux questions.',
      ],
    },

    // Technology
    'contact-details': {
      title: 'Coordonnées de la municipalité',
      description:
        'Le portail indique des moyens de contacter la municipalité, généralement sur une page « Nous contacter » : au moins l’un des moyens suivants, à savoir un numéro de téléphone, une adresse électronique, une adresse postale ou physique, ou un formulaire de contact en ligne.',
      rationale:
        'Un moyen simple de joindre la ville permet aux habitants et aux entreprises de poser leurs questions et de faire résoudre leurs problèmes.',
      guidance: [
        'Créer une page clairement intitulée « Nous contacter ».',
        'Y indiquer les numéros de téléphone, les adresses électroniques et les adresses physiques des principaux bureaux municipaux, ou proposer un formulaire de contact.',
        'Préciser les jours et heures d’ouverture de chaque service.',
        'Rendre la page accessible depuis l’en-tête ou le pied de chaque page.',
        'Vérifier régulièrement les coordonnées et les mettre à jour lorsqu’elles changent.',
      ],
    },
    'browser-compatibility': {
      title: 'Fonctionnement dans les navigateurs Web les plus utilisés',
      description:
        'Le portail s’affiche et fonctionne correctement dans chacun des trois navigateurs Web les plus utilisés dans le pays : les pages se chargent, les menus, les liens, les formulaires et la recherche fonctionnent, et la mise en page n’est pas altérée.',
      rationale:
        'Les habitants utilisent des navigateurs et des appareils différents ; un portail qui ne fonctionne que dans certains d’entre eux prive une partie de la population d’informations et de services.',
      guidance: [
        'Consulter StatCounter pour connaître les navigateurs les plus utilisés dans le pays et en faire les navigateurs de test de la ville.',
        'Concevoir les pages selon les normes du Web et éviter les fonctionnalités prises en charge par un seul navigateur.',
        'Tester la page d’accueil, les menus principaux, les formulaires et les services en ligne dans chacun de ces navigateurs avant chaque mise en production.',
        'Corriger les problèmes relevés et refaire les tests à chaque modification de la conception ou des logiciels du site.',
      ],
    },
    'portal-findability': {
      title: 'Portail facile à trouver dans les moteurs de recherche',
      description:
        'Le portail officiel de la ville apparaît sur la première page de résultats de chacun des trois moteurs de recherche les plus utilisés dans le pays.',
      rationale:
        'La plupart des gens accèdent aux sites publics par un moteur de recherche et consultent rarement les résultats au-delà de la première page ; un portail difficile à trouver perd des utilisateurs au profit de sites non officiels.',
      guidance: [
        'Utiliser dans les titres de page, les intertitres et les méta-descriptions les termes que les gens recherchent (le nom de la ville, de son administration et de ses principaux services).',
        'Rendre le site adaptatif et rapide, car les moteurs de recherche classent mieux les sites adaptés aux mobiles.',
        'Publier un plan du site XML et inscrire le site dans les outils pour webmasters des principaux moteurs de recherche.',
        'Tenir les contenus à jour et vérifier le classement du portail dans les résultats de recherche après chaque changement important.',
      ],
    },
    'mobile-device-accessibility': {
      title: 'Utilisation sur appareils mobiles',
      description:
        'Le portail s’affiche correctement et peut être parcouru et utilisé sur un smartphone ou une tablette, soit parce que le site Web est adaptatif, soit au moyen d’une application mobile du portail.',
      rationale:
        'De nombreux habitants accèdent à Internet principalement ou uniquement par leur téléphone ; un portail qui fonctionne sur les petits écrans leur reste accessible.',
      guidance: [
        'Adopter une conception adaptative qui ajuste la mise en page et le contenu à la taille de l’écran.',
        'Simplifier les menus pour les petits écrans et prévoir des boutons et des liens assez grands pour être touchés du doigt.',
        'Utiliser des tailles de police lisibles et des images dimensionnées pour les écrans mobiles.',
        'Tester régulièrement le portail sur plusieurs téléphones, tablettes et navigateurs mobiles, et corriger les problèmes relevés.',
      ],
    },
    navigability: {
      title: 'Plan du site ou index des pages',
      description:
        'Le portail comporte un plan du site ou une page d’index qui en énumère les pages, généralement de façon hiérarchique, et que les visiteurs peuvent ouvrir (par exemple depuis le pied de page). Un plan du site XML destiné uniquement aux moteurs de recherche ne suffit pas à lui seul.',
      rationale:
        'Un plan du site donne aux visiteurs une vue d’ensemble du contenu du portail et un accès aux pages que les menus ne montrent pas.',
      guidance: [
        'Créer à l’intention des visiteurs une page de plan du site en HTML qui énumère de façon hiérarchique les rubriques et les pages du portail.',
        'La rendre accessible depuis le pied de chaque page.',
        'Générer également un plan du site XML et le soumettre aux principaux moteurs de recherche.',
        'Régénérer les deux plans, de préférence automatiquement, chaque fois que des pages sont ajoutées, déplacées ou supprimées.',
      ],
    },
    'advanced-search': {
      title: 'Options de recherche avancée',
      description:
        'La recherche du portail offre des options avancées qui vont au-delà d’un simple champ, telles que la recherche d’expressions exactes, l’exclusion de mots, des plages de dates ou le choix de la langue, ou permet aux utilisateurs de filtrer et d’affiner les résultats (par exemple par rubrique ou par type de document).',
      rationale:
        'Affiner une recherche aide à trouver rapidement un document ou un service précis sur un portail de grande taille.',
      guidance: [
        'Déterminer, à l’aide des statistiques de recherche, ce que les utilisateurs recherchent et quelles recherches échouent.',
        'Choisir un moteur ou un logiciel de recherche qui prend en charge les requêtes avancées et les filtres.',
        'Ajouter des filtres sur les résultats par catégorie, par exemple par service, par type de document et par date.',
        'Proposer un formulaire de recherche avancée permettant de rechercher des expressions exactes, d’exclure des mots et de définir des plages de dates.',
        'Examiner régulièrement les journaux de recherche et les commentaires des utilisateurs pour améliorer les résultats.',
      ],
    },
    'w3c-markup-validity': {
      title: 'Balisage HTML valide (vérification W3C)',
      description:
        'La page d’accueil du portail passe sans erreur le service de validation du balisage du W3C (W3C Markup Validation Service) avec les options par défaut. Toute erreur, ou un dépassement du délai de lecture, signifie que l’indicateur n’est pas satisfait.',
      rationale:
        'Un balisage valide permet aux pages de s’afficher de la même façon dans tous les navigateurs et de fonctionner avec les technologies d’assistance telles que les lecteurs d’écran.',
      guidance: [
        'Soumettre les principaux modèles de page du portail au service de validation du balisage du W3C.',
        'Corriger les erreurs signalées dans les modèles et dans les thèmes du système de gestion de contenu, en commençant par celles qui sont communes à toutes les pages.',
        'Intégrer la validation du balisage aux contrôles de publication ou de mise en production du site.',
        'Former les rédacteurs afin qu’ils ne collent pas de balisage non valide dans les contenus.',
      ],
    },
    'w3c-css-validity': {
      title: 'Feuilles de style CSS valides (vérification W3C)',
      description:
        'Les feuilles de style du portail passent le service de validation CSS du W3C (W3C CSS Validation Service), lancé sur l’adresse de la page d’accueil avec les options par défaut. Toute erreur signalée signifie que l’indicateur n’est pas satisfait.',
      rationale:
        'Des feuilles de style conformes aux normes assurent une présentation homogène d’un navigateur et d’un appareil à l’autre et facilitent la maintenance du site.',
      guidance: [
        'Placer les styles dans des feuilles de style externes plutôt que dans des styles en ligne.',
        'Vérifier les feuilles de style avec le service de validation CSS du W3C et corriger les erreurs signalées.',
        'Examiner les styles qui proviennent de thèmes ou d’extensions de tiers, et remplacer ou corriger ceux qui comportent des erreurs.',
        'Refaire la vérification après chaque modification de la conception et tester le résultat dans les principaux navigateurs.',
      ],
    },
    'wcag-accessibility': {
      title: 'Conformité au niveau AA des WCAG 2.1 lors de tests automatisés',
      description:
        'La page d’accueil du portail ne présente aucun problème lorsqu’elle est testée au regard du niveau AA des WCAG 2.1 avec un outil automatisé d’évaluation de l’accessibilité (la boîte à outils utilise TAW). Tout problème signalé dans le résumé signifie que l’indicateur n’est pas satisfait.',
      rationale:
        'Des pages accessibles permettent aux personnes handicapées et aux personnes âgées d’utiliser les informations et les services de la ville sur un pied d’égalité.',
      guidance: [
        'Tester les principaux modèles de page au regard du niveau AA des WCAG 2.1, au moyen d’un outil automatisé et d’un examen manuel.',
        'Corriger les problèmes signalés : alternatives textuelles des images, contraste des couleurs, titres, étiquettes des formulaires et intitulés des liens.',
        'Rendre chaque élément interactif utilisable au seul clavier et le doter d’un indicateur de focus visible.',
        'Associer des personnes handicapées aux tests d’utilisabilité des principaux services.',
        'Auditer régulièrement le portail et exiger l’accessibilité dans les contrats de tout nouveau développement Web.',
      ],
    },
    'access-to-own-data': {
      title: 'Consultation des données personnelles détenues par la ville',
      description:
        'Les utilisateurs peuvent consulter, sur le portail ou sur un service accessible depuis celui-ci, les données que l’administration locale détient à leur sujet, telles que leurs données fiscales, leurs prestations sociales ou l’immatriculation de leurs véhicules, généralement après s’être connectés à un compte personnel.',
      rationale:
        'Pouvoir consulter ses propres données permet de les vérifier et renforce la confiance dans la façon dont la ville traite les données personnelles.',
      guidance: [
        'Examiner la législation relative à l’accès aux données des particuliers et des entreprises et à leur protection.',
        'Mettre en place une connexion sécurisée, avec authentification multifacteur et connexions chiffrées, pour l’accès aux données personnelles.',
        'Vérifier l’identité des utilisateurs avant d’afficher toute donnée personnelle.',
        'Créer une page de compte personnel qui présente les données détenues par la ville, en se limitant à celles dont les services ont besoin.',
        'Conserver les données de façon sécurisée et publier des conditions d’utilisation et une politique de confidentialité pour l’espace personnel.',
      ],
    },
    'modification-of-own-data': {
      title: 'Mise à jour des données personnelles en ligne',
      description:
        'Les particuliers peuvent modifier au moins une partie des données que l’administration locale détient à leur sujet, telles que leurs coordonnées ou leur adresse, sur le portail ou sur un service accessible depuis celui-ci.',
      rationale:
        'La mise à jour en ligne préserve l’exactitude des données de la ville, évite aux personnes de se déplacer dans un bureau et leur donne la maîtrise de leurs informations.',
      guidance: [
        'Proposer une inscription simple, avec vérification de l’identité et de l’adresse électronique de l’utilisateur.',
        'Fournir, après connexion, un tableau de bord comportant des sections claires, telles que les données personnelles ou les informations relatives à l’entreprise.',
        'Ajouter à chaque section une option de modification, avec des contrôles vérifiant que les nouvelles données sont complètes et valides.',
        'Enregistrer immédiatement les modifications, les confirmer à l’utilisateur et consigner qui a modifié quoi.',
      ],
    },
    'helpdesk-phone-number': {
      title: 'Ligne téléphonique d’assistance pour les services en ligne',
      description:
        'Le portail indique le numéro de téléphone d’un service d’assistance que l’on peut appeler en cas de difficulté pour accomplir une démarche en ligne ou par un autre canal numérique.',
      rationale:
        'Une ligne téléphonique évite que les personnes bloquées en ligne se retrouvent privées du service, et aide la ville à repérer les défaillances de ses services numériques.',
      guidance: [
        'Choisir pour le service d’assistance un numéro dédié, local ou gratuit.',
        'L’afficher sur chaque page, par exemple dans l’en-tête ou le pied de page, ainsi que sur la page de chaque service en ligne.',
        'Organiser l’acheminement des appels afin que les appelants soient mis en relation avec des agents qui connaissent les services en ligne.',
        'Former le personnel d’assistance aux services en ligne et publier les horaires d’ouverture.',
        'Consigner les problèmes signalés par les appelants et s’en servir pour améliorer les services en ligne.',
      ],
    },
    'internal-search': {
      title: 'Barre de recherche sur la page d’accueil',
      description:
        'La page d’accueil du portail comporte une barre de recherche qui fonctionne : une recherche portant sur un seul mot renvoie des résultats pertinents provenant du portail.',
      rationale:
        'Une recherche qui fonctionne permet aux visiteurs d’accéder directement à l’information ou au service dont ils ont besoin sans parcourir les menus.',
      guidance: [
        'Choisir un moteur ou un service de recherche adapté au budget et aux besoins techniques de la ville.',
        'Veiller à ce que toutes les pages, tous les documents et toutes les ressources du portail soient indexés.',
        'Placer la barre de recherche en évidence sur la page d’accueil et sur les autres pages clés.',
        'Ajouter des filtres permettant d’affiner les résultats, par exemple par service, par type de document ou par date.',
        'Tenir les contenus à jour afin que les résultats de recherche restent pertinents.',
      ],
    },
    'help-faq': {
      title: 'Rubrique d’aide ou foire aux questions',
      description:
        'Le portail comporte une fonction d’aide ou une rubrique « Foire aux questions » qui aide les utilisateurs à s’orienter sur le site et répond aux questions les plus courantes.',
      rationale:
        'Des réponses toutes prêtes aux questions courantes font gagner du temps aux habitants et réduisent les appels et les courriels adressés au personnel municipal.',
      guidance: [
        'Recueillir les questions les plus fréquentes à partir des appels, des courriels et des journaux de recherche.',
        'Rédiger des réponses courtes et claires et les regrouper par thème dans une rubrique dédiée.',
        'Permettre la recherche dans la rubrique et la rendre accessible depuis la page d’accueil et le menu principal.',
        'Réviser les réponses à chaque changement de politique ou de service et supprimer celles qui sont devenues obsolètes.',
      ],
    },
    'online-authentication': {
      title: 'Connexion sécurisée des utilisateurs (identité électronique)',
      description:
        'Le portail permet aux utilisateurs de se connecter de façon sécurisée, au moyen d’un compte, d’une identité électronique nationale ou d’une authentification multifacteur, pour utiliser des services personnalisés en ligne ou sur mobile. Une connexion assurée par un service national lié au portail est acceptée.',
      rationale:
        'Vérifier l’identité des personnes en ligne protège les données personnelles et permet d’offrir des services personnalisés, tels que le dépôt de demandes et l’accès à ses propres données.',
      guidance: [
        'Déterminer le niveau de garantie de l’identité requis pour chaque service en ligne.',
        'Choisir des méthodes d’authentification adaptées, telles que l’identité électronique nationale, des mots de passe associés à une authentification multifacteur ou la biométrie.',
        'Conserver de façon sécurisée les identifiants des utilisateurs, ou s’appuyer sur un fournisseur d’identité national de confiance plutôt que de les conserver soi-même.',
        'Intégrer la connexion aux services en ligne du portail afin que les utilisateurs ne s’identifient qu’une seule fois.',
        'Effectuer régulièrement des audits de sécurité du système de connexion et corriger les failles relevées.',
      ],
    },
  },
};

export default locale;
