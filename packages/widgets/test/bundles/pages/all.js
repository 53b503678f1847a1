// Gives the data-driven widgets their data through properties, as a page's own script would.
// Every tag of custom-elements.json must appear on this page (the test checks): add new components here.
import { SAMPLE_ASSESSMENT } from './sample.js';

await customElements.whenDefined('losi-badge');
const container = document.getElementById('data-driven');

/** Adds an element with properties set, when the bundle defines its tag. */
function add(tag, properties = {}, attributes = {}) {
  if (!customElements.get(tag)) return;
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  container.append(element);
}

add('losi-report', { assessment: SAMPLE_ASSESSMENT });
add('losi-criteria-chart', { assessments: [SAMPLE_ASSESSMENT] });
add('losi-assessment', { value: SAMPLE_ASSESSMENT });
add('losi-catalogue', {}, { criterion: 'institutional-framework' });
add('losi-ranking', { assessments: [SAMPLE_ASSESSMENT] });
add('losi-case-form', {}, { city: 'Exampleton', country: 'XXX' });
// Two assessors who disagree on the first answer.
const [firstId, firstAnswer] = Object.entries(SAMPLE_ASSESSMENT.answers)[0];
const otherAnswer = (typeof firstAnswer === 'string' ? firstAnswer : firstAnswer.value) === 'yes' ? 'no' : 'yes';
add('losi-reconcile', {
  assessments: [
    { assessor: 'A', assessment: SAMPLE_ASSESSMENT },
    { assessor: 'B', assessment: { ...SAMPLE_ASSESSMENT, answers: { ...SAMPLE_ASSESSMENT.answers, [firstId]: otherAnswer } } },
  ],
});
window.__losiPageReady = true;
