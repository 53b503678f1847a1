import type { ReactiveController } from 'lit';
import type { AnswerSource } from '@losi/indicators';
import type { AuditReport, Proposal } from '@losi/indicators/audit-report';
import type { EditionId } from '@losi/indicators/structure';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import type { LosiElement } from '../../../internal/losi-element.js';
import { loadAuditReportTools } from '../../../internal/assessment-parser.js';
import type { AnswerFields } from '../assessment-model.js';
import { isHttpUrl } from '../assessment-model.js';

/** What a person decided about a proposal. Accepted ones are answers; both stop being offered. */
export type ProposalDecision = 'accepted' | 'rejected';

/** The audit a questionnaire holds proposals from. */
export interface AuditSummary {
  readonly edition: EditionId;
  readonly portal: string;
  readonly finishedAt: string;
}

/** Why a report was not taken: every problem with its path. */
export interface ReportProblem {
  readonly path: string;
  readonly message: string;
}

/** What is kept in `localStorage` beside the draft (`<storage-key>.audit`), so a reload loses no proposal or decision. */
interface SavedProposals {
  readonly report: AuditReport;
  readonly decisions: Readonly<Record<string, ProposalDecision>>;
}

export interface ProposalsOptions {
  /** The storage key of the questionnaire, or undefined (then proposals live as long as the page). */
  readonly key: () => string | undefined;
  /** The edition of the questionnaire: a report of another edition is refused. */
  readonly edition: () => EditionId;
  /** The questionnaire's indicator set, if any: the report's verdicts (edition ids) are offered under the set's ids. */
  readonly indicatorSet?: () => IndicatorSet | undefined;
}

/**
 * Audit proposals in `<losi-assessment>`: reads an audit report of `@losi/audit` (parsed with `parseAuditReport`,
 * proposals from `proposalsFromReport`), offers each proposal beside its indicator until a person accepts or rejects
 * it, and turns an accepted one into the answer fields to save, with `source: { kind: 'audit', … }`. A proposal is
 * never an answer by itself: nothing here changes the questionnaire's state; the host applies what `accept` returns.
 */
export class ProposalsController implements ReactiveController {
  readonly #host: LosiElement;
  readonly #options: ProposalsOptions;
  #report: AuditReport | undefined;
  /** The report's proposals, keyed by the edition's ids. */
  #byEdition: ReadonlyMap<string, Proposal> = new Map();
  #mapped: { readonly set: IndicatorSet; readonly from: ReadonlyMap<string, Proposal>; readonly proposals: ReadonlyMap<string, Proposal> } | undefined;
  #decisions = new Map<string, ProposalDecision>();
  #restoredKey: string | undefined;

  constructor(host: LosiElement, options: ProposalsOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Before each render: restores the proposals kept under a new storage key, once per key. */
  hostUpdate(): void {
    const key = this.#savedKey();
    if (!key || key === this.#restoredKey || this.#report) return;
    this.#restoredKey = key;
    let text: string | null;
    try {
      text = globalThis.localStorage.getItem(key);
    } catch {
      return;
    }
    if (text === null) return;
    this.#host.track(
      (async () => {
        let saved: SavedProposals;
        try {
          saved = JSON.parse(text) as SavedProposals;
        } catch {
          return;
        }
        const problems = await this.#take(saved.report);
        if (problems.length > 0) return;
        for (const [id, decision] of Object.entries(saved.decisions ?? {})) {
          if (decision === 'accepted' || decision === 'rejected') this.#decisions.set(id, decision);
        }
        this.#host.requestUpdate();
      })(),
    );
  }

  #savedKey(): string | undefined {
    const key = this.#options.key();
    return key ? `${key}.audit` : undefined;
  }

