import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { FILE_SCHEMAS, jsonSchemaOf } from '../../src/campaign/schema.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_POINTS, EXAMPLE_TARGETS } from '../../src/campaign/example.js';
import { BUILTIN, fixture, REPO } from '../support/paths.js';

const names = Object.keys(FILE_SCHEMAS) as (keyof typeof FILE_SCHEMAS)[];
/** check fixtures whose handles break a network's pattern. */
const NETWORK_SHAPE_ERRORS = [
  'invalid-handle-bluesky',
  'invalid-handle-mastodon',
  'invalid-handle-threads',
  'invalid-handle-network-cc',
];

describe('JSON Schemas in schemas/', () => {
  it.each(names)(
    '%s is what the loader’s schema generates (run `npm run schemas` after changing src/campaign/schema.ts)',
    (name) => {
      expect(readFileSync(join(REPO, 'schemas', name), 'utf8')).toBe(jsonSchemaOf(name));
    },
  );

  // An editor validating with these schemas agrees with the loader on the shape of the files.
  const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false });
  (addFormats as unknown as typeof addFormats.default)(ajv);
  const validator = (name: keyof typeof FILE_SCHEMAS) =>
    ajv.compile(JSON.parse(readFileSync(join(REPO, 'schemas', name), 'utf8')));
  const file = (dir: string, f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));

  it('accept the built-in campaign, the init example and every fixture the loader accepts', () => {
    const dirs = [
      BUILTIN,
      ...['minimal', 'bom-crlf', 'hostile', 'wide-names'].map(fixture),
      ...readdirSync(fixture('check'))
        .filter(
          (d) =>
            ![
              'json-syntax',
              'schema',
              'invalid-handle',
              'invalid-handle-cc',
              'many-problems',
              'one-valid-file',
              ...NETWORK_SHAPE_ERRORS,
            ].includes(d),
        )
        .map((d) => fixture(join('check', d))),
    ];
    for (const dir of dirs) {
      for (const [schema, f] of [
        ['campaign.schema.json', 'campaign.json'],
        ['targets.schema.json', 'targets.json'],
        ['points.schema.json', 'points.json'],
      ] as const) {
        const text = readFileSync(join(dir, f), 'utf8').replace(/^\ufeff/, '');
        const validate = validator(schema);
        expect([dir, f, validate(JSON.parse(text)), validate.errors]).toEqual([dir, f, true, null]);
      }
    }
    expect(validator('campaign.schema.json')(EXAMPLE_CAMPAIGN)).toBe(true);
    expect(validator('targets.schema.json')(EXAMPLE_TARGETS)).toBe(true);
    expect(validator('points.schema.json')(EXAMPLE_POINTS)).toBe(true);
  });

  it('reject what the loader rejects for its shape', () => {
    expect(validator('targets.schema.json')(file(fixture('bad-schema'), 'targets.json'))).toBe(false);
    expect(validator('campaign.schema.json')(file(fixture('bad-schema'), 'campaign.json'))).toBe(false);
    expect(validator('points.schema.json')(file(fixture('bad-schema'), 'points.json'))).toBe(false);
    expect(validator('targets.schema.json')(file(fixture(join('check', 'invalid-handle')), 'targets.json'))).toBe(
      false,
    );
    for (const name of NETWORK_SHAPE_ERRORS) {
      const bad = (f: 'campaign' | 'targets') =>
        validator(`${f}.schema.json`)(file(fixture(join('check', name)), `${f}.json`));
      expect([name, bad('campaign') && bad('targets')]).toEqual([name, false]);
    }
  });

  it('describe the fields for editors', () => {
    const targets = JSON.parse(jsonSchemaOf('targets.schema.json'));
    expect(targets.properties.targets.items.properties.handle.anyOf[0].description).toMatch(/without "@"/);
    expect(targets.properties.targets.items.required).toEqual(['id', 'name', 'group', 'ask']);
  });
});
