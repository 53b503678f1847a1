/**
 * LOSI Studio's screens: a small router over the hash, each screen rendered with lit-html from the API's answers;
 * the questionnaire, the reconciliation and the report are the @losi/widgets elements. What a screen offers follows
 * the user's role, but the server decides every request.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import '@losi/widgets/assessment';
import type { ProposalDecisionDetail } from '@losi/widgets/assessment';
import '@losi/widgets/reconcile';
import '@losi/widgets/report';
import { indicatorText, loadLocale, type Assessment } from '@losi/indicators';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import { ApiError, api, loadSession, type SessionUser } from './api.js';
import { fromEdition } from '../shared/indicator-ids.js';
import { currentLanguage, formatDate, formatNumber, formatPercent, setLanguage, t, type StudioLanguage, type TextKey } from './i18n.js';

type Theme = 'auto' | 'light' | 'dark';
const STATUSES = ['assessing', 'submitted', 'compared', 'reconciling', 'reviewed', 'signed-off', 'published'] as const;
type Status = (typeof STATUSES)[number];

interface Project { id: number; name: string; edition: '2024' | '2022'; assessorsPerPortal: number; maxDisagreement: number; evidenceRequired: boolean; auditProposals: boolean; indicatorSet: IndicatorSet | null }
interface ProjectSet { indicatorSet: IndicatorSet | null; setBy: string | null; setAt: string | null; version: number }
interface AttachedReport {
  id: number;
  attachedBy: string;
  attachedAt: string;
  report: { finishedAt: string; verdicts: { indicator: string; check: string; ruleVersion: number }[] };
  /** What the signed-in assessor rejected of this report. */
  rejected?: { indicator: string; check: string; ruleVersion: number }[];
}
interface Portal { id: number; projectId: number; city: string; country: string; portalUrl: string; language: string; status: Status; version: number; assessors: { id: number; name: string; submitted: boolean }[] }
interface Review { portal: Portal; comparison: { disagreementRate: number | null; agreementRate: number | null; disagreed: number; needsReconciliation: boolean; maxDisagreement: number } | null; decisions: unknown[] | null; finalAssessment: Assessment | null }
interface Stored { assessorId: number; assessor: string; assessment: Assessment; version: number; submittedAt: string | null }
interface PairFigures { assessors: [string, string]; portals: number; compared: number; agreed: number; agreementRate: number | null; kappa: number | null }
interface IndicatorFigures { edition: '2024' | '2022'; indicator: string; criterion: string; compared: number; disagreed: number; disagreementRate: number | null }
interface Statistics {
  included: number; pending: number; toReconcile: number; compared: number; agreed: number; agreementRate: number | null; maxDisagreement: number;
  portals: { portalId: number; city: string; status: Status; assessors: string[]; compared: number; agreed: number; agreementRate: number | null; kappa: number | null; needsReconciliation: boolean }[];
  pairs: PairFigures[]; indicators: IndicatorFigures[]; criteria: { criterion: string; compared: number; agreed: number; agreementRate: number | null }[];
}
interface HistoryEntry { id: number; at: string; actor: string | null; action: string; indicator: string | null; before: unknown; after: unknown; reason: string | null; withheld: boolean }

const bar = document.getElementById('bar')!;
const main = document.getElementById('main')!;
let user: SessionUser | null = null;
let theme: Theme = (localStorage.getItem('losi-studio:theme') as Theme | null) ?? 'auto';

function applyPreferences(): void {
  const language = (localStorage.getItem('losi-studio:language') as StudioLanguage | null) ?? 'en';
  setLanguage(language === 'ar' ? 'ar' : 'en');
  document.documentElement.lang = currentLanguage();
  document.documentElement.dir = currentLanguage() === 'ar' ? 'rtl' : 'ltr';
  if (theme === 'auto') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
  document.title = t('brand');
  document.querySelector('.skip')!.textContent = t('skip');
}

const widgetTheme = () => (theme === 'auto' ? undefined : theme);
const statusLabel = (status: Status) => t(`status.${status}` as TextKey);

function renderBar(): void {
  render(
    html`<a class="brand" href="#/">${t('brand')}</a>
      ${user
        ? html`<nav aria-label=${t('brand')}>
            <ul>
              <li><a href="#/">${t('projects')}</a></li>
              ${user.role === 'administrator' ? html`<li><a href="#/users">${t('users')}</a></li>` : nothing}
            </ul>
          </nav>`
        : nothing}
      <label class="inline">${t('language')}
        <select id="language" @change=${(event: Event) => {
          localStorage.setItem('losi-studio:language', (event.target as HTMLSelectElement).value);
          void route();
        }}>
          <option value="en" ?selected=${currentLanguage() === 'en'} lang="en">English</option>
          <option value="ar" ?selected=${currentLanguage() === 'ar'} lang="ar">العربية</option>
        </select>
      </label>
      <label class="inline">${t('theme')}
        <select id="theme" @change=${(event: Event) => {
          theme = (event.target as HTMLSelectElement).value as Theme;
          localStorage.setItem('losi-studio:theme', theme);
          void route();
        }}>
          <option value="auto" ?selected=${theme === 'auto'}>${t('themeAuto')}</option>
          <option value="light" ?selected=${theme === 'light'}>${t('themeLight')}</option>
          <option value="dark" ?selected=${theme === 'dark'}>${t('themeDark')}</option>
        </select>
      </label>
      ${user
        ? html`<span class="muted">${t('signedInAs', { name: user.name, role: t(`role.${user.role}` as TextKey) })}</span>
            <button class="secondary" id="sign-out" @click=${async () => {
              await api('DELETE', '/api/session');
              await loadSession();
              user = null;
              location.hash = '#/login';
            }}>${t('signOut')}</button>`
        : nothing}`,
    bar,
  );
}

