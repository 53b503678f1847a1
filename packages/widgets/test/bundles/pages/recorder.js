// Loaded first, as a classic script from this origin (inline scripts are what the policy forbids):
// records CSP violations and uncaught errors for the test to read.
window.__losiViolations = [];
window.__losiErrors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__losiViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
});
window.addEventListener('error', (event) => window.__losiErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__losiErrors.push(String(event.reason)));
