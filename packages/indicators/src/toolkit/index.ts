/**
 * @losi/indicators/toolkit: the Local E-Government Toolkit beyond Module 4, as typed data with sources and a status
 * on every fact (known, inferred, modelled, not on file): Module 3, the LGQ as a questionnaire model, and the
 * compendium of best practices as records; with the case-submission format.
 */
export type {
  CaseStatus,
  CompendiumRecord,
  LgqModel,
  LgqQuestion,
  LgqSection,
  Sourced,
  ToolkitCondition,
  ToolkitModule3,
  ToolkitSection,
  ToolkitStatus,
} from './types.js';
export { TOOLKIT_MODULE_3 } from './module3.js';
export { LGQ_MODEL } from './lgq.js';
export { compendium } from './compendium.js';
export * from '../case-submission/index.js';
