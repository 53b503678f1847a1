import { version } from '../package.json';

/** The version of this engine, recorded in every result (`engineVersion`). */
export const ENGINE_VERSION: string = version;

/** The version of the result format; bumped when a field changes meaning or disappears. */
export const RESULT_VERSION = 1;
