import type { Indicator } from '../../types.js';

/** LOSI 2024, technology: 15 indicators. Texts are ours; sources are in each `provenance`. */
export const technology = [
  {
    // reference pack: Contact details | Checks that the portal gives ways to contact the municipality (phone, e-mail, address or contact form). | toolkit case: Colombo (contact page) | module: Technology
    id: 'contact-details',
    code: '#214',
    criterion: 'technology',
    number: 1,
    title: 'TODO',
    description: 'TODO',
    rationale: 'TODO',
    guidance: ['TODO'],
    cases: [],
    evidenceHint: 'TODO',
    provenance: {
      title: {
        basis: 'third-party-name',
        knownNames: [
          {
            name: 'Contact details',
            edition: '2024',
            source: 'https://github.com/rinenweb/LOSI-scanner/blob/fa71cc6f0ed721eca825d35d84964e4dd1fcbdfb/indicators/i214.py',
            confidence: 'third-party',
          },
        ],
      },
      criterion: {
        basis: 'toolkit-module',
        confidence: 'supported',
        note: 'Listed in the toolkit module of this criterion; the official 2024 indicator table was not seen.',
      },
      definition: {
        basis: 'toolkit-guide',
        confidence: 'supported',
        source: 'https://github.com/nithinrightagents/UN-POC/blob/8cd041ac40a30033d91b9f83c350af4746a74241/data/questionnaires/templates/un_losi_2024_master.json',
        note: 'Definition follows the Local E-Government Toolkit indicator guide, as read through a third-party extraction of its slides.',
      },
      code: {
        confidence: 'supported',
        note: null,
      },
    },
  },
  {
    // reference pack: Browser compatibility | Checks that the portal works correctly in the three most-used web browsers in the country. | toolkit case: None | module: Technology
    id: 'browser-compatibility',
    code: '#201',
    criterion: 'technology',
    number: 2,
    title: 'TODO',
    description: 'TODO',
    rationale: 'TODO',
    guidance: ['TODO'],
    cases: [],
    evidenceHint: 'TODO',
    provenance: {
      title: {
        basis: 'own-label',
        knownNames: [],
      },
      criterion: {
        basis: 'toolkit-module',
        confidence: 'supported',
        note: 'Listed in the toolkit module of this criterion; the official 2024 indicator table was not seen.',
      },
      definition: {
        basis: 'toolkit-guide',
        confidence: 'supported',
        source: 'https://github.com/nithinrightagents/UN-POC/blob/8cd041ac40a30033d91b9f83c350af4746a74241/data/questionnaires/templates/un_losi_2024_master.json',
        note: 'Definition follows the Local E-Government Toolkit indicator guide, as read through a third-party extraction of its slides.',
      },
      code: {
        confidence: 'supported',
        note: null,
      },
    },
  },
  {
    // reference pack: Ease of finding the portal | Checks that the portal appears on the first results page of the country's three most-used search engines. | toolkit case: None | module: Technology
    id: 'portal-findability',
    code: '#202',
    criterion: 'technology',
    number: 3,
    title: 'TODO',
    description: 'TODO',
    rationale: 'TODO',
    guidance: ['TODO'],
    cases: [],
    evidenceHint: 'TODO',
    provenance: {
      title: {
        basis: 'own-label',
        knownNames: [],
      },
      criterion: {
        basis: 'toolkit-module',
        confidence: 'supported',
        note: 'Listed in the toolkit module of this criterion; the official 2024 indicator table was not seen.',
      },
      definition: {
        basis: 'toolkit-guide',
        confidence: 'supported',
        source: 'https://github.com/nithinrightagents/UN-POC/blob/8cd041ac40a30033d91b9f83c350af4746a74241/data/questionnaires/templates/un_losi_2024_master.json',
        note: 'Definition follows the Local E-Government Toolkit indicator guide, as read through a third-party extraction of its slides.',
      },
      code: {
        confidence: 'supported',
        note: null,
      },
    },
  },
  {
    // reference pack: Mobile device accessibility | Checks that the portal displays and works well on smartphones and tablets (responsive site or app). | toolkit case: None | module: Technology
    id: 'mobile-device-accessibility',
    code: '#204',
    criterion: 'technology',
    number: 4,
    title: 'TODO',
    description: 'TODO',
    rationale: 'TODO',
    guidance: ['TODO'],
    cases: [],
    evidenceHint: 'TODO',
    provenance: {
      title: {
        basis: 'third-party-name',
        knownNames: [
          {
            name: 'Mobile device accessibility',
            edition: '2024',
            source: 'https://github.com/rinenweb/LOSI-scanner/blob/fa71cc6f0ed721eca825d35d84964e4dd1fcbdfb/indicators/i204.py',
            confidence: 'third-party',
          },
        ],
      },
      criterion: {
        basis: 'toolkit-module',
        confidence: 'supported',
        note: 'Listed in the toolkit module of this criterion; the official 2024 indicator table was not seen.',
      },
      definition: {
        basis: 'toolkit-guide',
        confidence: 'supported',
        source: 'https://github.com/nithinrightagents/UN-POC/blob/8cd041ac40a30033d91b9f83c350af4746a74241/data/questionnaires/templates/un_losi_2024_master.json',
        note: 'Definition follows the Local E-Government Toolkit indicator guide, as read through a third-party extraction of its slides.',
      },
      code: {
        confidence: 'supported',
        note: null,
      },
    },
  },
  {
    // reference pack: Navigability (sitemap) | Checks for a sitemap or index page listing the site's pages. | toolkit case: Casablanca (sitemap) | module: Technology
    id: 'navigability',
    code: '#205',
    criterion: 'technology',
    number: 5,
    title: 'TODO',
    description: 'TODO',
    rationale: 'TODO',
    guidance: ['TODO'],
    cases: [],
    evidenceHint: 'TODO',
    provenance: {
      title: {
        basis: 'third-party-name',
        knownNames: [
          {
            name: 'Navigability',
            edition: '2024',
            source: 'https://github.com/rinenweb/LOSI-scanner/blob/fa71cc6f0ed721eca825d35d84964e4dd1fcbdfb/indicators/i205.py',
            confidence: 'third-party',
          },
        ],
      },
      criterion: {
        basis: 'toolkit-module',
        confidence: 'supported',
        note: 'Listed in the toolkit module of this criterion; the official 2024 indicator table was not seen.',
      },
      definition: {
        basis: 'toolkit-guide',
        confidence: 'supported',
        source: 'https://github.com/nithinrightagents/UN-POC/blob/8cd041ac40a30033d91b9f83c350af4746a74241/data/questionnaires/templates/un_losi_2024_master.json',
        note: 'Definition follows the Local E-Government Toolkit indicator guide, as read through a third-party extraction of its slides.',
      },
      code: {
        confidence: 'supported',
        note: null,
      },
    },
  },
  {
    // reference pack: Advanced search | Checks for advanced search options (exact phrases, exclusions, date ranges, language, result filters). | toolkit case: Riyadh (advanced search options) | module: Technology
    id: 'advanced-search',
    code: '#207',
    criterion: 'technology',
    number: 6,
    title: 'TODO',
    description: 'TODO',
    rationale: 'TODO',
    guidance: ['TODO'],
    cases: [],
    evidenceHint: 'TODO',
    provenance: {
      title: {
        basis: 'own-label',
        knownNames: [],
      },
      criterion: {
        basis: 'toolkit-module',
        confidence: 'supported',
        note: 'Listed in the toolkit module of this criterion; the official 2024 indicator table was not seen.',
      },
      definition: {
        basis: 'toolkit-guide',
        confidence: 'supported',
        source: 'https://github.com/nithinrightagents/UN-POC/blob/8cd041ac40a30033d91b9f83c350af4746a74241/data/questionnaires/templates/un_losi_2024_master.json',
        note: 'Definition follows the Local E-Government Toolkit indicator guide, as read through a third-party extraction of its slides.',
      },
      code: {
        confidence: 'supported',
        note: null,
      },
    },
  },
  {
    // reference pack: W3C markup validity | Checks the home page against the W3C markup validator; errors or time-outs mean non-compliance. | toolkit case: None | module: Technology
    id: 'w3c-markup-validity',
    code: '#208',
    criterion: 'technology',
    number: 7,
    title: 'TODO',
    description: 'TODO',
    rationale: 'TODO',
    guidance: ['TODO'],
    cases: [],
    evidenceHint: 'TODO',
    provenance: {
      title: {
        basis: 'own-label',
        knownNames: [],
      },
      criterion: {
        basis: 'toolkit-module',
        confidence: 'supported',
        note: 'Listed in the toolkit module of this criterion; the official 2024 indicator table was not seen.',
      },
      definition: {
        basis: 'toolkit-guide',
        confidence: 'supported',
        source: 'https://github.com/nithinrightagents/UN-POC/blob/8cd041ac40a30033d91b9f83c350af4746a74241/data/questionnaires/templates/un_losi_2024_master.json',
        note: 'Definition follows the Local E-Government Toolkit indicator guide, as read through a third-party extraction of its slides.',
      },
      code: {
        confidence: 'supported',
        note: null,
      },
    },
  },
  {
    // reference pack: W3C CSS validity | Checks the home page against the W3C CSS validator; reported errors mean non-compliance. | toolkit case: None | module: Technology
    id: 'w3c-css-validity',
    code: '#209',
    criterion: 'technology',
    number: 8,
    title: 'TODO',
    description: 'TODO',
    rationale: 'TODO',
    guidance: ['TODO'],
    cases: [],
    evidenceHint: 'TODO',
    provenance: {
      title: {
        basis: 'own-label',
        knownNames: [],
      },
      criterion: {
        basis: 'toolkit-module',
        confidence: 'supported',
        note: 'Listed in the toolkit module of this criterion; the official 2024 indicator table was not seen.',
      },
      definition: {
        basis: 'toolkit-guide',
        confidence: 'supported',
        source: 'https://github.com/nithinrightagents/UN-POC/blob/8cd041ac40a30033d91b9f83c350af4746a74241/data/questionnaires/templates/un_losi_2024_master.json',
        note: 'Definition follows the Local E-Government Toolkit indicator guide, as read through a third-party extraction of its slides.',
      },
      code: {
        confidence: 'supported',
        note: null,
      },
    },
  },
  {
    // reference pack: WCAG 2.1 AA accessibility | Checks compliance with WCAG 2.1 level AA using an automated tester (TAW); reported problems mean non-compliance. | toolkit case: Santo Domingo (accessibility widget) | module: Technology
    id: 'wcag-accessibility',
    code: '#210',
    criterion: 'technology',
    number: 9,
    title: 'TODO',
    description: 'TODO',
    rationale: 'TODO',
    guidance: ['TODO'],
    cases: [],
    evidenceHint: 'TODO',
    provenance: {
      title: {
        basis: 'own-label',
        knownNames: [],
      },
      criterion: {
        basis: 'toolkit-module',
        confidence: 'supported',
        note: 'Listed in the toolkit module of this criterion; the official 2024 indicator table was not seen.',
      },
      definition: {
        basis: 'toolkit-guide',
        confidence: 'supported',
        source: 'https://github.com/nithinrightagents/UN-POC/blob/8cd041ac40a30033d91b9f83c350af4746a74241/data/questionnaires/templates/un_losi_2024_master.json',
        note: 'Definition follows the Local E-Government Toolkit indicator guide, as read through a third-party extraction of its slides.',
      },
      code: {
        confidence: 'supported',
        note: null,
      },
    },
  },
  {
    // reference pack: Access to own data | Checks that users can view personal data the local government holds about them through the portal. | toolkit case: Warsaw (personal data page); Singapore (business tax registration app) | module: Technology
    id: 'access-to-own-data',
    code: '#246',
    criterion: 'technology',
    number: 10,
    title: 'TODO',
    description: 'TODO',
    rationale: 'TODO',
    guidance: ['TODO'],
    cases: [],
    evidenceHint: 'TODO',
    provenance: {
      title: {
        basis: 'own-label',
        knownNames: [],
      },
      criterion: {
        basis: 'toolkit-module',
        confidence: 'supported',
        note: 'Listed in the toolkit module of this criterion; the official 2024 indicator table was not seen.',
      },
      definition: {
        basis: 'toolkit-guide',
        confidence: 'supported',
        source: 'https://github.com/nithinrightagents/UN-POC/blob/8cd041ac40a30033d91b9f83c350af4746a74241/data/questionnaires/templates/un_losi_2024_master.json',
        note: 'Definition follows the Local E-Government Toolkit indicator guide, as read through a third-party extraction of its slides.',
      },
      code: {
        confidence: 'supported',
        note: null,
      },
    },
  },
  {
    // reference pack: Modification of own data | Checks that individuals can update part of their own data held by the local government. | toolkit case: Tallinn (personal data updating page); Dubai (Smart Supplier app) | module: Technology
    id: 'modification-of-own-data',
    code: '#247',
    criterion: 'technology',
    number: 11,
    title: 'TODO',
    description: 'TODO',
    rationale: 'TODO',
    guidance: ['TODO'],
    cases: [],
    evidenceHint: 'TODO',
    provenance: {
      title: {
        basis: 'own-label',
        knownNames: [],
      },
      criterion: {
        basis: 'toolkit-module',
        confidence: 'supported',
        note: 'Listed in the toolkit module of this criterion; the official 2024 indicator table was not seen.',
      },
      definition: {
        basis: 'toolkit-guide',
        confidence: 'supported',
        source: 'https://github.com/nithinrightagents/UN-POC/blob/8cd041ac40a30033d91b9f83c350af4746a74241/data/questionnaires/templates/un_losi_2024_master.json',
        note: 'Definition follows the Local E-Government Toolkit indicator guide, as read through a third-party extraction of its slides.',
      },
      code: {
        confidence: 'supported',
        note: null,
      },
    },
  },
  {
    // reference pack: Helpdesk phone number | Checks for a helpdesk telephone number supporting people who struggle to complete services online. | toolkit case: Istanbul (ALO153 helpdesk) | module: Technology
    id: 'helpdesk-phone-number',
    code: '#288',
    criterion: 'technology',
    number: 12,
    title: 'TODO',
    description: 'TODO',
    rationale: 'TODO',
    guidance: ['TODO'],
    cases: [],
    evidenceHint: 'TODO',
    provenance: {
      title: {
        basis: 'own-label',
        knownNames: [],
      },
      criterion: {
        basis: 'toolkit-module',
        confidence: 'supported',
        note: 'Listed in the toolkit module of this criterion; the official 2024 indicator table was not seen.',
      },
      definition: {
        basis: 'toolkit-guide',
        confidence: 'supported',
        source: 'https://github.com/nithinrightagents/UN-POC/blob/8cd041ac40a30033d91b9f83c350af4746a74241/data/questionnaires/templates/un_losi_2024_master.json',
        note: 'Definition follows the Local E-Government Toolkit indicator guide, as read through a third-party extraction of its slides.',
      },
      code: {
        confidence: 'supported',
        note: null,
      },
    },
  },
  {
    // reference pack: Internal search | Checks for a working search bar on the portal's main page (verified with a one-word search). | toolkit case: Mexico City (search bar on main page) | module: E-Government Literacy
    id: 'internal-search',
    code: '#206',
    criterion: 'technology',
    number: 13,
    title: 'TODO',
    description: 'TODO',
    rationale: 'TODO',
    guidance: ['TODO'],
    cases: [],
    evidenceHint: 'TODO',
    provenance: {
      title: {
        basis: 'third-party-name',
        knownNames: [
          {
            name: 'Internal search mechanism',
            edition: '2024',
            source: 'https://github.com/rinenweb/LOSI-scanner/blob/fa71cc6f0ed721eca825d35d84964e4dd1fcbdfb/indicators/i206.py',
            confidence: 'third-party',
          },
        ],
      },
      criterion: {
        basis: 'reassigned-from-toolkit',
        confidence: 'inferred',
        note: 'The toolkit files this item under its non-criterion "E-Government Literacy" module; we follow the criterion the same feature had in earlier editions, which also matches the published 2024 counts. Unconfirmed.',
      },
      definition: {
        basis: 'toolkit-guide',
        confidence: 'supported',
        source: 'https://github.com/nithinrightagents/UN-POC/blob/8cd041ac40a30033d91b9f83c350af4746a74241/data/questionnaires/templates/un_losi_2024_master.json',
        note: 'Definition follows the Local E-Government Toolkit indicator guide, as read through a third-party extraction of its slides.',
      },
      code: {
        confidence: 'supported',
        note: null,
      },
    },
  },
  {
    // reference pack: Help/FAQ feature | Checks for a help or FAQ section that supports navigation and answers common questions. | toolkit case: Guayaquil (FAQ section) | module: E-Government Literacy
    id: 'help-faq',
    code: '#240',
    criterion: 'technology',
    number: 14,
    title: 'TODO',
    description: 'TODO',
    rationale: 'TODO',
    guidance: ['TODO'],
    cases: [],
    evidenceHint: 'TODO',
    provenance: {
      title: {
        basis: 'own-label',
        knownNames: [],
      },
      criterion: {
        basis: 'inferred-from-counts',
        confidence: 'inferred',
        note: 'The toolkit files this item under its non-criterion "E-Government Literacy" module. The published 2024 counts leave two of #240, #241 and #245 for technology; we place help/FAQ here as a usability feature of the portal. Unconfirmed: an open question.',
      },
      definition: {
        basis: 'toolkit-guide',
        confidence: 'supported',
        source: 'https://github.com/nithinrightagents/UN-POC/blob/8cd041ac40a30033d91b9f83c350af4746a74241/data/questionnaires/templates/un_losi_2024_master.json',
        note: 'Definition follows the Local E-Government Toolkit indicator guide, as read through a third-party extraction of its slides.',
      },
      code: {
        confidence: 'supported',
        note: null,
      },
    },
  },
  {
    // reference pack: Online user authentication (e-ID) | Checks that the portal verifies user identity through a secure login/e-ID to offer personalised services. | toolkit case: None | module: E-Government Literacy
    id: 'online-authentication',
    code: '#245',
    criterion: 'technology',
    number: 15,
    title: 'TODO',
    description: 'TODO',
    rationale: 'TODO',
    guidance: ['TODO'],
    cases: [],
    evidenceHint: 'TODO',
    provenance: {
      title: {
        basis: 'own-label',
        knownNames: [],
      },
      criterion: {
        basis: 'inferred-from-counts',
        confidence: 'inferred',
        note: 'The toolkit files this item under its non-criterion "E-Government Literacy" module. The published 2024 counts leave two of #240, #241 and #245 for technology; we place user authentication here because the items it enables, access to (#246) and modification of (#247) one\'s own data, are technology items with adjacent codes. Unconfirmed: an open question.',
      },
      definition: {
        basis: 'toolkit-guide',
        confidence: 'supported',
        source: 'https://github.com/nithinrightagents/UN-POC/blob/8cd041ac40a30033d91b9f83c350af4746a74241/data/questionnaires/templates/un_losi_2024_master.json',
        note: 'Definition follows the Local E-Government Toolkit indicator guide, as read through a third-party extraction of its slides.',
      },
      code: {
        confidence: 'supported',
        note: null,
      },
    },
  },
] as const satisfies readonly Indicator[];
