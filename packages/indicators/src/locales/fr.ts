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
        'Les habitants et les entreprises peuvent s’adresser directement à la personne responsable, ce qui rend l’administration plus ouverte et plus redevable.',
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

    // Services provision

    // Participation and engagement

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
