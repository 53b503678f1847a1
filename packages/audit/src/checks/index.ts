/**
 * The registered checks, in the order they run: decided checks (pass or fail by rule), then structural checks
 * (candidate evidence for review), then topic checks (pages found by multilingual term lists). Each lives in its own
 * file under `src/checks/<class>/<check-id>.ts` with its recorded-artifact tests beside it; `auditPortal` runs all of
 * them unless `options.checks` names others.
 */
import type { Check } from './check.js';
import { contactDetails } from './decided/contact-details.js';
import { feedbackComplaintSubmission } from './decided/feedback-complaint-submission.js';
import { foreignLanguageSupport } from './decided/foreign-language-support.js';
import { helpFaq } from './decided/help-faq.js';
import { internalSearch } from './decided/internal-search.js';
import { mobileDeviceAccessibility } from './decided/mobile-device-accessibility.js';
import { municipalMobileApps } from './decided/municipal-mobile-apps.js';
import { navigability } from './decided/navigability.js';
import { newsSection } from './decided/news-section.js';
import { officialPortal } from './decided/official-portal.js';
import { openDataProvision } from './decided/open-data-provision.js';
import { privacyPolicy } from './decided/privacy-policy.js';
import { socialNetworkingFeatures } from './decided/social-networking-features.js';
import { upcomingEvents } from './decided/upcoming-events.js';
import { w3cMarkupValidity } from './decided/w3c-markup-validity.js';
import { wcagAccessibility } from './decided/wcag-accessibility.js';

/** Checks that decide by rule (pass or fail; needs-review on partial signals). */
export const DECIDED_CHECKS: readonly Check[] = [
  officialPortal,
  foreignLanguageSupport,
  municipalMobileApps,
  upcomingEvents,
  newsSection,
  openDataProvision,
  feedbackComplaintSubmission,
  internalSearch,
  helpFaq,
  privacyPolicy,
  socialNetworkingFeatures,
  contactDetails,
  mobileDeviceAccessibility,
  navigability,
  w3cMarkupValidity,
  wcagAccessibility,
];

export const ALL_CHECKS: readonly Check[] = [...DECIDED_CHECKS];
