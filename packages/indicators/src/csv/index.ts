/**
 * @losi/indicators/csv: assessments as CSV, one row per city, for spreadsheets. Reading never throws and reports
 * every problem by row and column; writing and reading back is lossless. No zod.
 */
export { AssessmentsCsvReader, parseAssessmentsCsv, type CsvParseOptions, type CsvParseResult, type CsvParseStep, type CsvProblem } from './parse.js';
export { assessmentsToCsv, type CsvWriteOptions } from './write.js';
export type { CsvDelimiter } from './records.js';
export { headerColumnName, labelledHeader, META_COLUMNS, HEADER_LABEL_SEPARATOR, type MetaColumn } from './columns.js';
export { csvCell, neutralizeFormula, restoreCsvCell } from './cell.js';
export { decodeText, invalidUtf8Offset, TextChunkDecoder, type DecodedText } from '../text/decode.js';
export { PROBLEM_LIMIT, TEXT_LIMITS } from '../schema/rules.js';
