/** Users, sign-in and sessions. */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Database, Queryable } from './db.js';
import { conflict } from './errors.js';
import { appendHistory } from './history.js';
import { parseInput } from './input.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { ROLES, requirePermission, type Actor, type Role } from './roles.js';

export const SESSION_DAYS = 7;

export const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  password: z.string().min(12).max(1000),
});
export type NewUser = z.infer<typeof newUserSchema>;

interface UserRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  active: boolean;
}

const toActor = (row: Pick<UserRow, 'id' | 'email' | 'name' | 'role'>): Actor => ({ id: row.id, email: row.email, name: row.name, role: row.role });

export async function countUsers(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM users');
  return rows[0]!.count;
}

async function insertUser(tx: Queryable, input: NewUser, actorId: number | null): Promise<Actor> {
  const passwordHash = await hashPassword(input.password);
  const existing = await tx.query('SELECT 1 FROM users WHERE email = $1', [input.email]);
  if (existing.rows.length > 0) throw conflict(`email: a user with ${input.email} exists already.`);
  const { rows } = await tx.query<UserRow>(
    'INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id, email, name, role',
    [input.email, input.name, input.role, passwordHash],
  );
  const user = toActor(rows[0]!);
  await appendHistory(tx, [{ actorId: actorId ?? user.id, action: 'user-created', after: { id: user.id, email: user.email, name: user.name, role: user.role } }]);
  return user;
}

/** An administrator creates a user. */
export async function createUser(db: Database, actor: Actor, body: unknown): Promise<Actor> {
  requirePermission(actor, 'manageUsers');
  const input = parseInput(newUserSchema, body);
  return db.transaction((tx) => insertUser(tx, input, actor.id));
}

/**
 * The first administrator, while there is no user at all (the bootstrap of a new installation).
 * @throws StudioError 409 once any user exists.
 */
export async function createFirstAdministrator(db: Database, body: unknown): Promise<Actor> {
  const input = parseInput(newUserSchema.omit({ role: true }), body);
  return db.transaction(async (tx) => {
    // Serialises two concurrent bootstraps: the second waits, then sees the first user.
    await tx.query('LOCK TABLE users IN EXCLUSIVE MODE');
    if ((await countUsers(tx)) > 0) throw conflict('The first administrator exists already: sign in.');
    return insertUser(tx, { ...input, role: 'administrator' }, null);
  });
}

export async function listUsers(db: Queryable, actor: Actor): Promise<(Actor & { active: boolean })[]> {
  // Administrators manage users; reviewers need names to read assignments, so they list too, without emails.
  if (actor.role === 'assessor') requirePermission(actor, 'manageUsers');
  const { rows } = await db.query<UserRow>('SELECT id, email, name, role, active FROM users ORDER BY name, id');
  return rows.map((row) => ({ ...toActor(row), email: actor.role === 'administrator' ? row.email : '', active: row.active }));
}

/** The user with this email and password, or undefined (same answer for an unknown email and a wrong password). */
export async function authenticate(db: Queryable, email: string, password: string): Promise<Actor | undefined> {
  const { rows } = await db.query<UserRow>('SELECT id, email, name, role, password_hash, active FROM users WHERE email = $1', [
    email.trim().toLowerCase(),
  ]);
  const row = rows[0];
  if (!row || !row.active) {
    // Spend the same time as a real check, so timing does not tell which emails exist.
    await verifyPassword(DUMMY_HASH, password);
    return undefined;
  }
  return (await verifyPassword(row.password_hash, password)) ? toActor(row) : undefined;
}

const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$Uv7yP000soB7jvjkzoy4Ug$XwuVJ8RjiAKJPR1aVnQBh2oqX6oniE9ODi/0mEl5WIA';

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Queryable, userId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query(`INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '${SESSION_DAYS} days')`, [
    tokenHash(token),
    userId,
  ]);
  return token;
}

export async function sessionActor(db: Queryable, token: string): Promise<Actor | undefined> {
  const { rows } = await db.query<UserRow>(
    `SELECT u.id, u.email, u.name, u.role FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active`,
    [tokenHash(token)],
  );
  return rows[0] ? toActor(rows[0]) : undefined;
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash(token)]);
}
