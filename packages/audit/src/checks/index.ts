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
import { accessToOwnData } from './structural/access-to-own-data.js';
import { advancedSearch } from './structural/advanced-search.js';
import { linksToOtherGovernmentAgencies } from './structural/links-to-other-government-agencies.js';
import { affordableHousingSearch } from './structural/affordable-housing-search.js';
import { aiChatbot } from './structural/ai-chatbot.js';
import { birthCertificateApplication } from './structural/birth-certificate-application.js';
import { buildingPermitApplication } from './structural/building-permit-application.js';
import { businessLicenceApplication } from './structural/business-licence-application.js';
import { changeOfAddressNotification } from './structural/change-of-address-notification.js';
import { deathCertificateApplication } from './structural/death-certificate-application.js';
import { discriminationReporting } from './structural/discrimination-reporting.js';
import { driverLicenceApplication } from './structural/driver-licence-application.js';
import { eProcurementPlatform } from './structural/e-procurement-platform.js';
import { eVoting } from './structural/e-voting.js';
import { emergencyAlertSubscription } from './structural/emergency-alert-subscription.js';
import { energyUtilityPayment } from './structural/energy-utility-payment.js';
import { environmentRelatedPermitApplication } from './structural/environment-related-permit-application.js';
import { helpdeskPhoneNumber } from './structural/helpdesk-phone-number.js';
import { landTitleRegistration } from './structural/land-title-registration.js';
import { liveChatWithStaff } from './structural/live-chat-with-staff.js';
import { marriageCertificateApplication } from './structural/marriage-certificate-application.js';
import { modificationOfOwnData } from './structural/modification-of-own-data.js';
import { onlineAuthentication } from './structural/online-authentication.js';
import { onlineDeliberationTools } from './structural/online-deliberation-tools.js';
import { onlineJobApplications } from './structural/online-job-applications.js';
import { onlineLostAndFound } from './structural/online-lost-and-found.js';
import { onlinePaymentForServices } from './structural/online-payment-for-services.js';
import { onlinePaymentOfFines } from './structural/online-payment-of-fines.js';
import { onlinePoliceDeclaration } from './structural/online-police-declaration.js';
import { onlineTaxFiling } from './structural/online-tax-filing.js';
import { participatoryBudgeting } from './structural/participatory-budgeting.js';
import { reportingOfIncidentsInPublicSpaces } from './structural/reporting-of-incidents-in-public-spaces.js';
import { residencePermitApplication } from './structural/residence-permit-application.js';
import { userSatisfactionMeasurement } from './structural/user-satisfaction-measurement.js';
import { vehicleRegistration } from './structural/vehicle-registration.js';
import { waterUtilityPayment } from './structural/water-utility-payment.js';
import { airPollutionMeasurements } from './topic/air-pollution-measurements.js';
import { airPollutionPolicyInformation } from './topic/air-pollution-policy-information.js';
import { assistedAccessPoints } from './topic/assisted-access-points.js';
import { budgetInformation } from './topic/budget-information.js';
import { councilPublicMeetingsInformation } from './topic/council-public-meetings-information.js';
import { educationInformation } from './topic/education-information.js';
import { emergencyAndDisasterSection } from './topic/emergency-and-disaster-section.js';
import { employmentInformation } from './topic/employment-information.js';
import { environmentalInformation } from './topic/environmental-information.js';
import { freeInternetAccess } from './topic/free-internet-access.js';
import { headsOfDepartmentsAndContacts } from './topic/heads-of-departments-and-contacts.js';
import { healthInformation } from './topic/health-information.js';
import { informationAboutServices } from './topic/information-about-services.js';
import { informationForVulnerableGroups } from './topic/information-for-vulnerable-groups.js';
import { initiativesWithThirdParties } from './topic/initiatives-with-third-parties.js';
import { justiceInformation } from './topic/justice-information.js';
import { leisureCultureSportsInformation } from './topic/leisure-culture-sports-information.js';
import { municipalityInformation } from './topic/municipality-information.js';
import { onlineServiceTutorials } from './topic/online-service-tutorials.js';
import { openDataMetadata } from './topic/open-data-metadata.js';
import { openDataPolicy } from './topic/open-data-policy.js';
import { organizationalChart } from './topic/organizational-chart.js';
import { outcomeOfOnlineConsultations } from './topic/outcome-of-online-consultations.js';
import { participatoryLandUsePlanning } from './topic/participatory-land-use-planning.js';
import { portalUsageStatistics } from './topic/portal-usage-statistics.js';
import { procurementAnnouncements } from './topic/procurement-announcements.js';
import { procurementResults } from './topic/procurement-results.js';
import { publicTransportInformation } from './topic/public-transport-information.js';
import { rightOfAccessToInformation } from './topic/right-of-access-to-information.js';
import { roadInformation } from './topic/road-information.js';
import { sdgData } from './topic/sdg-data.js';
import { servicesForHomelessPeople } from './topic/services-for-homeless-people.js';
import { smartCityInitiatives } from './topic/smart-city-initiatives.js';
import { socialWelfareInformation } from './topic/social-welfare-information.js';
import { upcomingEParticipationAnnouncements } from './topic/upcoming-e-participation-announcements.js';
import { useOfEmergingTechnologies } from './topic/use-of-emerging-technologies.js';
import { userSatisfactionResults } from './topic/user-satisfaction-results.js';
import { wasteReductionAndRecyclingInformation } from './topic/waste-reduction-and-recycling-information.js';

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

