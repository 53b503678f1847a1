import type { Answer } from './assessment.js';
import { getIndicator, isEditionId } from './catalogue.js';
import type { Confidence, EditionId } from './types.js';

/** One indicator of one edition. */
export interface EditionIndicatorRef<E extends EditionId = EditionId> {
  readonly edition: E;
  readonly id: string;
}

/** A pair of indicators of two editions that assess the same portal feature. */
export interface CrosswalkEntry {
  readonly from: EditionIndicatorRef<'2022'>;
  readonly to: EditionIndicatorRef<'2024'>;
  /** How sure the pairing is; see each `note` for the reason. */
  readonly confidence: Confidence;
  readonly note: string;
}

/**
 * LOSI 2022 to LOSI 2024, for the features that are the same in both editions.
 * Only the 17 participation-and-engagement indicators of 2022 are known, so only they are mapped; every one
 * has a 2024 counterpart with the same id. The UN published no mapping: a pairing rests on matching the 2022
 * name (Survey 2022, Figure 3.10) with the 2024 toolkit definition of an item.
 */
export const CROSSWALK: readonly CrosswalkEntry[] = [
  {
    from: { edition: '2022', id: 'e-voting' },
    to: { edition: '2024', id: 'e-voting' },
    confidence: 'inferred',
    note: '"E-voting" (2022, Figure 3.10) and #279 (2024 toolkit) describe the same feature; the pairing is our inference from their definitions, as the UN published no mapping.',
  },
  {
    from: { edition: '2022', id: 'live-chat-with-staff' },
    to: { edition: '2024', id: 'live-chat-with-staff' },
    confidence: 'inferred',
    note: '"Real time communication" (2022, Figure 3.10) and #270a (2024 toolkit) describe the same feature; the pairing is our inference from their definitions, as the UN published no mapping. 2024 adds a separate AI-chatbot item (#270b) that has no 2022 counterpart.',
  },
  {
    from: { edition: '2022', id: 'discrimination-reporting' },
    to: { edition: '2024', id: 'discrimination-reporting' },
    confidence: 'inferred',
    note: '"Report of any form of discrimination" (2022, Figure 3.10) and #267 (2024 toolkit) describe the same feature; the pairing is our inference from their definitions, as the UN published no mapping.',
  },
  {
    from: { edition: '2022', id: 'outcome-of-online-consultations' },
    to: { edition: '2024', id: 'outcome-of-online-consultations' },
    confidence: 'inferred',
    note: '"Feedback about consultation processes" (2022, Figure 3.10) and #278 (2024 toolkit) describe the same feature; the pairing is our inference from their definitions, as the UN published no mapping. The 2022 name speaks of feedback about consultations; the 2024 guide asks for a documented outcome of one.',
  },
  {
    from: { edition: '2022', id: 'participatory-budgeting' },
    to: { edition: '2024', id: 'participatory-budgeting' },
    confidence: 'inferred',
    note: '"Participatory budgeting" (2022, Figure 3.10) and #275 (2024 toolkit) describe the same feature; the pairing is our inference from their definitions, as the UN published no mapping. The 2024 guide counts processes of the last five years or announced ones.',
  },
  {
    from: { edition: '2022', id: 'email-responsiveness' },
    to: { edition: '2024', id: 'email-responsiveness' },
    confidence: 'inferred',
    note: '"Municipality responsiveness emails" (2022, Figure 3.10) and #250 (2024 toolkit) describe the same feature; the pairing is our inference from their definitions, as the UN published no mapping. The 2022 name mentions e-mail only; the 2024 guide also accepts a web form and sets 3 business days.',
  },
  {
    from: { edition: '2022', id: 'email-response-quality' },
    to: { edition: '2024', id: 'email-response-quality' },
    confidence: 'inferred',
    note: '"Quality of email response" (2022, Figure 3.10) and #252 (2024 toolkit) describe the same feature; the pairing is our inference from their definitions, as the UN published no mapping. The 2024 guide adds that the useful answer must come within three days.',
  },
  {
    from: { edition: '2022', id: 'participatory-land-use-planning' },
    to: { edition: '2024', id: 'participatory-land-use-planning' },
    confidence: 'inferred',
    note: '"Participatory land use plan" (2022, Figure 3.10) and #276 (2024 toolkit) describe the same feature; the pairing is our inference from their definitions, as the UN published no mapping.',
  },
  {
    from: { edition: '2022', id: 'upcoming-e-participation-announcements' },
    to: { edition: '2024', id: 'upcoming-e-participation-announcements' },
    confidence: 'inferred',
    note: '"Announcement of upcoming e-participation activities" (2022, Figure 3.10) and #277 (2024 toolkit) describe the same feature; the pairing is our inference from their definitions, as the UN published no mapping.',
  },
  {
    from: { edition: '2022', id: 'open-data-metadata' },
    to: { edition: '2024', id: 'open-data-metadata' },
    confidence: 'inferred',
    note: '"Open data metadata" (2022, Figure 3.10) and #237 (2024 toolkit) describe the same feature; the pairing is our inference from their definitions, as the UN published no mapping. The 2024 toolkit files #237 under its E-Government Literacy module; the feature is the same.',
  },
  {
    from: { edition: '2022', id: 'open-data-provision' },
    to: { edition: '2024', id: 'open-data-provision' },
    confidence: 'inferred',
    note: '"Open data provision" (2022, Figure 3.10) and #236 (2024 toolkit) describe the same feature; the pairing is our inference from their definitions, as the UN published no mapping. The 2024 toolkit prints #236 on two items; this is the provision item, not the open-data policy item.',
  },
  {
    from: { edition: '2022', id: 'online-deliberation-tools' },
    to: { edition: '2024', id: 'online-deliberation-tools' },
    confidence: 'inferred',
    note: '"Online deliberation processes" (2022, Figure 3.10) and #272 (2024 toolkit) describe the same feature; the pairing is our inference from their definitions, as the UN published no mapping.',
  },
  {
    from: { edition: '2022', id: 'reporting-of-incidents-in-public-spaces' },
    to: { edition: '2024', id: 'reporting-of-incidents-in-public-spaces' },
    confidence: 'inferred',
    note: '"Reporting of incidents in public spaces" (2022, Figure 3.10) and #274 (2024 toolkit) describe the same feature; the pairing is our inference from their definitions, as the UN published no mapping.',
  },
  {
    from: { edition: '2022', id: 'council-public-meetings-information' },
    to: { edition: '2024', id: 'council-public-meetings-information' },
    confidence: 'inferred',
    note: '"Information on the public meetings of the municipal council" (2022, Figure 3.10) and #280 (2024 toolkit) describe the same feature; the pairing is our inference from their definitions, as the UN published no mapping.',
  },
  {
    from: { edition: '2022', id: 'budget-information' },
    to: { edition: '2024', id: 'budget-information' },
    confidence: 'inferred',
    note: '"Budget-related information" (2022, Figure 3.10) and #219 (2024 toolkit) describe the same feature; the pairing is our inference from their definitions, as the UN published no mapping.',
  },
  {
    from: { edition: '2022', id: 'feedback-complaint-submission' },
    to: { edition: '2024', id: 'feedback-complaint-submission' },
    confidence: 'inferred',
    note: '"Feedback/complaint submission" (2022, Figure 3.10) and #271 (2024 toolkit) describe the same feature; the pairing is our inference from their definitions, as the UN published no mapping.',
  },
  {
    from: { edition: '2022', id: 'social-networking-features' },
    to: { edition: '2024', id: 'social-networking-features' },
    confidence: 'third-party',
    note: 'Same name in both editions: "Social networking features" is the 2022 name in Figure 3.10 and the name a third-party tool keyed by questionnaire code (LOSI-scanner) gives #273 in 2024, and the 2024 toolkit definition describes the same feature. No UN source pairs the two, hence third-party.',
  },
];

