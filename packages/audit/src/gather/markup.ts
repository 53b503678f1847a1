/** The markup artifact: the home page's HTML as served, checked by html-validate's standards-conformance preset. */
import { HtmlValidate } from 'html-validate';
import type { MarkupArtifact } from '../artifacts/types.js';

const MAX_ERRORS = 200;
let validator: HtmlValidate | undefined;

export const MARKUP_VALIDATOR = 'html-validate';

export async function gatherMarkup(html: string, version: string): Promise<MarkupArtifact> {
  validator ??= new HtmlValidate({ extends: ['html-validate:standard'] });
  const report = await validator.validateString(html, 'home.html');
  const messages = report.results.flatMap((result) => result.messages);
  return {
    validator: `${MARKUP_VALIDATOR} ${version} (html-validate:standard)`,
    errors: messages
      .filter((message) => message.severity === 2)
      .slice(0, MAX_ERRORS)
      .map((message) => ({
        rule: message.ruleId,
        message: message.message.slice(0, 500),
        line: message.line,
        column: message.column,
        ...(message.selector ? { selector: message.selector.slice(0, 500) } : {}),
      })),
    warnings: messages.filter((message) => message.severity === 1).length,
  };
}
