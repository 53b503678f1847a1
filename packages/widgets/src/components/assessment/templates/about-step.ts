import { html, nothing, type TemplateResult } from 'lit';
import type { Assessment } from '@losi/indicators/structure';
import type { AssessmentStrings } from '../losi-assessment.strings.js';
import { countryCode, isHttpUrl, type CityFields } from '../assessment-model.js';

/** What the city step can change. */
export interface CityActions {
  readonly editCity: (change: Partial<CityFields>) => void;
  /** Shows or hides a field's error: shown once the user leaves the field (`leaving`), hidden once valid. */
  readonly checkField: (key: string, valid: boolean, leaving: boolean) => void;
}

const validCountry = (text: string) => text.trim() === '' || countryCode(text) !== undefined;
const validUrl = (text: string) => text.trim() === '' || isHttpUrl(text.trim());

/** The read-only city step: the facts as a description list. */
export function aboutReadOnlyTemplate(s: AssessmentStrings, city: CityFields, assessment: Assessment): TemplateResult {
  const row = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value || s.notAnswered}</dd>`;
  const portal = assessment.portalUrl;
  return html`<dl class="about readonly">
    ${row(s.cityName, city.name)} ${row(s.country, assessment.city.country)}
    ${row(s.portalUrl, portal ? html`<a href=${portal} rel="noopener noreferrer" target="_blank">${portal}</a>` : '')}
    ${row(s.assessedAt, assessment.assessedAt)}
  </dl>`;
}

/** The city step: city name (required), country code, portal address and date, each with its error message. */
export function aboutTemplate(s: AssessmentStrings, city: CityFields, shownErrors: ReadonlySet<string>, actions: CityActions): TemplateResult {
  const cityInvalid = shownErrors.has('city');
  const countryInvalid = shownErrors.has('country');
  const portalInvalid = shownErrors.has('portalUrl');
  const value = (event: Event) => (event.target as HTMLInputElement).value;
  return html`<div class="about">
    <div class="field">
      <label for="city-name">${s.cityName} <span class="required">(${s.required})</span></label>
      <input
        part="field"
        id="city-name"
        type="text"
        autocomplete="address-level2"
        required
        aria-invalid=${cityInvalid ? 'true' : 'false'}
        aria-describedby=${cityInvalid ? 'city-name-error' : nothing}
        .value=${city.name}
        @input=${(event: Event) => {
          const name = value(event);
          actions.editCity({ name });
          actions.checkField('city', name.trim() !== '', false);
        }}
        @change=${(event: Event) => actions.checkField('city', value(event).trim() !== '', true)}
      />
      ${cityInvalid ? html`<p part="field-error" class="field-error" id="city-name-error">${s.cityMissing}</p>` : nothing}
    </div>
    <div class="field">
      <label for="country">${s.country}</label>
      <p class="hint" id="country-hint">${s.countryHint}</p>
      <input
        part="field"
        id="country"
        class="short"
        type="text"
        maxlength="3"
        autocomplete="off"
        spellcheck="false"
        aria-invalid=${countryInvalid ? 'true' : 'false'}
        aria-describedby=${countryInvalid ? 'country-hint country-error country-kept' : 'country-hint'}
        .value=${city.country}
        @input=${(event: Event) => {
          const country = value(event);
          actions.editCity({ country });
          actions.checkField('country', validCountry(country), false);
        }}
        @change=${(event: Event) => actions.checkField('country', validCountry(value(event)), true)}
      />
      ${countryInvalid
        ? html`<p part="field-error" class="field-error" id="country-error">${s.countryInvalid}</p>
            <p class="hint not-valid-yet" id="country-kept">${s.notValidYet}</p>`
        : nothing}
    </div>
    <div class="field">
      <label for="portal-url">${s.portalUrl}</label>
      <input
        part="field"
        id="portal-url"
        type="url"
        autocomplete="url"
        aria-invalid=${portalInvalid ? 'true' : 'false'}
        aria-describedby=${portalInvalid ? 'portal-url-error portal-url-kept' : nothing}
        .value=${city.portalUrl}
        @input=${(event: Event) => {
          const portalUrl = value(event);
          actions.editCity({ portalUrl });
          actions.checkField('portalUrl', validUrl(portalUrl), false);
        }}
        @change=${(event: Event) => actions.checkField('portalUrl', validUrl(value(event)), true)}
      />
      ${portalInvalid
        ? html`<p part="field-error" class="field-error" id="portal-url-error">${s.urlInvalid}</p>
            <p class="hint not-valid-yet" id="portal-url-kept">${s.notValidYet}</p>`
        : nothing}
    </div>
    <div class="field">
      <label for="assessed-at">${s.assessedAt}</label>
      <input part="field" id="assessed-at" class="short" type="date" .value=${city.assessedAt} @input=${(event: Event) => actions.editCity({ assessedAt: value(event) })} />
    </div>
  </div>`;
}
