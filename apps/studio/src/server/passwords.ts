/** Passwords hashed with Argon2id (memory-hard), through @node-rs/argon2's prebuilt binding. */
import { hash, verify } from '@node-rs/argon2';
import { badRequest } from './errors.js';

export const MIN_PASSWORD_LENGTH = 12;

/** @throws StudioError 400 for a password shorter than 12 characters or longer than 1000. */
export async function hashPassword(password: string): Promise<string> {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
    throw badRequest(`password: at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  if (password.length > 1000) throw badRequest('password: at most 1000 characters.');
  // OWASP's Argon2id minimum: 19 MiB, 2 passes, 1 lane.
  return hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
