// A fictional city's assessment (LOSI 2024), for the pages the CDN tests load. Not real data.
export const SAMPLE_ASSESSMENT = {
  schemaVersion: 1,
  edition: '2024',
  city: { name: 'Sampleton', country: 'XXX' },
  assessedAt: '2026-01-15',
  answers: {
    'official-portal': 'yes',
    'organizational-chart': 'yes',
    'privacy-policy': 'no',
    'open-data-policy': 'na',
    'municipality-information': 'yes',
    'news-section': 'yes',
    'upcoming-events': 'no',
    'online-payment-for-services': 'yes',
    'online-tax-filing': 'no',
    'e-voting': 'no',
    'feedback-complaint-submission': 'yes',
    'contact-details': 'yes',
    'internal-search': 'yes',
    'wcag-accessibility': 'no',
  },
};
