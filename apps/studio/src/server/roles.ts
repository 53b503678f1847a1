/**
 * Who may do what. Every route calls one of these with the signed-in user before touching anything; the page only
 * hides what these refuse, it never decides.
 */
import { forbidden } from './errors.js';

export const ROLES = ['administrator', 'assessor', 'reviewer', 'senior-reviewer'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
}

export type PortalStatus = 'assessing' | 'submitted' | 'compared' | 'reconciling' | 'reviewed' | 'signed-off' | 'published';

const isStaff = (role: Role) => role !== 'assessor';
const isReviewer = (role: Role) => role === 'reviewer' || role === 'senior-reviewer';

/** The permissions, each with the sentence a refused request gets. */
const RULES = {
  manageUsers: { allows: (role: Role) => role === 'administrator', refusal: 'Only an administrator manages users.' },
  manageProjects: { allows: (role: Role) => role === 'administrator', refusal: 'Only an administrator creates projects, imports portals and assigns assessors.' },
  seeAllProjects: { allows: isStaff, refusal: 'Assessors see only the projects they are assigned to.' },
  assess: { allows: (role: Role) => role === 'assessor', refusal: 'Only an assessor assigned to this portal answers its questionnaire.' },
  compare: { allows: isReviewer, refusal: 'Only a reviewer or a senior reviewer compares and reconciles.' },
  signOff: { allows: (role: Role) => role === 'senior-reviewer', refusal: 'Only a senior reviewer signs off.' },
  publish: { allows: (role: Role) => role === 'administrator', refusal: 'Only an administrator publishes.' },
  readHistory: { allows: (_role: Role) => true, refusal: '' },
} as const;

export type Permission = keyof typeof RULES;

export function can(actor: Actor, permission: Permission): boolean {
  return RULES[permission].allows(actor.role);
}

/** @throws StudioError 403 with the rule's sentence when `actor` lacks `permission`. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden(RULES[permission].refusal);
}

/**
 * Who may reopen a portal in `status`: reviewers what they reviewed, a senior reviewer what was signed off, an
 * administrator anything, published results included.
 */
export function mayReopen(actor: Actor, status: PortalStatus): boolean {
  if (status === 'assessing') return false;
  if (actor.role === 'administrator') return true;
  if (actor.role === 'senior-reviewer') return status !== 'published';
  if (actor.role === 'reviewer') return status === 'submitted' || status === 'compared' || status === 'reconciling' || status === 'reviewed';
  return false;
}
