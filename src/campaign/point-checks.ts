import type { Point } from './model.js';
import { placeholdersIn } from './template.js';
import type { ProblemReport } from './validate-objects.js';

/**
 * No placeholder in a point's text or short form: a point is not a template, so `{mention}` there would be
 * posted as written. An error under the rule `placeholder-in-point`, at the field.
 */
export function placeholderChecks(points: readonly Point[], report: ProblemReport): void {
  points.forEach((p, i) => {
    for (const field of ['text', 'short'] as const) {
      const found = placeholdersIn(p[field]);
      if (found.length) {
        report.problems.push({
          severity: 'error',
          rule: 'placeholder-in-point',
          at: ['points', i, field],
          message: `${found.join(', ')} would be posted as written: placeholders work in templates only; write the words instead`,
        });
      }
    }
  });
}
