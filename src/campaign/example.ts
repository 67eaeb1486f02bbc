// The example campaign `pledge init` writes: small, complete, and drafting at once.

/** campaign.json of the example (without $schema). */
export const EXAMPLE_CAMPAIGN = {
  name: 'Keep the Riverside Library open',
  description: 'Ask the council to keep the Riverside Library open, and local groups to back the campaign.',
  why: 'The council votes next month on closing the library. Councillors read what residents post to them: a few hundred messages in our own words show that the town cares.',
  source: 'Replace with where your action alert comes from.',
  hashtags: ['SaveRiversideLibrary'],
  cc: ['ExampleFriends'],
  asks: {
    'keep-open': {
      description: 'Ask decision makers to keep the library open.',
      templates: [
        'Please keep the Riverside Library open, {mention}. {point} {hashtags} {cc}',
        'I am asking {mention} to vote against closing the Riverside Library. {point} {hashtags}',
        '{point} That is why I urge {mention} to keep the Riverside Library open. {hashtags} {cc}',
      ],
    },
    'back-campaign': {
      description: 'Ask local groups to back the campaign publicly.',
      templates: [
        'Will you back the campaign to save the Riverside Library, {mention}? {point} {hashtags} {cc}',
        'Local groups like {name} can help save our library. {point} {hashtags}',
        'Hello {mention}: {point} Please add your voice to {hashtags}. {cc}',
      ],
    },
  },
};

/** targets.json of the example (without $schema). */
export const EXAMPLE_TARGETS = {
  targets: [
    {
      id: 'council',
      name: 'Riverside Borough Council',
      handle: 'ExampleCouncil',
      group: 'decision-makers',
      ask: 'keep-open',
      handleSource: 'example: replace with the real handle',
      handleChecked: null,
    },
    {
      id: 'leader',
      name: 'Leader of the Council',
      handle: 'ExampleLeader',
      group: 'decision-makers',
      ask: 'keep-open',
      handleSource: 'example: replace with the real handle',
      handleChecked: null,
    },
    {
      id: 'residents',
      name: 'Riverside Residents Association',
      handle: 'ExampleTenants',
      group: 'local-groups',
      ask: 'back-campaign',
      handleSource: 'example: replace with the real handle',
      handleChecked: null,
    },
    {
      id: 'parents',
      name: 'Riverside Parents Network',
      group: 'local-groups',
      ask: 'back-campaign',
      handleSource: 'none known yet',
    },
  ],
};

/** points.json of the example (without $schema). */
export const EXAMPLE_POINTS = {
  points: [
    {
      id: 'visits',
      text: 'The library had over 120,000 visits last year: it is one of the busiest public spaces in Riverside.',
      short: 'The library had 120,000 visits last year.',
      source: 'Replace with your source',
    },
    {
      id: 'children',
      text: 'Hundreds of children learn to read at its weekly story times, free of charge.',
      short: 'Children learn to read there, for free.',
      source: 'Replace with your source',
    },
    {
      id: 'internet',
      text: 'For many residents it is the only place to get online, apply for jobs and reach public services.',
      short: 'For many it is the only place to get online.',
      source: 'Replace with your source',
    },
    {
      id: 'warm-space',
      text: 'In winter it is a warm, safe space for older people who would otherwise be alone.',
      short: 'It is a warm, safe space in winter.',
      source: 'Replace with your source',
    },
    {
      id: 'savings',
      text: 'Closing it would save less than 0.1% of the council budget, and cost the town far more.',
      short: 'Closing it saves almost nothing.',
      asks: ['keep-open'],
      source: 'Replace with your source',
    },
    {
      id: 'together',
      text: 'Schools, charities and residents are already working together to keep it open.',
      short: 'The whole town is behind it.',
      asks: ['back-campaign'],
      source: 'Replace with your source',
    },
  ],
};
