/** The studio's API from the page: JSON over fetch with the session cookie and the CSRF token on every change. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

let csrfToken: string | undefined;

export interface SessionUser {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly role: 'administrator' | 'assessor' | 'reviewer' | 'senior-reviewer';
}

export async function loadSession(): Promise<{ user: SessionUser | null; needsSetup: boolean }> {
  const session = await api<{ user: SessionUser | null; csrfToken: string; needsSetup: boolean }>('GET', '/api/session');
  csrfToken = session.csrfToken;
  return session;
}

export async function api<T = any>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, contentType = 'application/json'): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let payload: string | undefined;
  if (body !== undefined) {
    headers['content-type'] = contentType;
    payload = typeof body === 'string' ? body : JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'offline', 'The studio cannot be reached (network or server down).');
  }
  const text = await response.text();
  const data = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (!response.ok && !(response.status === 422 && 'problems' in data)) {
    throw new ApiError(response.status, String(data['error'] ?? 'error'), String(data['message'] ?? response.statusText), data['details']);
  }
  return data as T;
}
