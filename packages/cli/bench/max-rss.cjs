// Preloaded into a benchmarked `losi` run (node --require): writes the process's peak resident memory in kilobytes
// to the file named by LOSI_MAX_RSS_FILE when it exits.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.LOSI_MAX_RSS_FILE) writeFileSync(process.env.LOSI_MAX_RSS_FILE, String(process.resourceUsage().maxRSS));
});