function show(content: TemplateResult, focus = true): void {
  render(content, main);
  if (focus) main.querySelector<HTMLElement>('h1')?.focus();
}

const errorBox = (error: unknown) => html`<p class="error" role="alert">${t('error', { message: error instanceof Error ? error.message : String(error) })}</p>`;

/** A refused file: each of the server's problems with its path (`indicators[3].official.id`), else the message. */
function problemsBox(heading: string, error: unknown): TemplateResult {
  const problems = error instanceof ApiError ? (error.details as { problems?: { path: string; message: string }[] } | undefined)?.problems : undefined;
  if (!problems?.length) return errorBox(error);
  return html`<div class="error" role="alert" id="set-problems"><p>${heading}</p>
    <ul>${problems.map((problem) => html`<li><code dir="ltr">${problem.path}</code>: ${problem.message}</li>`)}</ul></div>`;
}

/** "Adapted from LOSI 2024 (<set>)…" under a result of the project's set. */
const adaptedNote = (project: Project) =>
  project.indicatorSet ? html`<p class="notice adapted">${t('adaptedNote', { edition: project.indicatorSet.basedOn, name: project.indicatorSet.name })}</p>` : nothing;

function formData(event: SubmitEvent): FormData {
  event.preventDefault();
  return new FormData(event.target as HTMLFormElement);
}

// ---- sign-in and setup ----

function loginScreen(message?: unknown): TemplateResult {
  return html`<h1 tabindex="-1">${t('signIn')}</h1>
    ${message ? errorBox(message) : nothing}
    <form class="card" id="login" @submit=${async (event: SubmitEvent) => {
      const data = formData(event);
      try {
        const session = await api<{ user: SessionUser }>('POST', '/api/session', { email: data.get('email'), password: data.get('password') });
        user = session.user;
        location.hash = '#/';
        await route();
      } catch (error) {
        show(loginScreen(error));
      }
    }}>
      <label for="login-email">${t('email')}</label>
      <input id="login-email" name="email" type="email" autocomplete="username" required />
      <label for="login-password">${t('password')}</label>
      <input id="login-password" name="password" type="password" autocomplete="current-password" required />
      <div class="row"><button type="submit">${t('signIn')}</button></div>
    </form>`;
}

function setupScreen(token: string, message?: unknown): TemplateResult {
  return html`<h1 tabindex="-1">${t('setupTitle')}</h1>
    <p>${t('setupIntro')}</p>
    ${message ? errorBox(message) : nothing}
    <form class="card" id="setup" @submit=${async (event: SubmitEvent) => {
      const data = formData(event);
      try {
        const created = await api<{ user: SessionUser }>('POST', '/api/setup', { token, email: data.get('email'), name: data.get('name'), password: data.get('password') });
        user = created.user;
        await loadSession();
        location.hash = '#/';
      } catch (error) {
        show(setupScreen(token, error));
      }
    }}>
      <label for="setup-name">${t('name')}</label>
      <input id="setup-name" name="name" autocomplete="name" required />
      <label for="setup-email">${t('email')}</label>
      <input id="setup-email" name="email" type="email" autocomplete="username" required />
      <label for="setup-password">${t('password')}</label>
      <input id="setup-password" name="password" type="password" autocomplete="new-password" minlength="12" required />
      <div class="row"><button type="submit">${t('create')}</button></div>
    </form>`;
}

// ---- projects and users ----

async function projectsScreen(): Promise<TemplateResult> {
  const projects = await api<Project[]>('GET', '/api/projects');
  return html`<h1 tabindex="-1">${t('projects')}</h1>
    ${projects.length === 0
      ? html`<p>${t('noProjects')}</p>`
      : html`<ul>${projects.map((project) => html`<li><a href="#/projects/${project.id}">${project.name}</a> <span class="muted">(LOSI ${project.edition})</span></li>`)}</ul>`}
    ${user?.role === 'administrator'
      ? html`<form class="card" id="new-project" @submit=${async (event: SubmitEvent) => {
          const data = formData(event);
          try {
            const project = await api<Project>('POST', '/api/projects', {
              name: data.get('name'),
              edition: data.get('edition'),
              assessorsPerPortal: Number(data.get('assessorsPerPortal')),
              maxDisagreement: Number(data.get('threshold')) / 100,
              evidenceRequired: data.get('evidenceRequired') === 'on',
              auditProposals: data.get('auditProposals') === 'on',
            });
            location.hash = `#/projects/${project.id}`;
          } catch (error) {
            show(html`${await projectsScreen()}${errorBox(error)}`, false);
          }
        }}>
          <h2>${t('newProject')}</h2>
          <label for="project-name">${t('name')}</label>
          <input id="project-name" name="name" required maxlength="200" />
          <label for="project-edition">${t('edition')}</label>
          <select id="project-edition" name="edition"><option value="2024">2024</option><option value="2022">2022</option></select>
          <label for="project-assessors">${t('assessorsPerPortal')}</label>
          <input id="project-assessors" name="assessorsPerPortal" type="number" min="2" max="10" value="2" required />
          <label for="project-threshold">${t('threshold')}</label>
          <input id="project-threshold" name="threshold" type="number" min="0" max="100" step="0.5" value="5" required />
          <label class="inline"><input type="checkbox" name="evidenceRequired" checked /> ${t('evidenceRequired')}</label>
          <label class="inline"><input type="checkbox" name="auditProposals" /> ${t('auditProposals')}</label>
          <div class="row"><button type="submit">${t('create')}</button></div>
        </form>`
      : nothing}`;
}

