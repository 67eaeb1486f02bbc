// Pins the library's public surface (src/index.ts): its names at run time, and the signatures at compile time
// (`npm test` type-checks this file; a changed signature fails it). Change these only on purpose (semver).
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as pledge from '../../src/index.js';
import type { Campaign, CampaignObjects, CheckCampaignOptions, HandlesReport, HandleStatus, ResolverContext, Endpoints, CountedCharacter, CountedLink, Draft, DraftOutcome, DraftRun, DraftSelection, NetworkId, PostCount, Problem, TweetCount } from '../../src/index.js';

describe('the public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(pledge).sort()).toEqual([
      'CampaignError',
      'DEFAULT_INTENT_URL',
      'MAX_WEIGHTED_LENGTH',
      'NETWORKS',
      'NETWORK_IDS',
      'PledgeError',
      'checkCampaign',
      'checkHandles',
      'countTweet',
      'draftAll',
      'draftEach',
      'endpointsFromEnv',
      'intentUrl',
      'isNetworkId',
      'loadCampaign',
      'networkContext',
      'parseCampaign',
    ]);
  });

  it('keeps its signatures', () => {
    expectTypeOf(pledge.loadCampaign).toEqualTypeOf<(dir: string) => Promise<Campaign>>();
    expectTypeOf(pledge.parseCampaign).toEqualTypeOf<(objects: CampaignObjects) => Campaign>();
    expectTypeOf<CampaignObjects>().toEqualTypeOf<{ campaign: unknown; targets: unknown; points: unknown }>();
    expectTypeOf(pledge.draftEach).toEqualTypeOf<
      (campaign: Campaign, seed: number, selection?: DraftSelection) => Generator<DraftOutcome>
    >();
    expectTypeOf(pledge.draftAll).toEqualTypeOf<
      (campaign: Campaign, seed: number, selection?: DraftSelection) => DraftRun
    >();
    expectTypeOf(pledge.countTweet).toEqualTypeOf<(text: string) => TweetCount>();
    expectTypeOf(pledge.intentUrl).toEqualTypeOf<(text: string, base?: string) => string>();
    expectTypeOf(pledge.checkCampaign).toEqualTypeOf<
      (dir: string, options?: CheckCampaignOptions) => Promise<Problem[]>
    >();
    expectTypeOf<CheckCampaignOptions>().toEqualTypeOf<{ now?: Date }>();
    expectTypeOf(pledge.MAX_WEIGHTED_LENGTH).toEqualTypeOf<number>();
    expectTypeOf(pledge.checkHandles).parameters.toEqualTypeOf<
      [targets: readonly Campaign['targets'][number][], ctx: ResolverContext, options?: pledge.CheckHandlesOptions]
    >();
    expectTypeOf(pledge.checkHandles).returns.toEqualTypeOf<Promise<HandlesReport>>();
    expectTypeOf(pledge.endpointsFromEnv).toEqualTypeOf<(env: Record<string, string | undefined>) => Endpoints>();
    expectTypeOf<HandleStatus>().toEqualTypeOf<'ok' | 'renamed' | 'moved' | 'not-found' | 'mismatch' | 'unreachable'>();
    expectTypeOf<pledge.HandleVerdict['cause']>().toEqualTypeOf<pledge.VerdictCause | undefined>();
    expectTypeOf<pledge.HandleResult['conflict']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<InstanceType<typeof pledge.CampaignError>['problems']>().toEqualTypeOf<Problem[]>();
  });

  it('keeps the shapes of what it returns', () => {
    expectTypeOf<TweetCount>().toEqualTypeOf<{
      weightedLength: number;
      valid: boolean;
      links: CountedLink[];
      emoji: number;
      invalid: CountedCharacter[];
      notices: CountedCharacter[];
    }>();
    expectTypeOf<CountedLink>().toEqualTypeOf<{
      text: string;
      start: number;
      end: number;
      weight: number;
      uncertain: boolean;
      why: ('tld' | 'dropped' | 'host-character')[];
    }>();
    expectTypeOf<CountedCharacter>().toEqualTypeOf<{
      codePoint: string;
      index: number;
      kind: 'refused' | 'control' | 'zero-width';
      severity: 'error' | 'warning';
      name: string;
    }>();
    expectTypeOf<DraftRun>().toEqualTypeOf<{ seed: number; drafts: Draft[]; unfit: DraftRun['unfit'] }>();
    expectTypeOf<Draft['text']>().toEqualTypeOf<string>();
    expectTypeOf<Draft['intentUrl']>().toEqualTypeOf<string | null>();
    expectTypeOf<Draft['count']>().toEqualTypeOf<TweetCount | undefined>();
    expectTypeOf<Draft['network']>().toEqualTypeOf<NetworkId>();
    expectTypeOf<Draft['post']>().toEqualTypeOf<PostCount>();
    expectTypeOf<NetworkId>().toEqualTypeOf<'x' | 'bluesky' | 'mastodon' | 'threads'>();
    expectTypeOf<typeof pledge.NETWORKS.bluesky.count>().toEqualTypeOf<
      (text: string, options?: { maxLength?: number; instance?: string }) => PostCount
    >();
    expectTypeOf<Problem['severity']>().toEqualTypeOf<'error' | 'warning'>();
    expectTypeOf<Campaign['targets'][number]['handle']>().toEqualTypeOf<string | null | undefined>();
  });
});
