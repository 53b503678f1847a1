/** @losi/audit: checks a city portal in headless Chromium and proposes LOSI answers with evidence. */
export type * from './artifacts/types.js';
export type { Check, CheckResult } from './checks/check.js';
