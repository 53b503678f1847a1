import type { Indicator } from '../../types.js';
import { CODE_FROM_TOOLKIT, CRITERION_FROM_TOOLKIT_MODULE, CRITERION_REASSIGNED_FROM_LITERACY_MODULE, TOOLKIT_GUIDE_DEFINITION, FIGURE_4_15 } from './provenance.js';

/** LOSI 2024, institutional-framework: 8 indicators. Texts are ours; sources are in each `provenance`. */
export const institutionalFramework = [
  {
    id: 'official-portal',
    code: '#281',
    criterion: 'institutional-framework',
    number: 1,
    title: 'Official municipal government portal',
    description: 'The city government runs its own official website that can be told apart from unofficial or commercial city sites by a domain marking it as government (such as gov or gob) together with the city or country, by a copyright line in the footer naming the city, or by both.',
    rationale: 'Residents need one trustworthy entry point to the city\'s information and services, and every other indicator is assessed on this portal.',
    guidance: [
      'Register a domain under the country\'s government namespace (for example gov or gob) that includes the city\'s name.',
      'Choose reliable hosting and a maintained content management system that the city\'s staff can update without outside help.',
      'Use a responsive, accessible design theme, following an established public-sector design system where one is available.',
      'Put a footer on every page with a copyright notice naming the city government, plus contact and legal links.',
      'Redirect older or duplicate city websites to the official portal so that only one official address circulates.',
    ],
    cases: [],
    evidenceHint: 'Identify the portal first: check its domain and the copyright line in the footer, and rule out tourism, commercial or unofficial sites with similar names. UN DESA publishes the list of city portals it assessed, which helps confirm the address.',
    provenance: {
      title: {
        basis: 'own-label',
        knownNames: [],
      },
      criterion: CRITERION_FROM_TOOLKIT_MODULE,
      definition: TOOLKIT_GUIDE_DEFINITION,
      code: CODE_FROM_TOOLKIT,
    },
  },
  {
    id: 'organizational-chart',
    code: '#215',
    criterion: 'institutional-framework',
    number: 2,
    title: 'Organisation chart of the city administration',
    description: 'The portal shows a chart or diagram of how the municipal administration is organised: its departments and units and who reports to whom. A plain list of departments without the structure is not enough.',
    rationale: 'A chart shows residents which part of the administration is responsible for what, and makes the city\'s lines of accountability visible.',
    guidance: [
      'Draw a clear diagram of the administration\'s departments, units and reporting lines, starting from the mayor or council.',
      'Publish it on an easy-to-find page, such as "About the city government", as an accessible web page or in a common format such as PDF or PNG with a text alternative.',
      'Add a short description of each unit\'s responsibilities and services, with its contact details.',
      'Update the chart whenever departments, leadership posts or reporting lines change, and show the date of the last update.',
    ],
    cases: [],
    evidenceHint: 'Look in the sections about the city government, the mayor or the administration for a diagram of the structure; open any linked file to confirm it shows departments and reporting lines.',
    provenance: {
      title: {
        basis: 'historical-name',
        knownNames: [
          {
            name: 'Organization structure',
            edition: '2018',
            source: 'https://fliphtml5.com/gnel/lmvk/E-Government_Survey_2018_FINAL_for_web/194',
            confidence: 'confirmed',
          },
        ],
      },
      criterion: CRITERION_FROM_TOOLKIT_MODULE,
      definition: TOOLKIT_GUIDE_DEFINITION,
      code: CODE_FROM_TOOLKIT,
    },
  },
  {
    id: 'heads-of-departments-and-contacts',
    code: '#216',
    criterion: 'institutional-framework',
    number: 3,
    title: 'Heads of departments with their contacts',
    description: 'The portal names the people who lead the municipal departments, with their official titles and a way to contact them or their office (telephone number or e-mail address). It may be a page, a section or part of the organisation chart.',
    rationale: 'Residents and businesses can take a matter straight to the person responsible, which makes the administration more open and accountable.',
    guidance: [
      'Collect the name, official title, telephone number and e-mail address of each department head, using office addresses where personal ones are not appropriate.',
      'Publish them on a dedicated page or add them to the organisation chart.',
      'Link the page from the main menu or the "About the city government" section.',
      'Assign someone to update the page whenever a head of department changes.',
    ],
    cases: [
      { city: 'Montevideo', country: 'URY', note: 'A section on the city\'s authorities lists who leads each area of the administration.' },
      { city: 'Dublin', country: 'IRL', note: 'Its "Contact us" page, cited by the toolkit as a route to the council\'s departments and their contacts.' },
    ],
    evidenceHint: 'Check the authorities, departments or contact pages: at least the heads of the main departments must be named with their titles and a telephone number or e-mail address.',
    provenance: {
      title: {
        basis: 'historical-name',
        knownNames: [
          {
            name: 'Names and contacts of heads of departments',
            edition: '2018',
            source: 'https://fliphtml5.com/gnel/lmvk/E-Government_Survey_2018_FINAL_for_web/194',
            confidence: 'confirmed',
          },
        ],
      },
      criterion: CRITERION_FROM_TOOLKIT_MODULE,
      definition: TOOLKIT_GUIDE_DEFINITION,
      code: CODE_FROM_TOOLKIT,
    },
  },
  {
    id: 'right-of-access-to-information',
    code: '#224',
    criterion: 'institutional-framework',
    number: 4,
    title: 'Right of access to public information',
    description: 'The portal explains residents\' legal right to obtain information held by the government, for example by presenting or linking the freedom of information or access to information law, or a page on how to request information from the city.',
    rationale: 'Knowing they may ask for information lets people see how decisions affecting them are made and how public money is spent.',
    guidance: [
      'Check which national or local law on access to information applies to the city and what it requires of the municipality.',
      'Create a dedicated page that explains in plain language what people may request, how, and within what time limits.',
      'Publish or link the relevant law, local rules and guidelines in accessible formats.',
      'Offer an online form for submitting information requests, with a contact for questions.',
      'Explain how the personal data of people making requests is protected.',
    ],
    cases: [],
    evidenceHint: 'Look for a transparency or access-to-information section, or search the portal for the name of the country\'s access to information law; a link from the portal to that law or to the request procedure counts.',
    provenance: {
      title: {
        basis: 'own-label',
        knownNames: [],
      },
      criterion: CRITERION_FROM_TOOLKIT_MODULE,
      definition: TOOLKIT_GUIDE_DEFINITION,
      code: CODE_FROM_TOOLKIT,
    },
  },
  {
    id: 'open-data-policy',
    code: null,
    criterion: 'institutional-framework',
    number: 5,
    title: 'Open government data policy',
    description: 'The portal shows that the city has committed to publishing its data openly, for example a published open-data policy, strategy, charter or decision that data will be released for anyone to access, reuse and redistribute freely, or a link to one.',
    rationale: 'A stated policy makes open data a lasting practice rather than a one-off, which supports transparency, accountability and reuse by businesses, researchers and residents.',
    guidance: [
      'Identify the datasets the city holds that are of public interest.',
      'Adopt an open-data policy that sets data standards, formats, licences and update schedules.',
      'Publish the policy on the portal and link it from the open-data or transparency section.',
      'Choose user-friendly data portal software and provide APIs so that data can be reused automatically.',
      'Address privacy and data protection before release, and review the published datasets regularly against demand.',
    ],
    cases: [],
    evidenceHint: 'Look in the open-data, transparency or policy sections for a document or page stating the city\'s commitment to open data and its licence terms. The toolkit code of this item is unclear (#236 is shared with the open-data provision item), so record the evidence found rather than relying on the code.',
    provenance: {
      title: {
        basis: 'official-name',
        knownNames: [
          {
            name: 'Open government data policy online',
            edition: '2024',
            ...FIGURE_4_15,
            reading: 'printed-label',
            confidence: 'confirmed',
          },
        ],
      },
      criterion: CRITERION_FROM_TOOLKIT_MODULE,
      definition: TOOLKIT_GUIDE_DEFINITION,
      code: {
        confidence: 'ambiguous',
        note: 'The toolkit prints #236 on two items, this open-data policy item and the open-data provision item; we keep #236 for the provision item, which the 2022 Survey names, and leave this code unset.',
      },
    },
  },
  {
    id: 'links-to-other-government-agencies',
    code: '#242',
    criterion: 'institutional-framework',
    number: 6,
    title: 'Links to other government agencies',
    description: 'The portal has a dedicated section, such as a directory or a "government links" page, with links to the official websites of other local, regional or national government bodies. Scattered links in news items do not count.',
    rationale: 'Residents often need a service from another level of government; direct links save them from searching and guard against unofficial look-alike sites.',
    guidance: [
      'List the government agencies at local, regional and national level that residents and businesses most often need.',
      'Add a clearly labelled section, such as "Government links" or "Directory", to the portal.',
      'Link each agency\'s official website directly and group the links so that they are easy to scan.',
      'Check the links regularly and fix or remove broken ones.',
    ],
    cases: [
      { city: 'Singapore', country: 'SGP', note: 'A government directory page leads to the websites and contacts of public agencies.' },
    ],
    evidenceHint: 'Look in the footer, the main menu and the "About" pages for a directory or links section pointing to other government bodies, and open a few links to confirm they reach official sites.',
    provenance: {
      title: {
        basis: 'historical-name',
        knownNames: [
          {
            name: 'Links for government agencies',
            edition: '2018',
            source: 'https://fliphtml5.com/gnel/lmvk/E-Government_Survey_2018_FINAL_for_web/194',
            confidence: 'confirmed',
          },
        ],
      },
      criterion: CRITERION_FROM_TOOLKIT_MODULE,
      definition: TOOLKIT_GUIDE_DEFINITION,
      code: CODE_FROM_TOOLKIT,
    },
  },
  {
    id: 'privacy-policy',
    code: '#234',
    criterion: 'institutional-framework',
    number: 7,
    title: 'Privacy policy',
    description: 'The portal has a privacy statement, usually linked from the footer or the home page, that explains how the site collects, uses, stores and protects the personal data of its users.',
    rationale: 'People share personal data when they use city services online; a clear policy builds trust and shows that the city complies with data protection law.',
    guidance: [
      'List the personal data the portal collects and how it is collected (forms, accounts, cookies, third-party tools).',
      'Write a policy in plain language that explains the purposes, storage periods and protection measures for each kind of data.',
      'Set out users\' rights over their data, including how to ask for access, correction or deletion, and how to opt out of cookies.',
      'Refer to the data protection laws the city follows and give a contact for privacy questions.',
      'Link the policy from the footer of every page and review it whenever data practices change.',
    ],
    cases: [],
    evidenceHint: 'Check the footer and home page for a privacy or data protection link and confirm that the page covers collection, use, storage and protection of users\' personal data; a cookie banner alone is not enough.',
    provenance: {
      title: {
        basis: 'third-party-name',
        knownNames: [
          {
            name: 'Privacy policy',
            edition: '2024',
            source: 'https://github.com/rinenweb/LOSI-scanner/blob/fa71cc6f0ed721eca825d35d84964e4dd1fcbdfb/indicators/i234.py',
            confidence: 'third-party',
          },
        ],
      },
      criterion: CRITERION_REASSIGNED_FROM_LITERACY_MODULE,
      definition: TOOLKIT_GUIDE_DEFINITION,
      code: CODE_FROM_TOOLKIT,
    },
  },
  {
    id: 'online-service-tutorials',
    code: '#241',
    criterion: 'institutional-framework',
    number: 8,
    title: 'Tutorials on using online services',
    description: 'The portal offers guidance that teaches people how to use its online services, such as step-by-step guides, user manuals, video tutorials or a help link for e-services.',
    rationale: 'Clear instructions help residents with little digital experience to use online services with confidence, and reduce calls and visits to service counters.',
    guidance: [
      'Find out where users struggle with the online services, using support calls, feedback and site analytics.',
      'Write short step-by-step tutorials for the most used services, in plain language.',
      'Add a help section linked from each online service and from the main menu.',
      'Add videos or illustrated guides where a process has many steps.',
      'Review the tutorials whenever a service changes and use analytics to see which topics need more help.',
    ],
    cases: [
      { city: 'Helsinki', country: 'FIN', note: 'A digital support page helps residents learn to use the city\'s online services.' },
    ],
    evidenceHint: 'Look for help, guides or tutorial pages tied to the online services (for example "how to apply online"); open one to confirm it explains how to use a service, not only what the service is.',
    provenance: {
      title: {
        basis: 'own-label',
        knownNames: [],
      },
      criterion: {
        basis: 'inferred-from-counts',
        confidence: 'inferred',
        note: 'The toolkit files this item under its non-criterion "E-Government Literacy" module. The published 2024 counts (8/32/22/18/15) leave one of #240, #241 and #245 for institutional framework and two for technology. We place #241 here because its code sits beside #242 (links to other agencies, institutional framework) and it concerns how the administration equips residents to use its services. Unconfirmed: an open question.',
      },
      definition: TOOLKIT_GUIDE_DEFINITION,
      code: CODE_FROM_TOOLKIT,
    },
  },
] as const satisfies readonly Indicator[];
