/** emergency-alert-subscription (#218): signing up for emergency alerts. Candidates for review (never pass or fail). */
import { termCheck } from '../lib/term-check.js';

export const emergencyAlertSubscription = termCheck({
  id: 'emergency-alert-subscription',
  indicator: 'emergency-alert-subscription',
  code: '#218',
  class: 'structural',
  concepts: ['emergencyAlerts'],
  strongWith: 'emergency',
  forms: ['email'],
  what: 'signing up for emergency alerts',
  looksAt: 'alert and subscription links and pages, strongest where they speak of emergencies, and e-mail sign-up forms',
});
