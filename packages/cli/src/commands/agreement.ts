import type { CliContext } from '../context.js';
import { ExitCode, inputError, type ExitCodeValue } from '../exit-codes.js';
import { agreementToCsv, agreementToJson, agreementToTable, percent, type AgreementRun } from '../agreement/formats.js';
import { loadPortals } from '../agreement/load-portals.js';
import { writeOutput } from '../io/output.js';
import { plainColors } from '../io/terminal.js';
import type { AgreementCommandOptions } from '../program.js';
import { reportProblems } from '../report-problems.js';
import { resolveOutputFormat } from '../io/output-format.js';
import { AGREEMENT_EXTENSIONS } from '../options.js';
import { terminalText } from '../io/terminal-text.js';
import { loadSetOption, setIds } from '../set-results.js';

/**
 * `losi agreement <files or folders...>`: how far blind assessments of the same portals agree. One portal: the
 * figures, per criterion and every disagreement; several (a study folder): one line per portal, then per indicator,
 * assessor pair and criterion. Exit code 1 when some portal is above the threshold or some input is invalid.
 * With `--indicator-set`, the assessments answer by the set's ids and are compared by it (its groups, its values).
 */
export async function runAgreement(context: CliContext, inputs: readonly string[], options: AgreementCommandOptions): Promise<ExitCodeValue> {
  const format = resolveOutputFormat('losi agreement', options.out, options.format, AGREEMENT_EXTENSIONS, context.stdout.isTTY === true && (options.out === undefined || options.out === '-') ? 'table' : 'json');
  const { studyAgreement } = await import('@losi/scoring/agreement');
  const set = await loadSetOption(context, options);
  const { portals, problems } = await loadPortals(context, inputs, {
    ...(options.assessors ? { labels: options.assessors } : {}),
    ...(options.edition ? { edition: options.edition } : {}),
    ...(set ? { indicatorSet: setIds(set) } : {}),
  });
  reportProblems(context, problems);
  if (portals.length === 0) {
    throw inputError(`nothing to compare: ${problems.length > 0 ? 'see the problems above' : 'the inputs hold no assessment'}. Give two or more assessments of the same portal and edition; nothing was written.`);
  }
  const maxDisagreement = options.maxDisagreement ?? 0.05;
  const study = studyAgreement(
    portals.map((group) => group.assessments.map((item) => ({ assessor: item.assessor, assessment: item.assessment }))),
    { maxDisagreement, evidence: options.evidence !== false, ...(set ? { indicatorSet: set } : {}) },
  );
  const run: AgreementRun = { study, groups: portals, maxDisagreement, problems, ...(set ? { set } : {}) };
  const content =
    format === 'csv' ? agreementToCsv(run) : format === 'json' ? agreementToJson(run) : await agreementToTable(run, options.out ? plainColors : context.colors.stdout);
  await writeOutput(context, options.out, content);
  if (study.toReconcile > 0) {
    const names = study.portals.filter((portal) => portal.needsReconciliation).map((portal) => terminalText(portal.agreement.city.name));
    const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
    context.warn(context.colors.stderr.yellow(`${study.toReconcile} of ${study.portals.length} portal${study.portals.length === 1 ? '' : 's'} above the ${percent(maxDisagreement)} disagreement threshold (${shown}): reconcile with "losi reconcile … --template".`));
  }
  return study.toReconcile > 0 || problems.length > 0 ? ExitCode.invalid : ExitCode.ok;
}