async function usersScreen(message?: unknown): Promise<TemplateResult> {
  const users = await api<SessionUser[]>('GET', '/api/users');
  return html`<h1 tabindex="-1">${t('users')}</h1>
    <table>
      <caption>${t('users')}</caption>
      <thead><tr><th scope="col">${t('name')}</th><th scope="col">${t('email')}</th><th scope="col">${t('role')}</th></tr></thead>
      <tbody>${users.map((u) => html`<tr><th scope="row">${u.name}</th><td>${u.email}</td><td>${t(`role.${u.role}` as TextKey)}</td></tr>`)}</tbody>
    </table>
    ${message ? errorBox(message) : nothing}
    <form class="card" id="new-user" @submit=${async (event: SubmitEvent) => {
      const data = formData(event);
      try {
        await api('POST', '/api/users', { email: data.get('email'), name: data.get('name'), role: data.get('role'), password: data.get('password') });
        show(await usersScreen(), false);
      } catch (error) {
        show(await usersScreen(error), false);
      }
    }}>
      <h2>${t('create')}</h2>
      <label for="user-name">${t('name')}</label><input id="user-name" name="name" required />
      <label for="user-email">${t('email')}</label><input id="user-email" name="email" type="email" required />
      <label for="user-role">${t('role')}</label>
      <select id="user-role" name="role">
        ${(['assessor', 'reviewer', 'senior-reviewer', 'administrator'] as const).map((role) => html`<option value=${role}>${t(`role.${role}`)}</option>`)}
      </select>
      <label for="user-password">${t('password')}</label><input id="user-password" name="password" type="password" minlength="12" autocomplete="new-password" required />
      <div class="row"><button type="submit">${t('create')}</button></div>
    </form>`;
}

// ---- a project: portals, import, assignments ----

async function projectScreen(projectId: number, notice?: TemplateResult): Promise<TemplateResult> {
  const [project, portals] = await Promise.all([api<Project>('GET', `/api/projects/${projectId}`), api<Portal[]>('GET', `/api/projects/${projectId}/portals`)]);
  const admin = user?.role === 'administrator';
  const assessors = admin ? (await api<SessionUser[]>('GET', '/api/users')).filter((u) => u.role === 'assessor') : [];
  const rerender = async (message?: TemplateResult) => show(await projectScreen(projectId, message), false);
  return html`<h1 tabindex="-1">${project.name}</h1>
    <p class="muted">LOSI ${project.edition} · ${t('assessorsPerPortal')}: ${project.assessorsPerPortal} · ${t('threshold')}: ${formatPercent(project.maxDisagreement)}${project.evidenceRequired ? html` · ${t('evidenceRequired')}` : nothing}${project.auditProposals ? html` · ${t('auditProposals')}` : nothing}${project.indicatorSet ? html` · ${t('indicatorSet')}: ${project.indicatorSet.name}` : nothing}</p>
    ${admin ? await indicatorSetCard(project, rerender) : nothing}
    ${admin
      ? html`<form class="card" id="project-settings" @submit=${async (event: SubmitEvent) => {
          const data = formData(event);
          try {
            await api('PUT', `/api/projects/${projectId}/settings`, { auditProposals: data.get('auditProposals') === 'on' });
            await rerender(html`<p class="ok">${t('saved')}</p>`);
          } catch (error) {
            await rerender(errorBox(error));
          }
        }}>
          <h2>${t('projectSettings')}</h2>
          <label class="inline"><input type="checkbox" name="auditProposals" ?checked=${project.auditProposals} /> ${t('auditProposals')}</label>
          <div class="row"><button type="submit">${t('save')}</button></div>
        </form>`
      : nothing}
    <p><a href="#/projects/${project.id}/results">${t('results')}</a> · <a href="#/projects/${project.id}/statistics">${t('statistics')}</a>
      ${user?.role !== 'assessor' ? html` · <a href="/api/projects/${project.id}/history?format=csv" download>${t('exportHistoryCsv')}</a>` : nothing}</p>
    <div aria-live="polite">${notice ?? nothing}</div>
    <h2>${t('portals')}</h2>
    <div class="scroll"><table>
      <caption class="visually-hidden">${t('portals')}</caption>
      <thead><tr><th scope="col">${t('city')}</th><th scope="col">${t('country')}</th><th scope="col">${t('portalUrl')}</th><th scope="col">${t('status')}</th><th scope="col">${t('assessors')}</th></tr></thead>
      <tbody>${portals.map((portal) => html`<tr>
        <th scope="row"><a href="#/portals/${portal.id}">${portal.city}</a></th>
        <td>${portal.country}</td><td><span dir="ltr" lang=${portal.language}>${portal.portalUrl}</span></td>
        <td><span class="status">${statusLabel(portal.status)}</span></td>
        <td>${portal.assessors.length === 0 ? html`<span class="muted">${t('notAssigned')}</span>` : portal.assessors.map((a) => a.name).join(', ')}
          ${admin && portal.status === 'assessing'
            ? html`<details><summary>${t('assign')}</summary>
                <form class="assign" data-portal=${portal.id} @submit=${async (event: SubmitEvent) => {
                  const data = formData(event);
                  try {
                    await api('PUT', `/api/portals/${portal.id}/assessors`, { assessorIds: data.getAll('assessor').map(Number), version: portal.version });
                    await rerender(html`<p class="ok">${t('saved')}</p>`);
                  } catch (error) {
                    await rerender(errorBox(error));
                  }
                }}>
                  <fieldset><legend>${t('assessors')}: ${portal.city}</legend>
                    ${assessors.map((a) => html`<label class="inline"><input type="checkbox" name="assessor" value=${a.id} ?checked=${portal.assessors.some((x) => x.id === a.id)} /> ${a.name}</label>`)}
                  </fieldset>
                  <button type="submit">${t('save')}</button>
                </form></details>`
            : nothing}</td></tr>`)}</tbody>
    </table></div>
    ${admin
      ? html`<form class="card" id="import" @submit=${async (event: SubmitEvent) => {
          event.preventDefault();
          const file = (document.getElementById('import-file') as HTMLInputElement).files?.[0];
          if (!file) return;
          try {
            const result = await api<{ imported: Portal[]; problems: { line: number; column?: string; message: string }[] }>('POST', `/api/projects/${projectId}/portals`, await file.text(), 'text/csv');
            await rerender(
              result.problems.length > 0
                ? html`<div class="error" role="alert"><p>${t('importProblems')}</p><ul>${result.problems.map((p) => html`<li>${t('line', { line: p.line })}${p.column ? html`, ${p.column}` : nothing}: ${p.message}</li>`)}</ul></div>`
                : html`<p class="ok">${t('imported', { count: result.imported.length })}</p>`,
            );
          } catch (error) {
            await rerender(errorBox(error));
          }
        }}>
          <h2>${t('importPortals')}</h2>
          <p id="import-help">${t('importHelp')}</p>
          <label for="import-file">${t('csvFile')}</label>
          <input id="import-file" type="file" accept=".csv,text/csv" aria-describedby="import-help" required />
          <div class="row"><button type="submit">${t('import')}</button></div>
        </form>`
      : nothing}`;
}

