// The part of react-dom/client the tests use (@types/react-dom is not installed; react-dom is only a test dependency here).
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';
  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }
  export function createRoot(container: Element): Root;
}
