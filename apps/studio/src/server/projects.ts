/** Projects: a study of one LOSI edition with its rules (assessors per portal, disagreement threshold, evidence rule). */
import { z } from 'zod';
import type { EditionId } from '@losi/indicators';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import type { Database, Queryable } from './db.js';
import { notFound, forbidden } from './errors.js';
import { appendHistory } from './history.js';
import { parseInput } from './input.js';
import { can, requirePermission, type Actor } from './roles.js';

export const newProjectSchema = z.object({
  name: z.string().trim().min(1).max(200),
  edition: z.enum(['2024', '2022']).default('2024'),
  assessorsPerPortal: z.number().int().min(2).max(10).default(2),
  /** A share from 0 to 1: 0.05 is 5 %. */
  maxDisagreement: z.number().min(0).max(1).default(0.05),
  evidenceRequired: z.boolean().default(true),
  /** Whether assessors see the proposals of an attached audit report in their questionnaire. */
  auditProposals: z.boolean().default(false),
});

/** What an administrator may change in a running project. */
export const projectChangeSchema = z.object({ auditProposals: z.boolean() });

export interface Project {
  readonly id: number;
  readonly name: string;
  readonly edition: EditionId;
  readonly assessorsPerPortal: number;
  readonly maxDisagreement: number;
  readonly evidenceRequired: boolean;
  readonly auditProposals: boolean;
  /** The country's indicator set the project answers (see indicator-set.ts), or null for the edition's own. */
  readonly indicatorSet: IndicatorSet | null;
  readonly createdAt: string;
}

interface ProjectRow {
  id: number;
  name: string;
  edition: EditionId;
  assessors_per_portal: number;
  max_disagreement: number;
  evidence_required: boolean;
  audit_proposals: boolean;
  indicator_set: IndicatorSet | null;
  created_at: Date;
}

const COLUMNS = 'p.id, p.name, p.edition, p.assessors_per_portal, p.max_disagreement, p.evidence_required, p.audit_proposals, p.indicator_set, p.created_at';

const toProject = (row: ProjectRow): Project => ({
  id: row.id,
  name: row.name,
  edition: row.edition,
  assessorsPerPortal: row.assessors_per_portal,
  maxDisagreement: Number(row.max_disagreement),
  evidenceRequired: row.evidence_required,
  auditProposals: row.audit_proposals,
  indicatorSet: row.indicator_set,
  createdAt: new Date(row.created_at).toISOString(),
});

export async function createProject(db: Database, actor: Actor, body: unknown): Promise<Project> {
  requirePermission(actor, 'manageProjects');
  const input = parseInput(newProjectSchema, body);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<ProjectRow>(
      `INSERT INTO projects AS p (name, edition, assessors_per_portal, max_disagreement, evidence_required, audit_proposals, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [input.name, input.edition, input.assessorsPerPortal, input.maxDisagreement, input.evidenceRequired, input.auditProposals, actor.id],
    );
    const project = toProject(rows[0]!);
    await appendHistory(tx, [{ actorId: actor.id, projectId: project.id, action: 'project-created', after: input }]);
    return project;
  });
}

/** Switches whether the project's assessors see audit proposals; logged with before and after. */
export async function changeProject(db: Database, actor: Actor, projectId: number, body: unknown): Promise<Project> {
  requirePermission(actor, 'manageProjects');
  const input = parseInput(projectChangeSchema, body);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<ProjectRow>(`SELECT ${COLUMNS} FROM projects p WHERE p.id = $1 FOR UPDATE`, [projectId]);
    if (!rows[0]) throw notFound(`Project ${projectId}`);
    const before = toProject(rows[0]);
    if (before.auditProposals === input.auditProposals) return before;
    const updated = await tx.query<ProjectRow>(`UPDATE projects AS p SET audit_proposals = $2 WHERE p.id = $1 RETURNING ${COLUMNS}`, [projectId, input.auditProposals]);
    await appendHistory(tx, [
      { actorId: actor.id, projectId, action: 'project-changed', indicator: null, before: { auditProposals: before.auditProposals }, after: { auditProposals: input.auditProposals } },
    ]);
    return toProject(updated.rows[0]!);
  });
}

/** Staff see every project; an assessor sees the projects where they are assigned to at least one portal. */
export async function listProjects(db: Queryable, actor: Actor): Promise<Project[]> {
  const { rows } = can(actor, 'seeAllProjects')
    ? await db.query<ProjectRow>(`SELECT ${COLUMNS} FROM projects p ORDER BY p.id`)
    : await db.query<ProjectRow>(
        `SELECT ${COLUMNS} FROM projects p WHERE EXISTS (
           SELECT 1 FROM portals po JOIN assignments a ON a.portal_id = po.id WHERE po.project_id = p.id AND a.assessor_id = $1)
         ORDER BY p.id`,
        [actor.id],
      );
  return rows.map(toProject);
}

/**
 * The project, when `actor` may see it.
 * @throws StudioError 404 for a project that does not exist, 403 for an assessor not assigned in it.
 */
export async function getProject(db: Queryable, actor: Actor, projectId: number): Promise<Project> {
  const { rows } = await db.query<ProjectRow>(`SELECT ${COLUMNS} FROM projects p WHERE p.id = $1`, [projectId]);
  const row = rows[0];
  if (!row) throw notFound(`Project ${projectId}`);
  if (!can(actor, 'seeAllProjects')) {
    const assigned = await db.query(
      'SELECT 1 FROM portals po JOIN assignments a ON a.portal_id = po.id WHERE po.project_id = $1 AND a.assessor_id = $2 LIMIT 1',
      [projectId, actor.id],
    );
    if (assigned.rows.length === 0) throw forbidden('You are not assigned to any portal of this project.');
  }
  return toProject(row);
}
