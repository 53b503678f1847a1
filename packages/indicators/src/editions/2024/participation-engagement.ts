import type { Indicator } from '../../types.js';

/** LOSI 2024, participation-engagement: 18 indicators. Texts are ours; sources are in each `provenance`. */
export const participationEngagement = [
  {
    id: 'email-responsiveness',
    code: '#250',
    criterion: 'participation-engagement',
    number: 1,
    title: 'Timely reply to a question sent by e-mail or form',
    description: 'The assessor sends a set question to the municipality through the e-mail address or web form offered on the portal. The indicator is met when the municipality replies to it within 3 business days of sending.',
    rationale: 'A prompt reply shows residents that the contact channels on the portal are staffed and that their questions are taken seriously, which builds trust in the administration.',
    guidance: [
      'Set an internal rule for the longest time an e-mail or web-form enquiry may wait for a reply, such as three business days, and make it known to every team that receives enquiries.',
      'Name the staff or unit responsible for each public mailbox and form, with a deputy for absences.',
      'Bring all public e-mail addresses and forms into one tracked queue so that no enquiry is lost between departments.',
      'Send an automatic receipt straight away that states when a reply can be expected.',
      'Prepare reviewed reply templates for frequent questions, and measure response times every month.',
    ],
    cases: [],
    evidenceHint: 'Send one neutral test question through the contact e-mail address or web form listed on the portal, note the date and time sent, and note when the reply arrives; count business days by the local calendar. Keep the sent message and the reply as evidence.',
    provenance: {
      title: {
        basis: 'historical-name',
        knownNames: [
          {
            name: 'Municipality responsiveness emails',
            edition: '2022',
            source: 'https://fliphtml5.com/gnel/edfw/Report_without_annexes/130/',
            confidence: 'confirmed',
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
    id: 'email-response-quality',
    code: '#252',
    criterion: 'participation-engagement',
    number: 2,
    title: 'Useful answer to a test question within three days',
    description: 'The reply to the assessor\'s test question arrives within three days of sending and actually answers it: it gives the information asked for or tells the sender precisely where to obtain it. A later reply, or one that does not address the question, does not meet the indicator.',
    rationale: 'Speed alone does not help a resident: the answer has to resolve the question, or the contact channel only creates more work on both sides.',
    guidance: [
      'Give the staff who answer public enquiries current information on services, fees and procedures.',
      'Write and review model answers to the questions residents ask most often, and keep them up to date.',
      'When a question belongs to another department or level of government, pass it on and tell the sender where it went and who will reply.',
      'Check a sample of sent replies regularly for accuracy and clarity, and ask senders whether the answer helped.',
    ],
    cases: [],
    evidenceHint: 'Use the test question sent for the response-time check; judge whether a reply received within three days gives a correct and specific answer. Record the reply and a one-line reason for the judgement.',
    provenance: {
      title: {
        basis: 'historical-name',
        knownNames: [
          {
            name: 'Quality of email response',
            edition: '2022',
            source: 'https://fliphtml5.com/gnel/edfw/Report_without_annexes/130/',
            confidence: 'confirmed',
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
    id: 'budget-information',
    code: '#219',
    criterion: 'participation-engagement',
    number: 3,
    title: 'Municipal budget information',
    description: 'The portal publishes information or documents about the municipal budget, such as the adopted budget, budget reports or budget policy, as pages or downloadable files.',
    rationale: 'Open budget information lets residents see how public money is raised and spent, which underpins accountability and informed public debate.',
    guidance: [
      'Create one budget section on the portal and link it from the main navigation.',
      'Publish the adopted budget, the in-year and year-end reports and related policy documents, ordered by year and type.',
      'Add plain-language summaries and simple charts showing where the money comes from and where it goes.',
      'Update the section in every budget cycle and give a contact for questions about the figures.',
    ],
    cases: [
      { city: 'Lisbon', country: 'PRT', note: 'The city portal has a page devoted to the municipal budget.' },
    ],
    evidenceHint: 'Look for a budget or finance section from the home page, or use the site search with the local word for budget; any budget document or page published by the municipality meets the indicator. Record its URL.',
    provenance: {
      title: {
        basis: 'historical-name',
        knownNames: [
          {
            name: 'Budget-related information',
            edition: '2022',
            source: 'https://fliphtml5.com/gnel/edfw/Report_without_annexes/130/',
            confidence: 'confirmed',
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
    id: 'open-data-provision',
    code: '#236',
    criterion: 'participation-engagement',
    number: 4,
    title: 'Open datasets in open formats',
    description: 'Datasets of the municipality can be downloaded from the portal, or from a data portal it links to, in open formats such as CSV or plain text.',
    rationale: 'Open data lets residents, businesses and researchers reuse public information, which supports transparency, scrutiny and new services built on that data.',
    guidance: [
      'List the data the municipality holds and pick datasets of public interest that can be released.',
      'Remove or aggregate personal and other sensitive information before release.',
      'Publish the datasets in open, machine-readable formats such as CSV, under an open licence.',
      'Offer them in a searchable catalogue on the portal, or on a data portal linked from it.',
      'Give each dataset an update schedule and keep to it.',
    ],
    cases: [],
    evidenceHint: 'Find the open-data link (often in the footer or a transparency section), open the catalogue and download at least one dataset to confirm that it comes in an open format such as CSV or TXT, not only as PDF.',
    provenance: {
      title: {
        basis: 'historical-name',
        knownNames: [
          {
            name: 'Open data provision',
            edition: '2022',
            source: 'https://fliphtml5.com/gnel/edfw/Report_without_annexes/130/',
            confidence: 'confirmed',
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
    id: 'discrimination-reporting',
    code: '#267',
    criterion: 'participation-engagement',
    number: 5,
    title: 'Online reporting of discrimination',
    description: 'The portal lets a person report discrimination of any kind (for example on grounds of ethnicity, age or gender) online, by submitting a concern, question or complaint about it.',
    rationale: 'A safe and easy way to report discrimination lets the city learn of incidents and act on them, and shows that unequal treatment is not tolerated.',
    guidance: [
      'Create a page on reporting discrimination that explains what can be reported and what happens next.',
      'Provide an online form asking for the kind of discrimination, the date, the place and a description, with an option to report anonymously.',
      'Protect reports: transmit them securely, limit access to authorised staff and publish the confidentiality rules.',
      'Acknowledge every report and keep the reporter informed of the follow-up where contact details were given.',
    ],
    cases: [
      { city: 'London', country: 'GBR', note: 'Offers an online page for reporting hate crime.' },
    ],
    evidenceHint: 'Search the portal for discrimination, equality or hate crime; the indicator is met when a report can be submitted online from the portal or from a service it links to. A phone number or postal address alone is not enough.',
    provenance: {
      title: {
        basis: 'historical-name',
        knownNames: [
          {
            name: 'Report of any form of discrimination',
            edition: '2022',
            source: 'https://fliphtml5.com/gnel/edfw/Report_without_annexes/130/',
            confidence: 'confirmed',
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
    id: 'ai-chatbot',
    code: '#270b',
    criterion: 'participation-engagement',
    number: 6,
    title: 'AI-enabled chatbot',
    description: 'The portal offers a support chatbot driven by artificial intelligence, either a conversational AI assistant or a generative-AI assistant, that answers users\' questions.',
    rationale: 'An AI assistant can answer routine questions at any hour and guide users to the right service, which eases the load on staff.',
    guidance: [
      'Decide which questions and services the assistant should cover, and when it must hand a user over to a person.',
      'Gather current FAQs and service information as the assistant\'s knowledge base.',
      'Choose and configure the technology with safeguards for data protection and accuracy.',
      'Embed the assistant on the portal and test it with real users for correct answers and accessibility.',
      'Let users rate answers, and review the ratings to correct mistakes.',
    ],
    cases: [],
    evidenceHint: 'Look for a chat icon or virtual assistant on the home page and service pages, and type a free-text question to confirm that an automated assistant understands and answers it. Live chat with a person is assessed under the live-chat indicator.',
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
    id: 'feedback-complaint-submission',
    code: '#271',
    criterion: 'participation-engagement',
    number: 7,
    title: 'Sending feedback or complaints online',
    description: 'Users can send the municipality a complaint, doubt or comment online, for example through a "leave feedback" function about the portal or its services; a "contact the mayor" function also counts.',
    rationale: 'An easy feedback channel lets residents raise problems and hold the administration to account, and gives the city evidence for improving its services.',
    guidance: [
      'Place a clearly labelled feedback or complaints link on the home page and on service pages.',
      'Offer a short, accessible web form that asks only for what is needed.',
      'Assign a team to handle submissions, acknowledge each one and set a reply time.',
      'Classify and analyse the feedback received at regular intervals to find recurring problems.',
    ],
    cases: [],
    evidenceHint: 'Look for feedback, complaints, suggestions or "contact the mayor" on the portal; the indicator is met when a message can be sent online through a form or an address given for that purpose. Record the URL.',
    provenance: {
      title: {
        basis: 'historical-name',
        knownNames: [
          {
            name: 'Feedback/complaint submission',
            edition: '2022',
            source: 'https://fliphtml5.com/gnel/edfw/Report_without_annexes/130/',
            confidence: 'confirmed',
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
    id: 'online-deliberation-tools',
    code: '#272',
    criterion: 'participation-engagement',
    number: 8,
    title: 'Online tools to gather public opinion',
    description: 'The portal provides online tools that collect residents\' opinions to inform policy deliberation, such as discussion forums, polls, petitions, voting tools, chats, blogs or consultations on social media.',
    rationale: 'Tools for public input widen the range of voices heard in policy making and make decisions better informed and more legitimate.',
    guidance: [
      'Choose tools that suit the decisions at hand: polls for quick questions, forums for discussion, petitions for proposals from residents.',
      'Host them on the portal or on a participation platform linked from it, and explain how the input will be used.',
      'Moderate discussions under published rules.',
      'Report back on what people said and how it shaped the decision.',
    ],
    cases: [],
    evidenceHint: 'Look for a participation, consultation or "have your say" section; the indicator is met when at least one tool for giving an opinion on a policy matter is offered on the portal or linked from it.',
    provenance: {
      title: {
        basis: 'historical-name',
        knownNames: [
          {
            name: 'Online deliberation processes',
            edition: '2022',
            source: 'https://fliphtml5.com/gnel/edfw/Report_without_annexes/130/',
            confidence: 'confirmed',
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
    id: 'reporting-of-incidents-in-public-spaces',
    code: '#274',
    criterion: 'participation-engagement',
    number: 9,
    title: 'Reporting problems in public spaces',
    description: 'Users can report problems in public spaces online, such as a pothole or a broken street light, through a facility the municipality created for the purpose (often called "my street" or "my city"), on the portal or in an app linked from it.',
    rationale: 'Residents notice problems first; an easy way to report them helps the city repair faster and keeps public space safe and well kept.',
    guidance: [
      'Create a reporting page or app and link it from the portal home page.',
      'Offer categories such as road damage, lighting and litter, and let users mark the place on a map and add a photo.',
      'Confirm each report automatically and show its status until it is resolved.',
      'Send reports to the responsible team with target repair times, and analyse them to find recurring problems.',
    ],
    cases: [
      { city: 'Brussels', country: 'BEL', note: 'Residents report incidents in public space through the FixMyStreet application.' },
    ],
    evidenceHint: 'Look for a "report a problem" facility on the portal or a linked city app; the indicator is met when an incident in public space can be submitted online.',
    provenance: {
      title: {
        basis: 'historical-name',
        knownNames: [
          {
            name: 'Reporting of incidents in public spaces',
            edition: '2022',
            source: 'https://fliphtml5.com/gnel/edfw/Report_without_annexes/130/',
            confidence: 'confirmed',
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
    id: 'participatory-budgeting',
    code: '#275',
    criterion: 'participation-engagement',
    number: 10,
    title: 'Participatory budgeting',
    description: 'The portal shows a chance for residents to take part in participatory budgeting, either in a process held within the last five years or in one announced for the near future.',
    rationale: 'Participatory budgeting gives residents a direct say in how part of the public budget is spent, which builds trust and steers money towards local priorities.',
    guidance: [
      'Set aside part of the budget and fix the rules: who may propose, how projects are chosen and how votes are counted.',
      'Publish a timeline for proposals, discussion, voting and delivery.',
      'Provide an online platform for submitting, discussing and voting on proposals, with offline alternatives.',
      'Promote the process on the portal and on social media.',
      'Report the results and the progress of the funded projects.',
    ],
    cases: [],
    evidenceHint: 'Search the portal for participatory budgeting in the local language and check the dates: the process must have run within the last five years or be announced as upcoming.',
    provenance: {
      title: {
        basis: 'historical-name',
        knownNames: [
          {
            name: 'Participatory budgeting',
            edition: '2022',
            source: 'https://fliphtml5.com/gnel/edfw/Report_without_annexes/130/',
            confidence: 'confirmed',
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
    id: 'participatory-land-use-planning',
    code: '#276',
    criterion: 'participation-engagement',
    number: 11,
    title: 'Public participation in land-use planning',
    description: 'The portal shows a chance for residents, recently or in the near future, to take part in revising how the city\'s territory is organised, for example a revision of the land-use or master plan or a decision to turn an area into a park.',
    rationale: 'Involving residents in land-use decisions aligns urban development with local needs and reduces later conflict over projects.',
    guidance: [
      'Publish information on current and planned revisions of the land-use plan, with maps and timelines.',
      'Offer interactive maps on which residents can mark places and comment.',
      'Run online surveys and public meetings, and publish recordings of the meetings on the portal.',
      'Publish a summary of the input received and of how the plan responds to it.',
    ],
    cases: [],
    evidenceHint: 'Search the urban-planning or master-plan pages for a consultation or participation process and check its dates; the indicator is met when residents could take part recently or will be able to soon.',
    provenance: {
      title: {
        basis: 'historical-name',
        knownNames: [
          {
            name: 'Participatory land use plan',
            edition: '2022',
            source: 'https://fliphtml5.com/gnel/edfw/Report_without_annexes/130/',
            confidence: 'confirmed',
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
    id: 'upcoming-e-participation-announcements',
    code: '#277',
    criterion: 'participation-engagement',
    number: 12,
    title: 'Announcements of upcoming e-participation',
    description: 'The portal informs users of forthcoming e-participation activities, such as online consultations, surveys, polls or votes, through announcements or a calendar.',
    rationale: 'Residents can only take part if they know in advance when and how, so announcing activities widens participation.',
    guidance: [
      'Create a participation section that lists open and upcoming activities.',
      'Announce each activity in advance with its subject, dates and the tool to be used.',
      'Keep a calendar of planned e-participation activities and mark past ones as closed.',
      'Promote announcements in newsletters and on social media, and offer alerts by subscription.',
    ],
    cases: [],
    evidenceHint: 'Look for a participation section, news item or calendar announcing an online consultation, survey, poll or vote that is still to come at the time of assessment; record the page and its date.',
    provenance: {
      title: {
        basis: 'historical-name',
        knownNames: [
          {
            name: 'Announcement of upcoming e-participation activities',
            edition: '2022',
            source: 'https://fliphtml5.com/gnel/edfw/Report_without_annexes/130/',
            confidence: 'confirmed',
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
    id: 'outcome-of-online-consultations',
    code: '#278',
    criterion: 'participation-engagement',
    number: 13,
    title: 'Published results of online consultations',
    description: 'The portal shows that at least one online public consultation led to an actual policy, regulation or service decision, for example in a summary report, presentation or news update on the outcome.',
    rationale: 'Showing what came of residents\' input proves that taking part makes a difference, which encourages people to take part again.',
    guidance: [
      'Publish an outcome report promptly when each consultation closes.',
      'Explain what was decided, which suggestions were adopted and why others were not.',
      'Link the outcome from the original consultation page so participants can find it.',
      'Use charts or short videos to present the results clearly.',
    ],
    cases: [],
    evidenceHint: 'Open past consultations on the portal and look for a linked outcome document or update that states the decision taken; a list of closed consultations without results does not meet the indicator.',
    provenance: {
      title: {
        basis: 'historical-name',
        knownNames: [
          {
            name: 'Feedback about consultation processes',
            edition: '2022',
            source: 'https://fliphtml5.com/gnel/edfw/Report_without_annexes/130/',
            confidence: 'confirmed',
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
    id: 'e-voting',
    code: '#279',
    criterion: 'participation-engagement',
    number: 14,
    title: 'Electronic voting on local decisions',
    description: 'The portal offers an electronic voting tool or process that is actually used in a local decision-making process, such as a vote on proposals or projects.',
    rationale: 'Online voting lowers the cost of taking part and lets more residents decide directly on local matters.',
    guidance: [
      'Start with a small or non-binding vote, such as on participatory-budgeting projects, to test the system.',
      'Set out the legal basis, who may vote and the rules of each vote.',
      'Choose a secure and accessible platform with verification and audit.',
      'Explain to residents how to vote, and publish the results after each vote.',
    ],
    cases: [],
    evidenceHint: 'Look for a voting platform or a record of an online vote run by the municipality whose result fed a decision; an opinion poll with no link to a decision is assessed under the deliberation-tools indicator.',
    provenance: {
      title: {
        basis: 'historical-name',
        knownNames: [
          {
            name: 'E-voting',
            edition: '2022',
            source: 'https://fliphtml5.com/gnel/edfw/Report_without_annexes/130/',
            confidence: 'confirmed',
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
    id: 'council-public-meetings-information',
    code: '#280',
    criterion: 'participation-engagement',
    number: 15,
    title: 'City council public meetings',
    description: 'The portal gives information on the public meetings of the municipal council: announcements or a calendar of upcoming or past meetings, or minutes of past meetings.',
    rationale: 'Knowing when the council meets and what it decided lets residents follow, attend and scrutinise local decision making.',
    guidance: [
      'Create a council section with a calendar showing the date, time and place of each meeting.',
      'Publish the agenda before each meeting and the minutes after it, archived by date.',
      'Stream meetings live or publish recordings where possible.',
      'Explain how the public may attend or speak, and offer alerts for new meetings.',
    ],
    cases: [],
    evidenceHint: 'Find the council section (often under government or city hall) and confirm at least one meeting announcement, calendar entry or set of minutes.',
    provenance: {
      title: {
        basis: 'historical-name',
        knownNames: [
          {
            name: 'Information on the public meetings of the municipal council',
            edition: '2022',
            source: 'https://fliphtml5.com/gnel/edfw/Report_without_annexes/130/',
            confidence: 'confirmed',
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
    id: 'open-data-metadata',
    code: '#237',
    criterion: 'participation-engagement',
    number: 16,
    title: 'Metadata for open datasets',
    description: 'Each open dataset published by the municipality comes with metadata such as a description, the date of publication or last update, and the author or responsible body.',
    rationale: 'Metadata lets users judge whether a dataset is relevant, current and reliable, and use it correctly.',
    guidance: [
      'Adopt one metadata schema for all datasets, for example the W3C DCAT vocabulary.',
      'Give every dataset a description, its creation or last-update date, and the responsible department with a contact.',
      'Add tags, categories, file format, size and licence.',
      'Check new datasets for complete metadata before they are published.',
    ],
    cases: [],
    evidenceHint: 'Open several datasets in the municipal open-data catalogue and check that each shows at least a description, a date and an author or publisher.',
    provenance: {
      title: {
        basis: 'historical-name',
        knownNames: [
          {
            name: 'Open data metadata',
            edition: '2022',
            source: 'https://fliphtml5.com/gnel/edfw/Report_without_annexes/130/',
            confidence: 'confirmed',
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
    id: 'live-chat-with-staff',
    code: '#270a',
    criterion: 'participation-engagement',
    number: 17,
    title: 'Live chat with municipal staff',
    description: 'The portal offers real-time conversation with municipal employees, for example through click-to-chat, web chat, WhatsApp, WeChat, text messaging or another live support channel.',
    rationale: 'Real-time help settles questions at once and supports people who find forms or written enquiries hard.',
    guidance: [
      'Choose live-chat software that can also connect the messaging channels residents already use.',
      'Train staff to handle chats and set the hours of service.',
      'Add a visible chat button to the portal and show when staff are available.',
      'Monitor waiting times and transcripts to improve the service.',
    ],
    cases: [],
    evidenceHint: 'Look for a chat button or a messaging-app link on the portal, start a conversation within the stated hours and confirm that a person answers. An automated chatbot alone is assessed under the AI-chatbot indicator.',
    provenance: {
      title: {
        basis: 'historical-name',
        knownNames: [
          {
            name: 'Real time communication',
            edition: '2022',
            source: 'https://fliphtml5.com/gnel/edfw/Report_without_annexes/130/',
            confidence: 'confirmed',
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
    id: 'social-networking-features',
    code: '#273',
    criterion: 'participation-engagement',
    number: 18,
    title: 'Links to social media channels',
    description: 'The portal provides social networking features, such as links to or feeds from the city\'s official accounts on Facebook, X (Twitter), YouTube, Flickr or similar networks.',
    rationale: 'Social networks reach residents where they already are, so the city can share news quickly and hear public reactions.',
    guidance: [
      'Adopt a social media policy that sets out purpose, responsible staff, content rules and response times.',
      'Open official accounts on the networks most used locally.',
      'Place links or embedded feeds on the portal, for example in the header or footer.',
      'Post regularly about services, events and consultations, and answer questions.',
    ],
    cases: [],
    evidenceHint: 'Check the header and footer of the home page for links to social media accounts and open them to confirm they are the municipality\'s official ones. A script can find the links; an assessor confirms the accounts.',
    provenance: {
      title: {
        basis: 'third-party-name',
        knownNames: [
          {
            name: 'Social networking features',
            edition: '2024',
            source: 'https://github.com/rinenweb/LOSI-scanner/blob/fa71cc6f0ed721eca825d35d84964e4dd1fcbdfb/indicators/i273.py',
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
] as const satisfies readonly Indicator[];