/** Checks that gather candidate evidence (forms, platforms, login walls) for a person to review. */
export const STRUCTURAL_CHECKS: readonly Check[] = [
  linksToOtherGovernmentAgencies,
  advancedSearch,
  onlinePaymentForServices,
  onlinePaymentOfFines,
  waterUtilityPayment,
  energyUtilityPayment,
  onlineTaxFiling,
  buildingPermitApplication,
  environmentRelatedPermitApplication,
  businessLicenceApplication,
  residencePermitApplication,
  birthCertificateApplication,
  deathCertificateApplication,
  marriageCertificateApplication,
  changeOfAddressNotification,
  landTitleRegistration,
  vehicleRegistration,
  driverLicenceApplication,
  onlinePoliceDeclaration,
  eProcurementPlatform,
  onlineJobApplications,
  reportingOfIncidentsInPublicSpaces,
  discriminationReporting,
  onlineDeliberationTools,
  participatoryBudgeting,
  eVoting,
  liveChatWithStaff,
  aiChatbot,
  onlineAuthentication,
  accessToOwnData,
  modificationOfOwnData,
  emergencyAlertSubscription,
  userSatisfactionMeasurement,
  helpdeskPhoneNumber,
  affordableHousingSearch,
  onlineLostAndFound,
];

/** Checks that find topic pages through navigation, search results and the sitemap, with multilingual term lists. */
export const TOPIC_CHECKS: readonly Check[] = [
  healthInformation,
  environmentalInformation,
  educationInformation,
  socialWelfareInformation,
  leisureCultureSportsInformation,
  informationForVulnerableGroups,
  justiceInformation,
  employmentInformation,
  smartCityInitiatives,
  useOfEmergingTechnologies,
  sdgData,
  publicTransportInformation,
  wasteReductionAndRecyclingInformation,
  roadInformation,
  emergencyAndDisasterSection,
  airPollutionPolicyInformation,
  airPollutionMeasurements,
  municipalityInformation,
  informationAboutServices,
  initiativesWithThirdParties,
  budgetInformation,
  procurementAnnouncements,
  procurementResults,
  councilPublicMeetingsInformation,
  organizationalChart,
  headsOfDepartmentsAndContacts,
  rightOfAccessToInformation,
  openDataPolicy,
  openDataMetadata,
  onlineServiceTutorials,
  upcomingEParticipationAnnouncements,
  outcomeOfOnlineConsultations,
  participatoryLandUsePlanning,
  userSatisfactionResults,
  portalUsageStatistics,
  servicesForHomelessPeople,
  freeInternetAccess,
  assistedAccessPoints,
];

export const ALL_CHECKS: readonly Check[] = [...DECIDED_CHECKS, ...STRUCTURAL_CHECKS, ...TOPIC_CHECKS];

