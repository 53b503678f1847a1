// Self-assessment: <losi-assessment> (autosaved in this browser; the city's name is typed there) with a live
// <losi-report> beside it, a picker of the fictional sample municipalities as examples, and the share link.
import '@losi/widgets/assessment';
import '@losi/widgets/report';
import type { Assessment } from '@losi/indicators/structure';
import { score } from '@losi/scoring';
import { copyField } from '../copy.js';
import { byId, element } from '../dom.js';
import { MAX_FRAGMENT_LENGTH, encodeShareFragment } from '../share/codec.js';
import { startShell, t } from '../shell.js';

const questionnaire = byId('assessment') as HTMLElementTagNameMap['losi-assessment'];
const report = byId('report') as HTMLElementTagNameMap['losi-report'];
const cityForm = byId<HTMLFormElement>('city-form');
const cityInput = byId<HTMLInputElement>('city-input');
const citySuggestions = byId<HTMLDataListElement>('city-suggestions');
const cityStatus = byId('city-status');
const shareButton = byId<HTMLButtonElement>('share-button');
const shareMessage = byId('share-message');
const shareResult = byId('share-result');
const shareLink = byId<HTMLInputElement>('share-link');
const shareCopy = byId<HTMLButtonElement>('share-copy');
const shareOpen = byId<HTMLAnchorElement>('share-open');
const shareCopyStatus = byId('share-copy-status');

// The report must never be without a result (it would show an error): start with the blank questionnaire's.
report.result = score(questionnaire.value);

function showAssessment(assessment: Assessment): void {
  report.result = questionnaire.result ?? score(assessment);
  // An older link no longer matches the answers.
  shareResult.hidden = true;
}

questionnaire.addEventListener('losi-change', (event) => showAssessment(event.detail.assessment));

/** The fictional sample municipalities, loaded the first time the city field is used. */
let examples: Promise<Map<string, Assessment>> | undefined;

function loadExamples(): Promise<Map<string, Assessment>> {
  examples ??= (async () => {
    const [{ SAMPLES, fetchSample }, { parseAssessmentsCsv }] = await Promise.all([
      import('../samples/index.js'),
      import('@losi/indicators/csv'),
    ]);
    const { assessments } = parseAssessmentsCsv(await fetchSample(SAMPLES.full));
    const byName = new Map(assessments.map(({ assessment }) => [assessment.city.name, assessment]));
    citySuggestions.replaceChildren(...[...byName.keys()].sort().map((name) => element('option', { value: name })));
    return byName;
  })();
  examples.catch(() => {
    examples = undefined;
  });
  return examples;
}

async function useCity(name: string): Promise<void> {
  cityStatus.classList.remove('ok');
  if (name === '') {
    cityStatus.textContent = t('assessment.exampleEmpty');
    return;
  }
  let example: Assessment | undefined;
  try {
    example = (await loadExamples()).get(name);
  } catch {
    example = undefined;
  }
  const current = questionnaire.value;
  if (example) {
    const answered = Object.keys(current.answers).length > 0;
    if (answered && !window.confirm(t('assessment.exampleConfirm', { city: name }))) return;
    questionnaire.value = example;
    cityStatus.textContent = t('assessment.exampleLoaded', { city: name });
  } else {
    // The city's own name is typed in the questionnaire: one field for one thing.
    cityStatus.textContent = t('assessment.exampleUnknown', { city: name });
    return;
  }
  cityStatus.classList.add('ok');
  await questionnaire.updateComplete;
  showAssessment(questionnaire.value);
}

cityInput.addEventListener('focus', () => void loadExamples().catch(() => undefined), { once: true });
cityForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void useCity(cityInput.value.trim());
});

shareButton.addEventListener('click', async () => {
  const assessment = questionnaire.value;
  shareMessage.classList.remove('ok');
  if (assessment.city.name.trim() === '') {
    shareResult.hidden = true;
    shareMessage.textContent = t('assessment.shareNeedsCity');
    return;
  }
  const encoded = await encodeShareFragment(assessment);
  if (!encoded.ok) {
    shareResult.hidden = true;
    shareMessage.textContent = t('assessment.shareTooLong', { length: encoded.length, limit: MAX_FRAGMENT_LENGTH });
    return;
  }
  const link = new URL(`report.html#${encoded.fragment}`, location.href).href;
  shareLink.value = link;
  shareOpen.href = link;
  shareCopyStatus.textContent = '';
  shareResult.hidden = false;
  shareMessage.textContent = t('assessment.shareLength', { length: link.length });
  shareMessage.classList.add('ok');
});
shareCopy.addEventListener('click', () => void copyField(shareLink, shareCopyStatus));

await startShell();
// Wait for the saved copy to be restored before showing its report.
await questionnaire.updateComplete;
showAssessment(questionnaire.value);