/** The administrator's control for the project's indicator set: what it is, upload a file, remove it. */
async function indicatorSetCard(project: Project, rerender: (message?: TemplateResult) => Promise<void>): Promise<TemplateResult> {
  const current = await api<ProjectSet>('GET', `/api/projects/${project.id}/indicator-set`);
  const set = current.indicatorSet;
  const change = async (method: 'PUT' | 'DELETE', body?: string) => {
    try {
      await api(method, `/api/projects/${project.id}/indicator-set`, body);
      await rerender(html`<p class="ok">${t('saved')}</p>`);
    } catch (error) {
      await rerender(problemsBox(t('indicatorSetProblems'), error));
    }
  };
  return html`<section class="card" id="indicator-set" aria-labelledby="indicator-set-heading">
    <h2 id="indicator-set-heading">${t('indicatorSet')}</h2>
    <p id="indicator-set-current">${set
      ? t('indicatorSetCurrent', { name: set.name, id: set.id, edition: set.basedOn, count: set.indicators.length, by: current.setBy ?? '—', date: current.setAt ? formatDate(current.setAt) : '—' })
      : t('indicatorSetNone', { edition: project.edition })}</p>
    <p class="muted" id="indicator-set-help">${t('indicatorSetHelp')}</p>
    <form id="upload-indicator-set" @submit=${async (event: SubmitEvent) => {
      event.preventDefault();
      const file = (document.getElementById('indicator-set-file') as HTMLInputElement).files?.[0];
      if (file) await change('PUT', await file.text());
    }}>
      <label for="indicator-set-file">${t('indicatorSetFile')}</label>
      <input id="indicator-set-file" type="file" accept="application/json,.json" aria-describedby="indicator-set-help" required />
      <div class="row"><button type="submit">${t('upload')}</button>
        ${set ? html`<button type="button" class="secondary" id="remove-indicator-set" @click=${() => change('DELETE')}>${t('removeIndicatorSet')}</button>` : nothing}</div>
    </form>
  </section>`;
}

// ---- a portal: the assessor's questionnaire, the comparison and reconciliation, the steps after ----

function mayReopen(status: Status): boolean {
  if (!user || status === 'assessing') return false;
  if (user.role === 'administrator') return true;
  if (user.role === 'senior-reviewer') return status !== 'published';
  if (user.role === 'reviewer') return ['submitted', 'compared', 'reconciling', 'reviewed'].includes(status);
  return false;
}

/** Saves the questionnaire a moment after the last change; keeps the answers in the page while a save fails. */
class AssessmentSaver {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private latest: Assessment | undefined;
  private busy = false;
  constructor(private readonly portalId: number, private version: number, private readonly report: (state: TemplateResult) => void) {}

  change(assessment: Assessment): void {
    this.latest = assessment;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), 600);
  }

  get currentVersion(): number {
    return this.version;
  }

  /** Saves now what is pending; resolves once the server has it (or the save failed). */
  async save(): Promise<boolean> {
    clearTimeout(this.timer);
    if (!this.latest || this.busy) return this.latest === undefined;
    this.busy = true;
    const assessment = this.latest;
    this.report(html`<p class="muted">${t('saving')}</p>`);
    try {
      const saved = await api<Stored>('PUT', `/api/portals/${this.portalId}/assessments/mine`, { assessment, version: this.version });
      this.version = saved.version;
      if (this.latest === assessment) this.latest = undefined;
      this.report(html`<p class="ok">${t('saved')}</p>`);
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        this.latest = undefined;
        this.report(html`<p class="error" role="alert">${t('conflict')} <button class="secondary" @click=${() => void route()}>${t('reload')}</button></p>`);
      } else {
        this.report(html`<p class="error" role="alert">${t('unsaved', { message: (error as Error).message })}</p>`);
        this.timer = setTimeout(() => void this.save(), 3000);
      }
      return false;
    } finally {
      this.busy = false;
    }
  }
}

