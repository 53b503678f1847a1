import type { ToolkitModule3 } from './types.js';

const TOOLKIT_PAGE = 'https://publicadministration.un.org/egovkb/en-us/About/E-Government-at-Local-Level/Local-E-government-Toolkit';
const ROUND3 = 'LOSI reference pack, round3.md §6 (the toolkit\'s own page)';

/**
 * Module 3 of the Local E-Government Toolkit. Its four sections are named on the toolkit's page; what the "main
 * challenges" and "key enablers" sections list is not in the reference pack, so `conditions` is empty and says so,
 * rather than holding challenges or enablers we would have to invent.
 */
export const TOOLKIT_MODULE_3: ToolkitModule3 = {
  module: 3,
  title: 'Introduction',
  sections: [
    { id: 'why-local-digitalization', title: 'Why digitalizing local government matters', status: 'known', sources: [TOOLKIT_PAGE, ROUND3] },
    { id: 'monitoring-and-evaluation', title: 'Why monitoring and evaluation matter', status: 'known', sources: [TOOLKIT_PAGE, ROUND3] },
    { id: 'main-challenges', title: 'Main challenges', status: 'known', sources: [TOOLKIT_PAGE, ROUND3] },
    { id: 'key-enablers', title: 'Key enablers', status: 'known', sources: [TOOLKIT_PAGE, ROUND3] },
  ],
  conditions: [],
  conditionsStatus: {
    status: 'not-on-file',
    sources: [TOOLKIT_PAGE, ROUND3],
    note: 'The sections "main challenges" and "key enablers" exist, and the toolkit\'s learning outcomes speak of disabling and empowering conditions for local online services, but no list of them is in the reference pack. Each condition, once on file, links to the criteria and LOSI 2024 indicators it concerns (ToolkitCondition).',
  },
};