/** Answers carried from one edition to another by {@link mapAnswers}. */
export interface MappedAnswers {
  /** Answers keyed by the target edition's ids, for the indicators that have a counterpart there. */
  readonly answers: Record<string, Answer>;
  /** Source ids, in input order, that have no counterpart in the target edition (their answers are dropped). */
  readonly unmapped: string[];
}

// "from>to" -> (source id -> target id), built on first use so lookups are O(1) afterwards.
let lookups: Map<string, ReadonlyMap<string, string>> | undefined;

function lookup(from: EditionId, to: EditionId): ReadonlyMap<string, string> | undefined {
  if (!lookups) {
    lookups = new Map();
    const forward = new Map<string, string>();
    const backward = new Map<string, string>();
    for (const { from: a, to: b } of CROSSWALK) {
      forward.set(a.id, b.id);
      backward.set(b.id, a.id);
    }
    lookups.set('2022>2024', forward);
    lookups.set('2024>2022', backward);
  }
  return lookups.get(`${from}>${to}`);
}

function assertEdition(id: unknown, role: string): asserts id is EditionId {
  if (!isEditionId(id)) throw new RangeError(`Unknown LOSI edition "${String(id)}" given as ${role}.`);
}

/**
 * The id in edition `to` of the indicator with id `id` in edition `from`, or undefined when it has no counterpart
 * there (or is not an indicator of `from`). Works in both directions; within one edition it returns the id if the
 * edition catalogues it.
 * @throws RangeError for an edition id that is not catalogued (a programming error, not bad user data).
 */
export function crosswalkId(id: string, from: EditionId, to: EditionId): string | undefined {
  assertEdition(from, 'from');
  assertEdition(to, 'to');
  if (from === to) return getIndicator(id, from) ? id : undefined;
  return lookup(from, to)?.get(id);
}

/**
 * Carries answers keyed by `from` ids over to the `to` edition, for the indicators the crosswalk pairs,
 * keeping each answer (value, evidence, note) as it is. Ids without a counterpart are listed in `unmapped`.
 * @throws RangeError for an edition id that is not catalogued.
 */
export function mapAnswers(answers: Readonly<Record<string, Answer>>, from: EditionId, to: EditionId): MappedAnswers {
  assertEdition(from, 'from');
  assertEdition(to, 'to');
  const mapped: [string, Answer][] = [];
  const unmapped: string[] = [];
  for (const [id, answer] of Object.entries(answers)) {
    const target = crosswalkId(id, from, to);
    if (target === undefined) unmapped.push(id);
    else mapped.push([target, answer]);
  }
  // Object.fromEntries defines own properties, so an id such as "__proto__" stays a plain key.
  return { answers: Object.fromEntries(mapped), unmapped };
}
