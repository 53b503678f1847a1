import { CRITERION_IDS } from '../types.js';
import type { LgqModel } from './types.js';

const TOOLKIT_MD = 'LOSI reference pack, toolkit.md §4';
const ROUND3 = 'LOSI reference pack, round3.md §5 and §6';
const S22_F310 = 'https://fliphtml5.com/gnel/edfw/Report_without_annexes/130/';
const LGQ_PAPER = 'https://collections.unu.edu/view/UNU:9007';

/**
 * The Local Government Questionnaire (LGQ) as a model. Known: city administrations answer it about themselves, it does
 * not enter the LOSI value, 42 cities answered in 2022. Inferred: its answers are analysed by the five criteria (the
 * Survey 2022 cites "LGQ responses within the participation and engagement subgroup"), so the model has one section per
 * criterion. Modelled: the list of the city's official portals it asks for. Its questions are not on file: none here.
 */
export const LGQ_MODEL: LgqModel = {
  id: 'lgq',
  name: 'Local Government Questionnaire',
  respondent: {
    who: 'city-administration',
    selfReported: true,
    status: 'known',
    sources: [TOOLKIT_MD, ROUND3],
    note: 'Answered by the city administration itself, unlike the LOSI questionnaire, which researchers answer.',
  },
  portals: {
    fields: ['url', 'name', 'main'],
    status: 'modelled',
    sources: [],
    note: 'LOSI Kit\'s choice: the questionnaire is about the city\'s own online presence, so it records the official portals the city names (address, name, whether it is the main one). No field list of the LGQ is published.',
  },
  sections: CRITERION_IDS.map((criterion) => ({
    id: `lgq-${criterion}`,
    criterion,
    questions: [],
    status: 'inferred',
    sources: [S22_F310, TOOLKIT_MD],
    note: 'One section per criterion, inferred from the Survey 2022 analysing LGQ answers by criterion; the section list and its questions are not on file.',
  })),
  scored: false,
  scoredStatus: {
    status: 'known',
    sources: [ROUND3, S22_F310],
    note: 'The government questionnaire does not enter the score; assessors may read it as context, and the Survey uses its answers in its text.',
  },
  responses: [{ edition: '2022', cities: 42, status: 'known', sources: [LGQ_PAPER, ROUND3] }],
};
