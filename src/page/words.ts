// The action page's words that both the export (src/export/html.ts) and the page's script write.
import type { Unfit } from '../core/drafting.js';
import { NETWORKS, type NetworkId } from '../networks/index.js';
import { unfitReason } from '../render/unfit-reason.js';

/** Where a Mastodon post has no link (no instance given at export): the visitor copies it instead. */
export const NO_INSTANCE_ON_PAGE =
  'Copy this post and paste it into your Mastodon app (Mastodon has no central site to link to).';

/** A post's label around the organisation's name: `Your post to ` NAME ` on X (@handle)`. */
export const postLabel = {
  before: 'Your post to ',
  after: (network: string, mention?: string) => ` on ${network}${mention ? ` (${mention})` : ''}`,
};

/** The visible words of a network's post button: `Post on X`. */
export const sendLabel = (network: NetworkId) => `Post on ${NETWORKS[network].name}`;

/** Why a target has no post on a network, for the page's visitors. */
export const unfitOnPage = (u: Unfit) => `No post fits here: ${unfitReason(u).replace(/^nothing fits: /, '')}.`;
