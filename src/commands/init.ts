import { EXAMPLE_CAMPAIGN, EXAMPLE_POINTS, EXAMPLE_TARGETS } from '../campaign/example.js';
import { CAMPAIGN_FILES } from '../campaign/model.js';
import { SCHEMAS_SUBDIR, writeCampaignFiles } from '../campaign/write-campaign.js';
import { ExitCode } from '../exit-codes.js';
import { shellQuote, type Io } from '../ui/io.js';

export interface InitOptions {
  dir: string;
  force?: boolean;
}

/** `pledge init <dir>`: a working example campaign that passes `pledge check` and drafts at once. */
export async function run(options: InitOptions, io: Io): Promise<ExitCode> {
  const { dir } = options;
  const { replaced } = await writeCampaignFiles(
    dir,
    { campaign: EXAMPLE_CAMPAIGN, targets: EXAMPLE_TARGETS, points: EXAMPLE_POINTS },
    options,
  );
  const c = io.colors;
  const q = shellQuote(dir);
  io.out(`${c.ok('✓')} ${replaced ? 'Replaced' : 'Created'} an example campaign in ${dir}: ${Object.values(CAMPAIGN_FILES).join(', ')} (and their JSON Schemas in ${SCHEMAS_SUBDIR}/)

Next steps:
  1. Edit the three files: your campaign's name and hashtags (campaign.json), the organisations and their
     handles (targets.json), what to say (points.json). Editors that read "$schema" check them as you type.
  2. ${c.strong(`pledge check --campaign ${q}`)}     every problem, with file and line
  3. ${c.strong(`pledge draft --campaign ${q}`)}     the first drafts
`);
  return ExitCode.Ok;
}