/** The latest audit report attached to the portal, or undefined when there is none. */
async function optionalReport(portalId: number): Promise<AttachedReport | undefined> {
  try {
    return await api<AttachedReport>('GET', `/api/portals/${portalId}/audit-report`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

async function portalScreen(portalId: number, notice?: TemplateResult): Promise<TemplateResult> {
  const review = await api<Review>('GET', `/api/portals/${portalId}`);
  const { portal } = review;
  const project = await api<Project>('GET', `/api/projects/${portal.projectId}`);
  const role = user!.role;
  const assigned = portal.assessors.some((a) => a.id === user!.id);
  const rerender = async (message?: TemplateResult) => show(await portalScreen(portalId, message), false);
  const act = async (method: 'POST' | 'PUT', path: string, body: object) => {
    try {
      await api(method, `/api/portals/${portalId}/${path}`, { version: portal.version, ...body });
      await rerender(html`<p class="ok">${t('saved')}</p>`);
    } catch (error) {
      await rerender(errorBox(error));
    }
  };

  let assess: TemplateResult | typeof nothing = nothing;
  if (role === 'assessor' && assigned) {
    const [mine, earlier] = await Promise.all([
      api<Stored>('GET', `/api/portals/${portalId}/assessments/mine`),
      api<{ indicator: string; evidence: string; project: { name: string } }[]>('GET', `/api/portals/${portalId}/carry-forward`),
    ]);
    const editable = portal.status === 'assessing' && mine.submittedAt === null;
    // Proposals only where the project shows them; answers already taken from a proposal are not offered again.
    const attached = editable && project.auditProposals ? await optionalReport(portalId) : undefined;
    const decided = new Set(Object.entries(mine.assessment.answers).filter(([, answer]) => typeof answer !== 'string' && answer.source).map(([id]) => id));
    // A proposal the assessor rejected (stored on the server) is not offered again either.
    const rejected = new Set((attached?.rejected ?? []).map((item) => `${item.indicator} ${item.check} ${item.ruleVersion}`));
    // The report is keyed by the edition's ids; answers and rejections by the project's (its set's, when it has one).
    const toProjectId = fromEdition(project.indicatorSet);
    const auditReport = attached && {
      ...attached.report,
      verdicts: attached.report.verdicts.filter((verdict) => {
        const id = toProjectId(verdict.indicator);
        return id !== undefined && !decided.has(id) && !rejected.has(`${id} ${verdict.check} ${verdict.ruleVersion}`);
      }),
    };
    // A rejection is not an answer, so <losi-assessment> only tells (losi-proposal-reject); the server keeps it, so the
    // proposal is not offered again on another device or after a reload.
    const recordRejection = (event: CustomEvent<ProposalDecisionDetail>) => {
      if (!attached) return;
      const { indicator, check, ruleVersion } = event.detail;
      api('POST', `/api/portals/${portalId}/audit-report/rejections`, { reportId: attached.id, indicator, check, ruleVersion }).catch((error: unknown) =>
        render(errorBox(error), saveState),
      );
    };
    const saveState = document.createElement('div');
    saveState.setAttribute('aria-live', 'polite');
    const saver = new AssessmentSaver(portalId, mine.version, (state) => render(state, saveState));
    assess = html`<section aria-labelledby="assess-heading">
      <h2 id="assess-heading">${t('yourAssessment')}</h2>
      <p class="notice">${t('blindNote')}</p>
      ${mine.submittedAt ? html`<p class="ok" id="submitted-note">${t('submitted', { date: formatDate(mine.submittedAt) })} ${portal.status === 'assessing' ? t('waitingForOthers') : ''}</p>` : nothing}
      ${editable && earlier.length > 0
        ? html`<details class="card" id="carry-forward"><summary>${t('carryForward', { count: earlier.length })}</summary>
            <p class="muted">${t('carryForwardHelp')}</p>
            <ul>${earlier.map((link) => html`<li>${link.indicator}: <a dir="ltr" href=${link.evidence} rel="noopener noreferrer" target="_blank">${link.evidence}</a> <span class="muted">(${link.project.name})</span></li>`)}</ul>
          </details>`
        : nothing}
      ${auditReport ? html`<p class="notice" id="audit-note">${t('auditForAssessor')}</p>` : nothing}
      <losi-assessment .value=${mine.assessment} .auditReport=${auditReport} .indicatorSet=${project.indicatorSet ?? undefined} edition=${project.edition} ?readonly=${!editable} theme=${widgetTheme() ?? nothing}
        @losi-change=${(event: CustomEvent<{ assessment: Assessment }>) => editable && saver.change(event.detail.assessment)} @losi-proposal-reject=${recordRejection}></losi-assessment>
      ${saveState}
      ${editable
        ? html`<div class="row"><button id="submit-assessment" @click=${async () => {
            if (!(await saver.save())) return;
            await act('POST', 'assessments/mine/submit', { version: saver.currentVersion });
          }}>${t('submit')}</button></div>`
        : nothing}
    </section>`;
  }

  let audit: TemplateResult | typeof nothing = nothing;
  if (role === 'administrator' && portal.status === 'assessing') {
    const attached = await optionalReport(portalId);
    audit = html`<section aria-labelledby="audit-heading" class="card" id="audit">
      <h2 id="audit-heading">${t('auditReport')}</h2>
      <p id="audit-current">${attached ? t('auditAttached', { date: formatDate(attached.report.finishedAt), count: attached.report.verdicts.length, name: attached.attachedBy }) : t('noAuditReport')}</p>
      <p class="muted">${t('attachAuditHelp')}</p>
      <form id="attach-audit" @submit=${async (event: SubmitEvent) => {
        event.preventDefault();
        const file = (document.getElementById('audit-file') as HTMLInputElement).files?.[0];
        if (!file) return;
        try {
          await api('POST', `/api/portals/${portalId}/audit-report`, await file.text());
          await rerender(html`<p class="ok">${t('saved')}</p>`);
        } catch (error) {
          await rerender(errorBox(error));
        }
      }}>
        <label for="audit-file">${t('auditFile')}</label>
        <input id="audit-file" type="file" accept="application/json,.json" required />
        <div class="row"><button type="submit">${t('attach')}</button></div>
      </form>
    </section>`;
  }

  const reviewer = role === 'reviewer' || role === 'senior-reviewer';
  let reconcile: TemplateResult | typeof nothing = nothing;
  if (reviewer && (portal.status === 'compared' || portal.status === 'reconciling')) {
    const assessments = await api<Stored[]>('GET', `/api/portals/${portalId}/assessments`);
    let decisions: unknown[] | undefined;
    const saveButton = () => document.getElementById('save-review') as HTMLButtonElement;
    reconcile = html`<section aria-labelledby="reconcile-heading">
      <h2 id="reconcile-heading">${t('reconcileTitle')}</h2>
      <losi-reconcile heading-level="3" .indicatorSet=${project.indicatorSet ?? undefined} .assessments=${assessments.map((a) => ({ assessor: a.assessor, assessment: a.assessment }))} reviewer=${user!.name}
        max-disagreement=${project.maxDisagreement} theme=${widgetTheme() ?? nothing}
        @losi-decision=${(event: CustomEvent<{ decisions: unknown[]; ready: boolean }>) => {
          decisions = event.detail.ready ? event.detail.decisions : undefined;
          saveButton().disabled = !event.detail.ready;
        }}
        @losi-reconciled=${(event: CustomEvent<{ decisions: unknown[] }>) => {
          decisions = event.detail.decisions;
          saveButton().disabled = false;
        }}></losi-reconcile>
      <p id="review-hint" class="muted">${t('reviewNotReady')}</p>
      <div class="row"><button id="save-review" aria-describedby="review-hint" ?disabled=${review.comparison?.disagreed !== 0}
        @click=${() => act('PUT', 'review', { decisions: decisions ?? [] })}>${t('saveReview')}</button></div>
    </section>`;
  }

  const steps = html`<ol class="steps" aria-label=${t('workflow')}>
    ${STATUSES.filter((s) => s !== 'reconciling' || portal.status === 'reconciling').map((s) => html`<li aria-current=${s === portal.status ? 'step' : nothing}>${statusLabel(s)}</li>`)}
  </ol>`;
  const comparison = review.comparison
    ? html`<section aria-labelledby="comparison-heading"><h2 id="comparison-heading">${t('comparison')}</h2>
        <p>${t('agreement', { rate: formatPercent(review.comparison.agreementRate), count: review.comparison.disagreed, threshold: formatPercent(review.comparison.maxDisagreement) })}</p>
        ${review.comparison.needsReconciliation ? html`<p class="notice">${t('needsReconciliation')}</p>` : nothing}</section>`
    : nothing;

  return html`<p><a href="#/projects/${portal.projectId}">${t('back', { name: project.name })}</a></p>
    <h1 tabindex="-1">${portal.city} <span class="status">${statusLabel(portal.status)}</span></h1>
    <p class="muted">${portal.country} · <span dir="ltr" lang=${portal.language}>${portal.portalUrl}</span> · ${t('assessors')}: ${portal.assessors.map((a) => a.name).join(', ') || t('notAssigned')}</p>
    ${steps}
    <div aria-live="polite">${notice ?? nothing}</div>
    <p><a href="#/portals/${portal.id}/history">${t('history')}</a></p>
    ${reviewer && portal.status === 'submitted' ? html`<button id="compare" @click=${() => act('POST', 'compare', {})}>${t('compare')}</button>` : nothing}
    ${comparison}
    ${audit}
    ${assess}
    ${reconcile}
    ${role === 'senior-reviewer' && portal.status === 'reviewed' ? html`<div class="row"><button id="sign-off" @click=${() => act('POST', 'sign-off', {})}>${t('signOff')}</button></div>` : nothing}
    ${role === 'administrator' && portal.status === 'signed-off' ? html`<div class="row"><button id="publish" @click=${() => act('POST', 'publish', {})}>${t('publish')}</button></div>` : nothing}
    ${portal.status === 'published' || (portal.status === 'signed-off' && role !== 'assessor')
      ? html`<section aria-labelledby="outputs-heading" id="outputs"><h2 id="outputs-heading">${t('outputs')}</h2>
          <p><img src="/api/portals/${portal.id}/badge.svg?variant=full&lang=${currentLanguage()}" alt=${t('badgeOf', { city: portal.city })} /></p>
          <p><a href="/api/portals/${portal.id}/report?lang=${currentLanguage()}" target="_blank" rel="noopener">${t('openReport')}</a> ·
            <a href="/api/portals/${portal.id}/badge.svg?variant=full&lang=${currentLanguage()}" download="portal-${portal.id}-badge.svg">${t('downloadBadge')}</a></p></section>`
      : nothing}
    ${review.finalAssessment
      ? html`<section aria-labelledby="final-heading"><h2 id="final-heading">${t('finalReport')}</h2>
          ${adaptedNote(project)}
          <losi-report heading-level="3" .assessment=${review.finalAssessment} .indicatorSet=${project.indicatorSet ?? undefined} theme=${widgetTheme() ?? nothing}></losi-report></section>`
      : nothing}
    ${mayReopen(portal.status)
      ? html`<form class="card" id="reopen" @submit=${(event: SubmitEvent) => {
          const data = formData(event);
          void act('POST', 'reopen', { reason: data.get('reason') });
        }}>
          <label for="reopen-reason">${t('reopenReason')}</label>
          <textarea id="reopen-reason" name="reason" required minlength="3"></textarea>
          <div class="row"><button type="submit" class="secondary">${t('reopen')}</button></div>
        </form>`
      : nothing}`;
}

function showValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

async function historyScreen(portalId: number): Promise<TemplateResult> {
  const [review, entries] = await Promise.all([api<Review>('GET', `/api/portals/${portalId}`), api<HistoryEntry[]>('GET', `/api/portals/${portalId}/history`)]);
  return html`<p><a href="#/portals/${portalId}">${t('back', { name: review.portal.city })}</a></p>
    <h1 tabindex="-1">${t('historyOf', { city: review.portal.city })}</h1>
    <p><a href="/api/portals/${portalId}/history?format=csv" download>${t('exportHistoryCsv')}</a> ·
      <a href="/api/portals/${portalId}/history?format=json" download="portal-${portalId}-history.json">${t('exportHistoryJson')}</a></p>
    <div class="scroll"><table>
      <caption class="visually-hidden">${t('history')}</caption>
      <thead><tr>${(['when', 'who', 'action', 'indicator', 'before', 'after', 'reason'] as const).map((key) => html`<th scope="col">${t(key)}</th>`)}</tr></thead>
      <tbody>${entries.map((entry) => html`<tr>
        <td><time datetime=${entry.at}>${formatDate(entry.at)}</time></td><td>${entry.actor ?? '—'}</td><td>${entry.action}</td>
        ${entry.withheld
          ? html`<td colspan="3" class="muted">${t('withheld')}</td>`
          : html`<td>${entry.indicator ?? '—'}</td><td><code class="json">${showValue(entry.before)}</code></td><td><code class="json">${showValue(entry.after)}</code></td>`}
        <td>${entry.reason ?? ''}</td></tr>`)}</tbody>
    </table></div>`;
}

async function resultsScreen(projectId: number): Promise<TemplateResult> {
  const [project, results] = await Promise.all([
    api<Project>('GET', `/api/projects/${projectId}`),
    api<{ portalId: number; city: string; assessment: Assessment }[]>('GET', `/api/projects/${projectId}/results`),
  ]);
  return html`<p><a href="#/projects/${projectId}">${t('back', { name: project.name })}</a></p>
    <h1 tabindex="-1">${t('results')}: ${project.name}</h1>
    <p><a href="/api/projects/${projectId}/results?format=json" download="project-${projectId}-results.json">${t('exportJson')}</a> ·
      <a href="/api/projects/${projectId}/results?format=csv" download>${t('exportCsv')}</a> ·
      <a href="/api/projects/${projectId}/results?format=answers-csv" download>${t('exportAnswersCsv')}</a></p>
    ${results.length === 0
      ? html`<p>${t('noResults')}</p>`
      : results.map((entry) => html`<section class="card" aria-labelledby="result-${entry.portalId}">
          <h2 id="result-${entry.portalId}">${entry.city}</h2>
          ${adaptedNote(project)}
          <losi-report heading-level="3" .assessment=${entry.assessment} .indicatorSet=${project.indicatorSet ?? undefined} theme=${widgetTheme() ?? nothing}></losi-report></section>`)}`;
}

/** The study statistics: agreement per assessor pair, indicator, criterion and portal, as tables. */
async function statisticsScreen(projectId: number): Promise<TemplateResult> {
  const [project, figures, locale] = await Promise.all([
    api<Project>('GET', `/api/projects/${projectId}`),
    api<Statistics>('GET', `/api/projects/${projectId}/statistics`),
    loadLocale(currentLanguage()),
  ]);
  // With an indicator set: its ids, titles and groups (the set's own words are English); its official indicators
  // keep their translated titles.
  const set = project.indicatorSet;
  const title = (entry: IndicatorFigures) => {
    const own = set?.indicators.find((indicator) => indicator.id === entry.indicator);
    if (own?.title !== undefined) return html`<span lang="en">${own.title}</span>`;
    const text = indicatorText(locale, own?.official?.id ?? entry.indicator, entry.edition);
    // A title the locale lacks is English: say so, for screen readers.
    return html`<span lang=${text?.untranslated.includes('title') ? 'en' : nothing}>${text?.title ?? entry.indicator}</span>`;
  };
  const criterion = (id: string) => {
    const group = set?.groups.find((item) => item.id === id);
    if (group && group.criterion === null) return html`<span lang="en">${group.name}</span>`;
    return (locale.criteria as Record<string, string>)[group?.criterion ?? id] ?? id;
  };
  const numeric = (value: string | number) => html`<td class="number">${value}</td>`;
  return html`<p><a href="#/projects/${projectId}">${t('back', { name: project.name })}</a></p>
    <h1 tabindex="-1">${t('statisticsOf', { name: project.name })}</h1>
    <p>${t('statisticsIntro', { included: figures.included, pending: figures.pending })}</p>
    <p><a href="/api/projects/${projectId}/statistics" download="project-${projectId}-statistics.json">${t('exportStatisticsJson')}</a></p>
    ${figures.included === 0
      ? html`<p class="notice">${t('statisticsNone')}</p>`
      : html`<p>${t('statisticsOverall', { rate: formatPercent(figures.agreementRate), compared: figures.compared, count: figures.toReconcile, threshold: formatPercent(figures.maxDisagreement) })}</p>
        <h2 id="pairs-heading">${t('pairsHeading')}</h2>
        <div class="scroll" role="region" tabindex="0" aria-labelledby="pairs-heading"><table aria-labelledby="pairs-heading" id="pairs">
          <thead><tr>${(['pair', 'portalsCount', 'compared', 'agreed', 'agreementRate', 'kappa'] as const).map((key) => html`<th scope="col">${t(key)}</th>`)}</tr></thead>
          <tbody>${figures.pairs.map((pair) => html`<tr><th scope="row">${pair.assessors.join(' – ')}</th>${numeric(pair.portals)}${numeric(pair.compared)}${numeric(pair.agreed)}${numeric(formatPercent(pair.agreementRate))}${numeric(formatNumber(pair.kappa))}</tr>`)}</tbody>
        </table></div>
        <h2 id="indicators-heading">${t('indicatorsHeading')}</h2>
        <div class="scroll" role="region" tabindex="0" aria-labelledby="indicators-heading"><table aria-labelledby="indicators-heading" id="indicators">
          <thead><tr>${(['indicator', 'criterion', 'portalsCount', 'disagreed', 'disagreementRate'] as const).map((key) => html`<th scope="col">${t(key)}</th>`)}</tr></thead>
          <tbody>${figures.indicators.map((entry) => html`<tr data-indicator=${entry.indicator}><th scope="row">${title(entry)} <code dir="ltr">${entry.indicator}</code></th><td>${criterion(entry.criterion)}</td>${numeric(entry.compared)}${numeric(entry.disagreed)}${numeric(formatPercent(entry.disagreementRate))}</tr>`)}</tbody>
        </table></div>
        <h2 id="criteria-heading">${t('criteriaHeading')}</h2>
        <div class="scroll" role="region" tabindex="0" aria-labelledby="criteria-heading"><table aria-labelledby="criteria-heading">
          <thead><tr>${(['criterion', 'compared', 'agreed', 'agreementRate'] as const).map((key) => html`<th scope="col">${t(key)}</th>`)}</tr></thead>
          <tbody>${figures.criteria.map((entry) => html`<tr><th scope="row">${criterion(entry.criterion)}</th>${numeric(entry.compared)}${numeric(entry.agreed)}${numeric(formatPercent(entry.agreementRate))}</tr>`)}</tbody>
        </table></div>
        <h2 id="portals-heading">${t('portalsHeading')}</h2>
        <div class="scroll" role="region" tabindex="0" aria-labelledby="portals-heading"><table aria-labelledby="portals-heading">
          <thead><tr>${(['city', 'status', 'assessors', 'compared', 'agreementRate', 'kappa', 'needsReconciliationShort'] as const).map((key) => html`<th scope="col">${t(key)}</th>`)}</tr></thead>
          <tbody>${figures.portals.map((portal) => html`<tr><th scope="row"><a href="#/portals/${portal.portalId}">${portal.city}</a></th><td>${statusLabel(portal.status)}</td><td>${portal.assessors.join(', ')}</td>${numeric(portal.compared)}${numeric(formatPercent(portal.agreementRate))}${numeric(formatNumber(portal.kappa))}<td>${portal.needsReconciliation ? t('yes') : t('no')}</td></tr>`)}</tbody>
        </table></div>`}`;
}

// ---- router ----

async function route(): Promise<void> {
  applyPreferences();
  const path = location.hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter(Boolean);
  renderBar();
  try {
    if (parts[0] === 'setup' && parts[1]) return show(setupScreen(parts[1]));
    if (!user) return show(loginScreen());
    renderBar();
    if (parts.length === 0) return show(await projectsScreen());
    if (parts[0] === 'users') return show(await usersScreen());
    const id = Number(parts[1]);
    if (parts[0] === 'projects' && parts[2] === 'results') return show(await resultsScreen(id));
    if (parts[0] === 'projects' && parts[2] === 'statistics') return show(await statisticsScreen(id));
    if (parts[0] === 'projects') return show(await projectScreen(id));
    if (parts[0] === 'portals' && parts[2] === 'history') return show(await historyScreen(id));
    if (parts[0] === 'portals') return show(await portalScreen(id));
    show(html`<h1 tabindex="-1">${t('notFound')}</h1>`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      user = null;
      return show(loginScreen());
    }
    show(html`<h1 tabindex="-1">${t('brand')}</h1>${errorBox(error)}`);
  }
}

applyPreferences();
// lit-html renders beside what is there: drop the static "Loading" text first.
main.replaceChildren();
const session = await loadSession();
user = session.user;
if (!user && session.needsSetup && !location.hash.startsWith('#/setup/')) location.hash = '#/login';
window.addEventListener('hashchange', () => void route());
await route();
