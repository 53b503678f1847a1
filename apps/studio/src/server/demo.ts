/**
 * The demo study (`--demo` on an empty database): one account per role with a random password, a project of the
 * 2024 edition, the fictional portals of samples/portals.csv, each assigned to the two demo assessors. Everything
 * goes through the same functions as the API, so it is logged in the history like any change.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Database } from './db.js';
import { createProject } from './projects.js';
import { assignAssessors, importPortals } from './portals.js';
import { createFirstAdministrator, createUser } from './users.js';
import type { Role } from './roles.js';

export interface DemoAccount {
  readonly email: string;
  readonly password: string;
  readonly role: Role;
}

const SAMPLE_PORTALS = new URL('../../samples/portals.csv', import.meta.url);

export async function createDemoStudy(db: Database): Promise<DemoAccount[]> {
  const password = () => randomBytes(12).toString('base64url');
  const accounts: DemoAccount[] = [
    { email: 'admin@demo.test', password: password(), role: 'administrator' },
    { email: 'assessor1@demo.test', password: password(), role: 'assessor' },
    { email: 'assessor2@demo.test', password: password(), role: 'assessor' },
    { email: 'reviewer@demo.test', password: password(), role: 'reviewer' },
    { email: 'senior@demo.test', password: password(), role: 'senior-reviewer' },
  ];
  const names: Record<Role, string> = { administrator: 'Demo Administrator', assessor: 'Demo Assessor', reviewer: 'Demo Reviewer', 'senior-reviewer': 'Demo Senior Reviewer' };
  const admin = await createFirstAdministrator(db, { email: accounts[0]!.email, name: names.administrator, password: accounts[0]!.password });
  const assessorIds: number[] = [];
  for (const [index, account] of accounts.slice(1).entries()) {
    const name = account.role === 'assessor' ? `${names.assessor} ${index + 1}` : names[account.role];
    const user = await createUser(db, admin, { email: account.email, name, role: account.role, password: account.password });
    if (account.role === 'assessor') assessorIds.push(user.id);
  }
  const project = await createProject(db, admin, { name: 'Demo study (fictional portals)', edition: '2024' });
  const { imported, problems } = await importPortals(db, admin, project.id, readFileSync(SAMPLE_PORTALS, 'utf8'));
  if (problems.length > 0) throw new Error(`samples/portals.csv: ${JSON.stringify(problems)}`);
  for (const portal of imported) await assignAssessors(db, admin, portal.id, { assessorIds, version: portal.version });
  return accounts;
}
