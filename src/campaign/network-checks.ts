// Validation of the campaign's networks other than X (see network-schema.ts), beyond what the schema says:
// per-network templates parse and name existing asks, and no two targets share a handle on one network.
import { NETWORKS } from '../networks/index.js';
import { OTHER_NETWORKS } from './network-schema.js';
import type { CampaignFile, Target } from './model.js';
import { parseTemplate, TemplateSyntaxError } from './template.js';
import { quote } from '../ui/quote.js';
import type { ProblemReport } from './validate-objects.js';
import { unknownAskMessages } from './unknown-name.js';
import { repeats } from './repeats.js';

/** campaign.json's `networks.<network>.templates`: each names an ask of `asks` and parses. */
export function networkTemplateChecks(campaign: CampaignFile, report: ProblemReport): void {
  const unknownAskMessage = unknownAskMessages(Object.keys(campaign.asks));
  for (const network of OTHER_NETWORKS) {
    for (const [askId, templates] of Object.entries(campaign.networks?.[network]?.templates ?? {})) {
      const at = ['networks', network, 'templates', askId];
      if (!Object.hasOwn(campaign.asks, askId)) {
        report.problems.push({ severity: 'error', rule: 'unknown-ask', at, message: unknownAskMessage(askId) });
        continue;
      }
      if (templates.length === 0 && campaign.asks[askId]!.templates.length > 0) {
        report.problems.push({
          severity: 'error',
          rule: 'ask-without-templates',
          at,
          message: `no templates for ${quote(askId)} on ${NETWORKS[network].name}: leave the ask out to use its shared templates`,
        });
      }
      templates.forEach((template, i) => {
        try {
          parseTemplate(template);
        } catch (e) {
          if (!(e instanceof TemplateSyntaxError)) throw e;
          report.problems.push({ severity: 'error', rule: 'template', at: [...at, i], message: e.message });
        }
      });
    }
  }
}

/** targets.json's `handles`: no two targets with the same handle on one network (compared normalised). */
export function networkHandleChecks(targets: Target[], report: ProblemReport): void {
  for (const network of OTHER_NETWORKS) {
    const n = NETWORKS[network];
    const handleOf = (t: Target | undefined) => t?.handles?.[network]?.handle;
    if (!targets.some((t) => handleOf(t) !== undefined)) continue;
    const keys = targets.map((t) => {
      const handle = handleOf(t);
      return handle === undefined ? undefined : n.normalizeHandle(handle);
    });
    for (const { index: i, first } of repeats(keys)) {
      const message = `${quote(n.mention(handleOf(targets[i])!))} is also the ${n.name} handle of $.targets[${first}] (handles are not case-sensitive)`;
      report.problems.push({
        severity: 'error',
        rule: 'duplicate-handle',
        at: ['targets', i, 'handles', network, 'handle'],
        message,
      });
    }
  }
}
