/** Errors the API answers with: an HTTP status, a stable code and a message that says what is wrong and where. */
export class StudioError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'StudioError';
  }
}

export const badRequest = (message: string, details?: unknown) => new StudioError(400, 'bad-request', message, details);
export const unauthenticated = () => new StudioError(401, 'unauthenticated', 'Sign in first.');
export const forbidden = (message: string) => new StudioError(403, 'forbidden', message);
export const notFound = (what: string) => new StudioError(404, 'not-found', `${what} does not exist.`);
export const conflict = (message: string, details?: unknown) => new StudioError(409, 'conflict', message, details);
