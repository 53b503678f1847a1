/**
 * A worked example of a country project's indicator set, FICTIONAL: built from LOSI 2024 with every kind of change
 * a LOSI Network partner makes. Not any real project's set.
 */
import { ARGENTINE_MUNICIPAL_LEVELS } from '../level-scheme/types.js';
import { addGroup, addIndicator, cloneEdition, omitIndicators, regroupIndicator, renameIndicator, withLevels } from './edit.js';
import type { IndicatorSet } from './types.js';

function build(): IndicatorSet {
  let set = cloneEdition('2024', { id: 'example-municipal-index', name: 'Example municipal index (fictional)' });
  // Left out: features the (fictional) project does not assess in its municipalities.
  set = omitIndicators(set, ['sdg-data', 'portal-usage-statistics']);
  // Renamed in the project's words.
  set = renameIndicator(set, 'official-portal', 'Official municipal website');
  // Regrouped: a group of the project's own for open government; open data policy also counts in institutional framework.
  set = addGroup(set, { id: 'open-government', name: 'Open government' });
  set = regroupIndicator(set, 'open-data-provision', 'open-government');
  set = regroupIndicator(set, 'open-data-policy', 'open-government', ['institutional-framework']);
  // Added: an indicator of the project's own, with no official code.
  set = addIndicator(set, {
    id: 'messaging-channel',
    group: 'participation-engagement',
    title: 'Messaging channel with the municipality',
    description: 'The portal offers a messaging channel (for example a chat app account) run by the municipality, through which residents can ask questions and get answers.',
  });
  // The project's own bands: the Argentine municipal index's four.
  return withLevels(set, ARGENTINE_MUNICIPAL_LEVELS);
}

export const EXAMPLE_INDICATOR_SET: IndicatorSet = build();