  #persist(): void {
    const key = this.#savedKey();
    if (!key) return;
    try {
      if (!this.#report) globalThis.localStorage.removeItem(key);
      else globalThis.localStorage.setItem(key, JSON.stringify({ report: this.#report, decisions: Object.fromEntries(this.#decisions) }));
    } catch {
      // Storage full or blocked: the proposals stay for as long as the page is open.
    }
  }

  /** The audit the proposals come from, once a report is loaded. */
  get audit(): AuditSummary | undefined {
    const report = this.#report;
    return report && { edition: report.edition, portal: report.portal.finalUrl ?? report.portal.requestedUrl, finishedAt: report.finishedAt };
  }

  /** The report as loaded (without `$schema`). */
  get report(): AuditReport | undefined {
    return this.#report;
  }

  /**
   * The proposals keyed as the questionnaire asks: by the edition's ids, or with a set by the set's ids, each
   * indicator taking the proposal of the official indicator it maps to (one the set leaves out proposes nothing, nor
   * is anything proposed for an indicator of the project's own).
   */
  get #proposals(): ReadonlyMap<string, Proposal> {
    const set = this.#options.indicatorSet?.();
    if (!set) return this.#byEdition;
    if (this.#mapped?.set !== set || this.#mapped.from !== this.#byEdition) {
      const proposals = new Map<string, Proposal>();
      for (const indicator of set.indicators) {
        const proposal = indicator.official && this.#byEdition.get(indicator.official.id);
        if (proposal) proposals.set(indicator.id, { ...proposal, indicator: indicator.id });
      }
      this.#mapped = { set, from: this.#byEdition, proposals };
    }
    return this.#mapped.proposals;
  }

  /** The proposal still waiting for a decision for an indicator, if any. */
  pending(id: string): Proposal | undefined {
    return this.#decisions.has(id) ? undefined : this.#proposals.get(id);
  }

  /** Every proposal waiting for a decision, in report order (with a set, in the set's order). */
  get allPending(): Proposal[] {
    return [...this.#proposals.values()].filter((proposal) => !this.#decisions.has(proposal.indicator));
  }

  /** Proposals waiting that propose a value (pass, fail, not-applicable), which "accept all decided" takes. */
  get decidedPending(): Proposal[] {
    return this.allPending.filter((proposal) => proposal.value !== undefined);
  }

  decision(id: string): ProposalDecision | undefined {
    return this.#decisions.get(id);
  }

  /**
   * Reads a report (a parsed object or JSON text). Returns its problems, each with a path; with none, its
   * proposals replace those of an earlier report and the decisions start afresh.
   */
  async load(input: unknown): Promise<readonly ReportProblem[]> {
    const problems = await this.#take(input);
    if (problems.length === 0) {
      this.#decisions = new Map();
      this.#persist();
      this.#host.requestUpdate();
    }
    return problems;
  }

  async #take(input: unknown): Promise<readonly ReportProblem[]> {
    const { parseAuditReport, proposalsFromReport } = await loadAuditReportTools();
    const parsed = parseAuditReport(input);
    if (!parsed.ok) return parsed.problems.map((problem) => ({ path: problem.path, message: problem.message }));
    const edition = this.#options.edition();
    if (parsed.report.edition !== edition) {
      return [{ path: 'edition', message: `The audit report follows LOSI ${parsed.report.edition}; this questionnaire follows LOSI ${edition}.` }];
    }
    this.#report = parsed.report;
    this.#byEdition = proposalsFromReport(parsed.report);
    return [];
  }

  /** After "Start over": every proposal is offered again (the answers accepted from them are gone). */
  forgetDecisions(): void {
    this.#decisions = new Map();
    this.#persist();
    this.#host.requestUpdate();
  }

  /** Forgets the report and its proposals. */
  clear(): void {
    this.#report = undefined;
    this.#byEdition = new Map();
    this.#decisions = new Map();
    this.#persist();
    this.#host.requestUpdate();
  }

  /**
   * A person accepts the proposal for `id`: returns the answer fields to apply (the proposed value, the first
   * evidence address where there was none, the note kept, and the record of the proposal), or undefined when
   * there is no proposal with a value.
   */
  accept(id: string, current: AnswerFields, now: Date = new Date()): AnswerFields | undefined {
    const proposal = this.pending(id);
    if (!proposal?.value || !this.#report) return undefined;
    const status = proposal.status as AnswerSource['status'];
    const source: AnswerSource = {
      kind: 'audit',
      check: proposal.check,
      ruleVersion: proposal.ruleVersion,
      status,
      auditedAt: this.#report.finishedAt,
      acceptedAt: now.toISOString(),
    };
    const evidence = proposal.evidence.map((item) => item.finalUrl ?? item.url).find(isHttpUrl);
    this.#decisions.set(id, 'accepted');
    this.#persist();
    this.#host.requestUpdate();
    return { value: proposal.value, evidence: current.evidence.trim() === '' && evidence ? evidence : current.evidence, note: current.note, source };
  }

  reject(id: string): void {
    if (!this.pending(id)) return;
    this.#decisions.set(id, 'rejected');
    this.#persist();
    this.#host.requestUpdate();
  }
}
