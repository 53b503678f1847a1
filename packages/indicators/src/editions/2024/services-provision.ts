import type { Indicator } from '../../types.js';

/** LOSI 2024, services-provision: 22 indicators. Texts are ours; sources are in each `provenance`. */
export const servicesProvision = [
  {
    // reference pack: Online police declaration | Checks that users can make a declaration to the (municipal) police online, e.g. report a theft. | toolkit case: Riyadh (municipal site links the national police app) | module: Services Provision
    id: 'online-police-declaration',
    code: '#253',
    criterion: 'services-provision',
    number: 1,
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
    // reference pack: Driver's licence application | Checks that a driver's licence can be applied for online via the portal or a linked external site. | toolkit case: San Francisco (page linking to the state DMV) | module: Services Provision
    id: 'driver-licence-application',
    code: '#254',
    criterion: 'services-provision',
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
    // reference pack: Building permit application | Checks that a building permit can be applied for online via the portal or a linked external site. | toolkit case: Geneva (online building permits via external site) | module: Services Provision
    id: 'building-permit-application',
    code: '#255',
    criterion: 'services-provision',
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
    // reference pack: Environment-related permit application | Checks that an environment-related permit can be applied for online via the portal or a linked site. | toolkit case: Sydney (tree pruning/removal application) | module: Services Provision
    id: 'environment-related-permit-application',
    code: '#256',
    criterion: 'services-provision',
    number: 4,
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
    // reference pack: Business licence application | Checks that a business licence can be applied for online via the portal or a linked site. | toolkit case: Chicago (business licences via external site) | module: Services Provision
    id: 'business-licence-application',
    code: '#257',
    criterion: 'services-provision',
    number: 5,
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
    // reference pack: Residence permit application | Checks that a residence/stay permit can be applied for online via the portal or a linked site. | toolkit case: Copenhagen (residency page linking external site) | module: Services Provision
    id: 'residence-permit-application',
    code: '#258',
    criterion: 'services-provision',
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
    // reference pack: Birth certificate application | Checks that a birth certificate can be requested online via the portal or a linked site. | toolkit case: Edinburgh (online certificate applications) | module: Services Provision
    id: 'birth-certificate-application',
    code: '#259',
    criterion: 'services-provision',
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
    // reference pack: Death certificate application | Checks that a death certificate can be requested online via the portal or a linked site. | toolkit case: Edinburgh (online certificate applications) | module: Services Provision
    id: 'death-certificate-application',
    code: '#260',
    criterion: 'services-provision',
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
    // reference pack: Marriage certificate application | Checks that a marriage certificate can be requested online via the portal or a linked site. | toolkit case: Edinburgh (online certificate applications) | module: Services Provision
    id: 'marriage-certificate-application',
    code: '#261',
    criterion: 'services-provision',
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
    // reference pack: Change of address notification | Checks that residents can notify the government of a move/address change online. | toolkit case: Brussels (address change page) | module: Services Provision
    id: 'change-of-address-notification',
    code: '#262',
    criterion: 'services-provision',
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
    // reference pack: Land title registration | Checks that land title registration can be applied for online via the portal or a linked site. | toolkit case: New York (register your property page) | module: Services Provision
    id: 'land-title-registration',
    code: '#263',
    criterion: 'services-provision',
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
    // reference pack: Vehicle registration | Checks that a vehicle can be registered online via the portal or a linked site. | toolkit case: Monaco (online vehicle registration) | module: Services Provision
    id: 'vehicle-registration',
    code: '#264',
    criterion: 'services-provision',
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
    // reference pack: E-procurement platform | Checks that the government provides an online platform for submitting bids/tenders. | toolkit case: None | module: Services Provision
    id: 'e-procurement-platform',
    code: '#265',
    criterion: 'services-provision',
    number: 13,
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
    // reference pack: Online job applications | Checks that people can apply online for municipal job vacancies on the portal. | toolkit case: None | module: Services Provision
    id: 'online-job-applications',
    code: '#266',
    criterion: 'services-provision',
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
    // reference pack: Online tax filing | Checks that residents or businesses can file municipal taxes and related forms online on the portal. | toolkit case: Singapore (business tax app) | module: Services Provision
    id: 'online-tax-filing',
    code: '#268',
    criterion: 'services-provision',
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
    // reference pack: Online payment for services | Checks that fees for municipal services can be paid online on the portal. | toolkit case: None | module: Services Provision
    id: 'online-payment-for-services',
    code: '#269a',
    criterion: 'services-provision',
    number: 16,
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
    // reference pack: Online payment of fines | Checks that government-related fines can be paid online on the portal. | toolkit case: None | module: Services Provision
    id: 'online-payment-of-fines',
    code: '#269b',
    criterion: 'services-provision',
    number: 17,
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
    // reference pack: Water utility payment | Checks that water-utility bills can be paid online on the portal or via an indicated external payment site. | toolkit case: None | module: Services Provision
    id: 'water-utility-payment',
    code: '#286',
    criterion: 'services-provision',
    number: 18,
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
    // reference pack: Electricity/gas utility payment | Checks that electricity or gas bills can be paid online on the portal or via an indicated external payment site. | toolkit case: None | module: Services Provision
    id: 'energy-utility-payment',
    code: '#287',
    criterion: 'services-provision',
    number: 19,
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
    // reference pack: Services for homeless people | Checks for services or information assisting homeless people (meals, emergency shelter, hygiene, medical care, volunteering). | toolkit case: Geneva (homelessness page); Toronto (housing page) | module: Services Provision
    id: 'services-for-homeless-people',
    code: '#297',
    criterion: 'services-provision',
    number: 20,
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
    // reference pack: Online lost and found | Checks that residents and visitors can use an online lost-and-found service (report or enquire). | toolkit case: London (police lost or found online report) | module: Services Provision
    id: 'online-lost-and-found',
    code: '#298',
    criterion: 'services-provision',
    number: 21,
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
    // reference pack: Affordable housing search | Checks that people can consult online services for available or affordable housing. | toolkit case: New York (housing & building section) | module: Services Provision
    id: 'affordable-housing-search',
    code: '#299',
    criterion: 'services-provision',
    number: 22,
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
] as const satisfies readonly Indicator[];
